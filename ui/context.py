"""Session state -> the context every page renders with: dataset, language and as-of date."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from loaders import Dataset
from ui.cache import dataset
from ui.state import latest_date


@dataclass(frozen=True)
class PageContext:
    data: Dataset
    lang: str
    as_of: pd.Timestamp


def page_context() -> PageContext:
    """What the shared sidebar chose; defaults when a page runs on its own (tests, notebooks)."""
    data = dataset()
    lang = st.session_state.get("lang") or "en"
    chosen = st.session_state.get("as_of") or latest_date(data)
    return PageContext(data=data, lang=lang, as_of=pd.Timestamp(chosen))
