"""Choice widgets whose URL holds stable codes (?funding_recipients=Syria,Iraq), not labels.

Streamlit's bind="query-params" writes an option's displayed label into the URL, so a link made
in English loses its filters when opened in Arabic. These widgets keep the codes instead: the
URL seeds the widget once per session, and each run writes the current codes back."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

SEPARATOR = ","


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


def seed(key: str, options: Sequence[str], default, single: bool) -> None:
    if key in st.session_state:
        return
    codes = codes_from_url(key, options)
    if codes is None:
        st.session_state[key] = default
    else:
        st.session_state[key] = codes[0] if single else codes


def coded_multiselect(label: str, options: Sequence[str], key: str,
                      format_func: Callable[[str], str] = str, default: list[str] | None = None,
                      container=None, **kwargs) -> list[str]:
    """st.multiselect over codes, shown through format_func, kept in the URL as codes."""
    default = list(default or [])
    seed(key, options, default, single=False)
    chosen = (container or st).multiselect(label, list(options), format_func=format_func,
                                           key=key, **kwargs)
    write_codes(key, chosen, default)
    return chosen


def coded_selectbox(label: str, options: Sequence[str], key: str,
                    format_func: Callable[[str], str] = str, default: str | None = None,
                    container=None, **kwargs) -> str | None:
    """st.selectbox over codes, shown through format_func, kept in the URL as a code."""
    default = default if default is not None else (options[0] if options else None)
    seed(key, options, default, single=True)
    chosen = (container or st).selectbox(label, list(options), format_func=format_func,
                                         key=key, **kwargs)
    write_codes(key, chosen, default)
    return chosen


def coded_segmented(label: str, options: Sequence[str], key: str,
                    format_func: Callable[[str], str] = str, default: str | None = None,
                    container=None, **kwargs) -> str | None:
    """st.segmented_control (one choice) over codes, kept in the URL as a code."""
    default = default if default is not None else options[0]
    seed(key, options, default, single=True)
    chosen = (container or st).segmented_control(label, list(options), format_func=format_func,
                                                 key=key, **kwargs)
    write_codes(key, chosen, default)
    return chosen or default
