"""data/ directory -> the validated Dataset, cached per file fingerprint (the only cache)."""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from loaders import DATA_DIR, Dataset, load_all
from loaders.core import fingerprint

DATA_DIR_ENV = "COALITION_DATA_DIR"


def data_dir() -> Path:
    """The data folder: data/ unless COALITION_DATA_DIR points elsewhere (benchmarks, tests)."""
    return Path(os.environ.get(DATA_DIR_ENV) or DATA_DIR)


@st.cache_data(show_spinner=False, max_entries=4)
def _with_local(folder: str, stamp: tuple, local_db: str | None, local_stamp: tuple) -> Dataset:
    from ingest.merge import with_local_facts
    from ingest.store import Store

    data = load_all(Path(folder))  # memoised per fingerprint in-process; cached once here
    return with_local_facts(data, Store(local_db)) if local_db else data


def cache_keys() -> tuple[str, tuple, str | None, tuple]:
    """What identifies the current data: the folder and the local store, with fingerprints."""
    from ingest.store import Store

    folder = data_dir()
    store = Store.default()
    local = store if store is not None and store.exists() else None
    return (str(folder), fingerprint(folder), local and str(local.path),
            local.stamp() if local else ())


def dataset() -> Dataset:
    """Every table, plus the facts added on the ingest page (ingest.store), loaded once per
    change of the files behind them: a save or an undo shows at once."""
    return _with_local(*cache_keys())


@st.cache_data(show_spinner=False, max_entries=4)
def _facts(folder: str, stamp: tuple, local_db: str | None, local_stamp: tuple):
    from charts.reconcile import facts_by_source

    return facts_by_source(_with_local(folder, stamp, local_db, local_stamp))


def facts_by_source():
    """Every (source, fact) pair of the dataset, locally added facts included; derived once
    per change of the files."""
    return _facts(*cache_keys())
