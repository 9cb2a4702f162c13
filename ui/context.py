"""Session state -> the context every page renders with: dataset, language, as-of date, tiers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from catalog import t
from catalog.markup import md
from loaders import Dataset
from ui.cache import dataset
from ui.state import comparison_date, latest_date, tier_level

# Every table but sources, for the pages that draw on all of them (overview, sources, briefing).
FACT_TABLES = ("pledges", "members", "member_counts", "meetings", "sites", "camp_population",
               "stabilization_areas", "events", "governorates", "fx_rates", "territory",
               "drives", "boundaries")


@dataclass(frozen=True)
class PageContext:
    data: Dataset
    lang: str
    as_of: pd.Timestamp
    tiers: str = "all"
    since: pd.Timestamp | None = None  # the comparison date, always before as_of


def page_context(needs: Iterable[str] = (), uses: Iterable[str] = ()) -> PageContext:
    """What the shared sidebar chose; defaults when a page runs on its own (tests, notebooks).

    A table in `needs` that could not be loaded stops the page with what is wrong in it; one
    in `uses` is reported and the page goes on without it (it stands empty)."""
    through_entry_point()
    level = tier_level()
    data = dataset(level)  # the sidebar's source tiers apply to every page, here only
    lang = st.session_state.get("lang") or "en"
    for name, err in data.broken(uses).items():
        table_problem(name, err, lang, "error.table_partial", st.warning)
    needed = data.broken(needs)
    for name, err in needed.items():
        table_problem(name, err, lang, "error.table_needed", st.error)
    if needed:
        st.stop()
    chosen = pd.Timestamp(st.session_state.get("as_of") or latest_date(dataset()))
    return PageContext(data=data, lang=lang, as_of=chosen, tiers=level,
                       since=comparison_date(st.session_state.get("since"), chosen))


def through_entry_point() -> None:
    """A run routed by Streamlit's old `pages/` router (the first run of a freshly started
    server, or any AppTest run) draws nothing: the old router is switched off and the same
    request runs again, through the entry point, its sidebar and st.navigation. dashboard.py
    and page_context() both call this first, so no widget is ever made under the old router.

    The page files are named so that both routers give them the same URL path (ui/routes.py),
    so the rerun lands on the page that was asked for."""
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def table_problem(name: str, err, lang: str, key: str, alert) -> None:
    """Which file is wrong, then the loader's own lines (file, line, column), as plain text."""
    file = "geo/" if name == "boundaries" else f"{name}.csv"
    alert(md(t(key, lang, file=file)))
    st.code(str(err), language=None, wrap_lines=True)
