"""Briefing kit page: preview the deck's views, download the deck and images, or present them."""

import streamlit as st

from briefing import SECTIONS
from briefing.deck import build_deck
from briefing.figures import previews
from briefing.images import images_zip
from briefing.text import bt
from catalog.markup import md
from ui.cache import remembered
from ui.components import guarded
from ui.context import FACT_TABLES, page_context
from ui.slides import presenter_controls, slide, slide_number
from ui.url import coded_multiselect

ctx = page_context(needs=("sources",), uses=FACT_TABLES)
data, lang, as_of = ctx.data, ctx.lang, ctx.as_of
present = st.query_params.get("present") == "1"
day = f"{as_of:%Y-%m-%d}"


def sections_control(where) -> list[str]:
    return coded_multiselect(bt("briefing.sections", lang), SECTIONS, key="briefing_sections",
                             format_func=lambda s: bt(f"briefing.section.{s}", lang),
                             default=list(SECTIONS), container=where,
                             help=bt("briefing.sections_help", lang))


if present:
    # Kept in the (hidden) sidebar so the chosen views survive the switch into presenting.
    chosen = sections_control(st.sidebar) or list(SECTIONS)
    number, total = slide_number(len(chosen)), len(chosen)
    presenter_controls(number, total, lang)
    # Only the slide on screen is built: the others are a click (and a rerun) away.
    with guarded(lang):
        slide(*remembered(previews)(data, as_of, lang, [chosen[number - 1]])[0], big=True,
              day=day, lang=lang)
    st.stop()

st.title(md(bt("briefing.title", lang)))
st.caption(md(bt("briefing.intro", lang)))
chosen = sections_control(st)
if not chosen:
    st.info(md(bt("briefing.no_sections", lang)))
    st.stop()

deck_col, zip_col, present_col = st.columns(3)
# Callables: the deck and images are drawn by Chromium only when a button is clicked.
deck_col.download_button(
    bt("briefing.download_deck", lang), key="briefing_deck", icon=":material/slideshow:",
    data=lambda: build_deck(as_of, lang, chosen, data=data, since=ctx.since), on_click="ignore",
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

st.markdown(f"#### {md(bt('briefing.preview', lang))}")
# Built once per data, date, language and section (ui.cache); a section that fails says so
# in its own box and the others are drawn.
for section in chosen:
    with st.container(border=True), guarded(lang):
        for view, figure in remembered(previews)(data, as_of, lang, [section]):
            slide(view, figure, big=False, day=day, lang=lang)
