"""Briefing kit page: preview the deck's views, download the deck and images, or present them."""

import streamlit as st

from briefing import SECTIONS
from briefing.deck import build_deck
from briefing.figures import previews
from briefing.images import images_zip
from briefing.text import bt
from ui.cache import remembered
from ui.components import show_figure, show_summary
from ui.context import page_context
from ui.url import coded_multiselect

ctx = page_context()
data, lang, as_of = ctx.data, ctx.lang, ctx.as_of
present = st.query_params.get("present") == "1"
day = f"{as_of:%Y-%m-%d}"


def no_math(text: str) -> str:
    """Dollar signs escaped: "$30B … US$" would otherwise open a LaTeX span in markdown."""
    return text.replace("$", "\\$")


def slide(view, figure, big: bool) -> None:
    """A view as on its slide: the finding, the chart, key numbers and caveats."""
    title = str(figure.layout.title.text or "") if figure is not None else ""
    if view.headline not in title:  # the chart's own title already states most findings
        st.markdown(f"{'##' if big else '###'} {no_math(view.headline)}")
    if figure is not None:
        show_figure(figure, key=f"briefing_fig_{view.key}_{int(big)}",
                    filename=f"{view.key}_{day}")
    else:
        st.info(bt("briefing.missing_preview", lang, reason=view.missing))
    for column, (label, value) in zip(st.columns(max(len(view.numbers), 1)), view.numbers,
                                      strict=False):
        column.metric(label, value)
    st.caption(no_math(" · ".join(view.caveats)))
    if view.summary and not big:
        show_summary(view.summary)


def sections_control(where) -> list[str]:
    return coded_multiselect(bt("briefing.sections", lang), SECTIONS, key="briefing_sections",
                             format_func=lambda s: bt(f"briefing.section.{s}", lang),
                             default=list(SECTIONS), container=where,
                             help=bt("briefing.sections_help", lang))


if present:
    # Kept in the (hidden) sidebar so the chosen views survive the switch into presenting.
    chosen = sections_control(st.sidebar) or list(SECTIONS)
    asked = str(st.query_params.get("slide", "1"))
    number = min(max(int(asked) if asked.isdigit() else 1, 1), len(chosen))
    total = len(chosen)
    st.markdown("<style>h2 {font-size: 2.2rem !important;} [data-testid='stMetricValue'] "
                "{font-size: 2.1rem !important;}</style>", unsafe_allow_html=True)
    # The buttons go above the slide: below it they fall off a 1366x768 screen.
    back, where, forward, leave = st.columns([1, 2, 1, 1], vertical_alignment="center")
    if back.button(bt("briefing.previous", lang), disabled=number == 1, key="briefing_prev"):
        st.query_params["slide"] = str(number - 1)
        st.rerun()
    where.caption(bt("briefing.slide_of", lang, number=number, total=total))
    if forward.button(bt("briefing.next", lang), disabled=number == total,
                      key="briefing_next"):
        st.query_params["slide"] = str(number + 1)
        st.rerun()
    if leave.button(bt("briefing.exit", lang), key="briefing_exit"):
        st.query_params.pop("present", None)
        st.query_params.pop("slide", None)
        st.rerun()
    # Only the slide on screen is built: the others are a click (and a rerun) away.
    slide(*remembered(previews)(data, as_of, lang, [chosen[number - 1]])[0], big=True)
    st.stop()

st.title(bt("briefing.title", lang))
st.caption(bt("briefing.intro", lang))
chosen = sections_control(st)
if not chosen:
    st.info(bt("briefing.no_sections", lang))
    st.stop()

deck_col, zip_col, present_col = st.columns(3)
# Callables: the deck and images are drawn by Chromium only when a button is clicked.
deck_col.download_button(
    bt("briefing.download_deck", lang), key="briefing_deck", icon=":material/slideshow:",
    data=lambda: build_deck(as_of, lang, chosen, data=data), on_click="ignore",
    file_name=f"coalition_briefing_{day}_{lang}.pptx", help=bt("briefing.download_help", lang),
    mime="application/vnd.openxmlformats-officedocument.presentationml.presentation")
zip_col.download_button(
    bt("briefing.download_images", lang), key="briefing_zip", icon=":material/image:",
    data=lambda: images_zip(as_of, lang, sections=chosen, data=data), on_click="ignore",
    file_name=f"coalition_briefing_images_{day}_{lang}.zip", mime="application/zip",
    help=bt("briefing.download_help", lang))
if present_col.button(bt("briefing.present", lang), key="briefing_present",
                      help=bt("briefing.present_help", lang), icon=":material/present_to_all:"):
    st.query_params["present"] = "1"
    st.query_params["slide"] = "1"
    st.rerun()

st.subheader(bt("briefing.preview", lang))
# Built once per data, date, language and choice of sections (ui.cache).
for view, figure in remembered(previews)(data, as_of, lang, chosen):
    with st.container(border=True):
        st.caption(view.section)
        slide(view, figure, big=False)
