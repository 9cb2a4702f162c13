"""The store's change marker -> a rerun of the app when another replica saved or undid."""

from __future__ import annotations

import streamlit as st

from ingest import db
from ingest.store import Store

EVERY_SECONDS = 2.0
SEEN = "live_store_marker"  # the marker the app last ran with, in this session


def marker() -> tuple:
    store = Store.default()
    return store.stamp() if store is not None else ()


@st.fragment(run_every=EVERY_SECONDS)
def _follow() -> None:
    if st.session_state.get(SEEN) != marker():
        st.rerun(scope="app")


def follow_store() -> None:
    """With a shared database (replicas), charts follow other replicas' edits within a few
    seconds without a reload; a local SQLite file has one writer, so nothing is polled."""
    if db.configured_url():
        st.session_state[SEEN] = marker()
        _follow()
