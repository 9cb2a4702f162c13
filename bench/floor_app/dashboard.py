"""Floor app: the real app's shell (sidebar, URL-bound controls, navigation) on trivial data."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import streamlit as st

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from floor_charts import layout, through_navigation  # noqa: E402


def main() -> None:
    through_navigation()
    st.set_page_config(page_title="Floor", layout="wide", initial_sidebar_state="expanded")
    st.sidebar.segmented_control("Language", options=["en", "ar"], default="en", key="lang",
                                 bind="query-params")
    st.sidebar.date_input("As of", value=dt.date(2026, 2, 23), min_value=dt.date(2014, 9, 1),
                          max_value=dt.date(2026, 2, 23), key="as_of", bind="query-params",
                          format="YYYY-MM-DD")
    pages = [st.Page(str(HERE / entry["script"]), title=name.title(), url_path=name,
                     default=index == 0) for index, (name, entry) in enumerate(layout().items())]
    st.navigation(pages).run()


main()
