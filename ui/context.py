"""Session state -> the context every page renders with: dataset, language, as-of date, tiers."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from loaders import Dataset
from ui.cache import dataset
from ui.state import latest_date, tier_level


@dataclass(frozen=True)
class PageContext:
    data: Dataset
    lang: str
    as_of: pd.Timestamp
    tiers: str = "all"


def page_context() -> PageContext:
    """What the shared sidebar chose; defaults when a page runs on its own (tests, notebooks)."""
    level = tier_level()
    data = dataset(level)  # the sidebar's source tiers apply to every page, here only
    lang = st.session_state.get("lang") or "en"
    chosen = st.session_state.get("as_of") or latest_date(dataset())
    return PageContext(data=data, lang=lang, as_of=pd.Timestamp(chosen), tiers=level)
