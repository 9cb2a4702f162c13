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
def _load(folder: str, stamp: tuple) -> Dataset:
    return load_all(Path(folder))


def dataset() -> Dataset:
    """Every table, loaded once per change of the files behind it."""
    folder = data_dir()
    return _load(str(folder), fingerprint(folder))


@st.cache_data(show_spinner=False, max_entries=4)
def _facts(folder: str, stamp: tuple):
    from charts.reconcile import facts_by_source

    return facts_by_source(_load(folder, stamp))


def facts_by_source():
    """Every (source, fact) pair of the dataset; derived once per change of the files."""
    folder = data_dir()
    return _facts(str(folder), fingerprint(folder))
