"""Briefing views -> slides on screen: previews on the page, or one per screen when presenting."""

from __future__ import annotations

import streamlit as st

from briefing.text import bt
from catalog.markup import md
from ui.components import show_figure, show_summary
from ui.url import whole_number

BIG_TYPE_CSS = ("<style>h2 {font-size: 2.2rem !important;} [data-testid='stMetricValue'] "
                "{font-size: 2.1rem !important;}</style>")


def slide(view, figure, big: bool, day: str, lang: str) -> None:
    """A view as on its slide: the finding, the chart, key numbers and caveats; a preview
    names its section first."""
    title = str(figure.layout.title.text or "") if figure is not None else ""
    named = "" if big else f"{view.section}: "
    if view.headline not in title:  # the chart's own title already states most findings
        st.markdown(f"{'##' if big else '####'} {md(named + view.headline)}")
    elif named:
        st.caption(md(view.section))
    if figure is not None:
        show_figure(figure, key=f"briefing_fig_{view.key}_{int(big)}",
                    filename=f"{view.key}_{day}")
    else:
        st.info(md(bt("briefing.missing_preview", lang, reason=view.missing)))
    for column, (label, value) in zip(st.columns(max(len(view.numbers), 1)), view.numbers,
                                      strict=False):
        column.metric(md(label), value)
    st.caption(md(" · ".join(view.caveats)))
    if view.summary and not big:
        show_summary(view.summary)


def slide_number(total: int) -> int:
    """The ?slide= of the URL, kept within 1..total."""
    asked = whole_number(st.query_params.get("slide"))
    return min(max(asked or 1, 1), total)


def presenter_controls(number: int, total: int, lang: str) -> None:
    """Previous, 'slide n of N', next and exit, above the slide: below it they fall off a
    1366x768 screen. Each moves through the URL, so a slide can be linked to."""
    st.markdown(BIG_TYPE_CSS, unsafe_allow_html=True)
    back, where, forward, leave = st.columns([1, 2, 1, 1], vertical_alignment="center")
    if back.button(bt("briefing.previous", lang), disabled=number == 1, key="briefing_prev"):
        st.query_params["slide"] = str(number - 1)
        st.rerun()
    where.caption(md(bt("briefing.slide_of", lang, number=number, total=total)))
    if forward.button(bt("briefing.next", lang), disabled=number == total,
                      key="briefing_next"):
        st.query_params["slide"] = str(number + 1)
        st.rerun()
    if leave.button(bt("briefing.exit", lang), key="briefing_exit"):
        st.query_params.pop("present", None)
        st.query_params.pop("slide", None)
        st.rerun()
