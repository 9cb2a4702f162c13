"""Choice widgets whose URL holds stable codes (?funding_recipients=Syria,Iraq), not labels.

Streamlit's bind="query-params" writes an option's displayed label into the URL, so a link made
in English loses its filters when opened in Arabic. These widgets keep the codes instead: the
URL seeds the widget once per session, each run writes the current codes back, and a copy kept
in the session brings the choice back when the user returns to the page."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import streamlit as st

SEPARATOR = ","
# ASCII digits only: str.isdigit() also accepts '²' and '①', which int() then refuses.
_WHOLE = re.compile(r"[0-9]{1,9}")


def whole_number(value) -> int | None:
    """A link's value as a whole number when it is 1-9 ASCII digits; None for anything else."""
    text = str(value).strip() if value is not None else ""
    return int(text) if _WHOLE.fullmatch(text) else None


def codes_from_url(key: str, options: Sequence[str]) -> list[str] | None:
    """The valid option codes the URL gives for key, or None when it gives none."""
    raw = st.query_params.get_all(key)
    codes = [code for part in raw for code in part.split(SEPARATOR) if code in options]
    return codes or None


def write_codes(key: str, codes: Sequence[str] | str | None, default) -> None:
    """Puts the choice in the URL, or removes it when it is the default (short links)."""
    value = list(codes) if isinstance(codes, list | tuple) else codes
    if value is None or value == default or value == []:
        st.query_params.pop(key, None)
    else:
        st.query_params[key] = SEPARATOR.join(value) if isinstance(value, list) else value


def kept_key(key: str) -> str:
    """Where a choice is kept while its page is not shown: Streamlit drops a widget's state,
    and the page's URL parameters, when another page runs."""
    return f"_kept_{key}"


def seed(key: str, options: Sequence[str], default, single: bool) -> None:
    """The widget's value before it is drawn: its own state, else the link's codes, else the
    choice kept from the last visit to its page, else the default."""
    if key in st.session_state:
        return
    codes = codes_from_url(key, options)
    kept = st.session_state.get(kept_key(key))
    if codes is not None:
        st.session_state[key] = codes[0] if single else codes
    elif kept is not None and (kept in options if single else set(kept) <= set(options)):
        st.session_state[key] = kept
    else:
        st.session_state[key] = default


def keep(key: str, chosen, default) -> None:
    """Writes the choice to the URL and keeps it for the next visit to the page."""
    st.session_state[kept_key(key)] = chosen
    write_codes(key, chosen, default)


def coded(widget: str, label: str, options: Sequence[str], key: str, default,
          format_func: Callable[[str], str], container, **kwargs):
    """One Streamlit choice widget over codes: seeded, drawn, then kept (URL and session)."""
    seed(key, options, default, single=widget != "multiselect")
    chosen = getattr(container or st, widget)(label, list(options), format_func=format_func,
                                             key=key, **kwargs)
    keep(key, chosen, default)
    return chosen


def coded_multiselect(label: str, options: Sequence[str], key: str,
                      format_func: Callable[[str], str] = str, default: list[str] | None = None,
                      container=None, **kwargs) -> list[str]:
    """st.multiselect over codes, shown through format_func, kept in the URL as codes."""
    return coded("multiselect", label, options, key, list(default or []), format_func,
                 container, **kwargs)


def coded_selectbox(label: str, options: Sequence[str], key: str,
                    format_func: Callable[[str], str] = str, default: str | None = None,
                    container=None, **kwargs) -> str | None:
    """st.selectbox over codes, shown through format_func, kept in the URL as a code."""
    default = default if default is not None else (options[0] if options else None)
    return coded("selectbox", label, options, key, default, format_func, container, **kwargs)


def coded_segmented(label: str, options: Sequence[str], key: str,
                    format_func: Callable[[str], str] = str, default: str | None = None,
                    container=None, **kwargs) -> str | None:
    """st.segmented_control (one choice) over codes, kept in the URL as a code."""
    default = default if default is not None else options[0]
    return coded("segmented_control", label, options, key, default, format_func, container,
                 **kwargs) or default


def year_range_slider(label: str, first: int, last: int, key: str, container=None,
                      **kwargs) -> tuple[int, int]:
    """A (from, to) year slider kept in the URL whose bounds follow the as-of date.

    A range chosen under other bounds is brought inside the new ones before the widget is
    drawn (Streamlit refuses a value outside them); a range that spanned all the old years
    spans all the new ones, so "every year" stays every year when the date moves."""
    bounds_key = f"_bounds_{key}"
    old_bounds = st.session_state.get(bounds_key)
    current = st.session_state.get(key) or url_years(key)
    if not current or tuple(current) == old_bounds:
        value = (first, last)
    else:
        low, high = (min(max(int(year), first), last) for year in current)
        value = (min(low, high), max(low, high))
    st.session_state[key] = value
    st.session_state[bounds_key] = (first, last)
    return (container or st).slider(label, first, last, key=key, bind="query-params",
                                    **kwargs)


def url_years(key: str) -> tuple[int, int] | None:
    """The (from, to) years a link gives for key, or None when it gives none or nonsense."""
    raw = st.query_params.get_all(key)
    years = [whole_number(part) for value in raw for part in value.split(SEPARATOR)]
    years = [year for year in years if year is not None]
    return (years[0], years[-1]) if len(years) >= 2 else None
