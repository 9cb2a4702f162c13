"""The frame around every chart: figure, one-sentence summary, sources footer, CSV download."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

import pandas as pd
import streamlit as st

from catalog import format_date, t
from catalog.markup import html, md, md_link
from charts.provenance import cited_sources, export_csv
from ui.cache import remembered

log = logging.getLogger(__name__)
# Keys of the lazy expanders (revealed): what a test opens to see their content.
REVEAL_PREFIX, KEPT_SUFFIX = "reveal_", "__kept"
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True,
                 "toImageButtonOptions": {"format": "png", "scale": 2}}


@contextlib.contextmanager
def guarded(lang: str) -> Iterator[None]:
    """A part of a page whose failure stays inside it: a clear message in its place, the
    details in the server log, never a traceback (st.stop and st.rerun pass through)."""
    try:
        yield
    except Exception:
        log.exception("a part of the page could not be drawn")
        st.error(md(t("error.chart", lang)), icon=":material/error:")


def show_figure(fig, key: str, filename: str = "chart") -> None:
    """A plotly figure in the house style (Streamlit's theme off so exports match the screen)."""
    config = PLOTLY_CONFIG | {"toImageButtonOptions": {"format": "png", "scale": 2,
                                                       "filename": filename}}
    st.plotly_chart(fig, key=key, theme=None, config=config, width="stretch")


def show_summary(text: str) -> None:
    """The finding in words, for screen readers and for briefers' speaking notes."""
    st.markdown(html("<p class='summary' role='note'>{text}</p>", text=text),
                unsafe_allow_html=True)


def source_line(row, lang: str) -> str:
    """'- **Publisher** (official), 8 June 2023: [title](url)', the date at its precision; a
    copy names the publisher it copies."""
    when = (format_date(row.published, row.published_precision or "day", lang)
            if pd.notna(row.published) else t("footer.undated", lang))
    tier = str(getattr(row, "tier", "news"))
    label = t(f"tier.{tier}", lang)
    if tier == "copy" and getattr(row, "original_publisher", ""):
        label = t("footer.copy_of", lang, original=row.original_publisher)
    return (f"- **{md(row.publisher)}** {md(f'({label})')}, {md(when)}: "
            f"{md_link(row.title, row.url)}")


def revealed(label: str, key: str):
    """A closed expander whose content is built and sent only once the reader opens it (a
    rerun): the expander to fill while it is open, else None. A page's first drawing then does
    not pay for lists and tables most readers never open (bench/README.md)."""
    widget, kept = f"{REVEAL_PREFIX}{key}", f"{REVEAL_PREFIX}{key}{KEPT_SUFFIX}"

    # A label holding a count changes with the filters, which makes a new expander: the
    # reader's last choice is kept apart from the widget, so the new one opens as it was left.
    def keep() -> None:
        st.session_state[kept] = st.session_state[widget]

    box = st.expander(label, expanded=bool(st.session_state.get(kept, False)), key=widget,
                      on_change=keep)
    return box if box.open else None


def sources_footer(frames: list[pd.DataFrame], sources: pd.DataFrame, lang: str, key: str,
                   export: pd.DataFrame | None = None) -> None:
    """Lists exactly the sources behind the rows shown and offers those rows as CSV."""
    cited = remembered(cited_sources)(frames, sources)
    if listing := revealed(md(t("footer.sources", lang, count=len(cited))), f"sources_{key}"):
        listing.markdown(remembered(source_lines)(cited, lang))
    rows = [export] if export is not None else frames
    if all(frame.empty for frame in rows):
        st.caption(md(t("footer.no_rows", lang)))
        return
    as_of = pd.Timestamp(st.session_state.get("as_of") or pd.Timestamp.today()).normalize()
    st.download_button(t("footer.download_csv", lang),
                       data=remembered(export_csv)(rows, sources, f"{as_of:%Y-%m-%d}"),
                       file_name=f"{key}_as_of_{as_of:%Y-%m-%d}.csv", mime="text/csv",
                       key=f"download_{key}", on_click="ignore")


def source_lines(cited: pd.DataFrame, lang: str) -> str:
    return "\n".join(source_line(row, lang) for row in cited.itertuples())


def stamp(as_of: pd.Timestamp, lang: str) -> str:
    return t("stamp.as_of", lang, date=format_date(as_of, "day", lang))
