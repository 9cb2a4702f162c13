"""Entry point: page config, shared sidebar (language, as-of date), navigation (ui/routes.py)."""

from __future__ import annotations

import logging
from pathlib import Path

import streamlit as st

from catalog import is_rtl, t
from catalog.markup import md
from ui import cache, live, state
from ui.context import through_entry_point
from ui.routes import PAGES

HERE = Path(__file__).parent
log = logging.getLogger("dashboard")
CSS = """
<style>
p.summary {font-size: 0.95rem; color: #333; border-left: 3px solid #0072B2;
           padding: 0.2rem 0.6rem; margin: 0.2rem 0 0.6rem 0;}
div[data-testid="stMetricValue"] {font-size: 1.6rem;}
/* Streamlit leaves 6rem above the title; 2.5rem keeps each page's main chart above the fold. */
[data-testid="stMain"] .block-container {padding-top: 2.5rem;}
/* Headline values and labels wrap rather than end in an ellipsis ("more than $6..."). */
div[data-testid="stMetricValue"], div[data-testid="stMetricValue"] *,
div[data-testid="stMetricLabel"], div[data-testid="stMetricLabel"] * {
  white-space: normal !important; overflow: visible !important;
  text-overflow: clip !important; overflow-wrap: anywhere; line-height: 1.25;}
</style>
"""
# Presentation mode (?present=1): chrome hidden; sidebar widgets still run, only unseen.
PRESENT_CSS = """
<style>
[data-testid='stSidebar'], [data-testid='stSidebarCollapsedControl'],
header[data-testid='stHeader'], [data-testid='stToolbar'] {display: none;}
.block-container {padding-top: 1rem; max-width: 100%;}
</style>
"""
RTL_CSS = """
<style>
[data-testid="stMain"] .block-container, section[data-testid="stSidebar"] {
  direction: rtl; text-align: right;}
.js-plotly-plot, [data-testid="stDeckGlJsonChart"], [data-testid="stDataFrame"] {direction: ltr;}
</style>
"""


def main() -> None:
    through_entry_point()  # Streamlit's old pages/ router: run again through st.navigation
    lang = state.language()
    st.set_page_config(page_title=t("app.short_title", lang),
                       page_icon=str(HERE / "static" / "favicon.png"), layout="wide",
                       initial_sidebar_state="auto")
    presenting = st.query_params.get("present") == "1"
    st.markdown(CSS + (RTL_CSS if is_rtl(lang) else "") + (PRESENT_CSS if presenting else ""),
                unsafe_allow_html=True)
    data = cache.dataset()
    if data.problems:
        files = ", ".join("geo/" if name == "boundaries" else f"{name}.csv"
                          for name in data.problems)
        st.sidebar.warning(md(t("error.tables_sidebar", lang, count=len(data.problems),
                                files=files)))
    state.tiers(lang)
    as_of = state.as_of(data, lang)
    state.since(data, lang, as_of)
    pages = [st.Page(str(HERE / path), title=t(f"nav.{name}", lang), icon=icon,
                     url_path=name, default=default) for name, path, icon, default in PAGES]
    with st.sidebar:
        live.follow_store()  # replicas on one database: other replicas' edits show by themselves
    page = st.navigation(pages)
    try:
        page.run()
    except Exception:  # a page's own guards failed too: its message, never a traceback
        log.exception("page %s could not be drawn", page.url_path)
        st.error(md(t("error.page", lang)), icon=":material/error:")


main()
