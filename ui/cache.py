"""data/ files and pure builders -> results computed once per content (the only cache)."""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pandas as pd
import pydeck as pdk
import streamlit as st
from plotly.basedatatypes import BaseFigure

from loaders import DATA_DIR, Dataset, load_all
from loaders.boundaries import Boundaries
from loaders.core import fingerprint

Result = TypeVar("Result")

DATA_DIR_ENV = "COALITION_DATA_DIR"


def data_dir() -> Path:
    """The data folder: data/ unless COALITION_DATA_DIR points elsewhere (benchmarks, tests)."""
    return Path(os.environ.get(DATA_DIR_ENV) or DATA_DIR)


# Shared, not copied per run: pages and builders read the dataset and never change it
# (tests/test_cache.py runs every page and compares the dataset with a fresh load).
@st.cache_resource(show_spinner=False, max_entries=4)
def _with_local(folder: str, stamp: tuple, local_db: str | None, local_stamp: tuple) -> Dataset:
    from ingest.merge import with_local_facts
    from ingest.store import Store

    data = load_all(Path(folder), shared=True)  # read-only from here on: no copy needed
    return _freeze(with_local_facts(data, Store(url=local_db)) if local_db else data)


def cache_keys() -> tuple[str, tuple, str | None, tuple]:
    """What identifies the current data: the folder and the store, with fingerprints; the
    store's is its change counter (every replica's saves and undos bump it), read at most
    once a second."""
    from ingest.store import Store

    folder = data_dir()
    store = Store.default()
    local = store if store is not None and store.exists() else None
    return (str(folder), fingerprint(folder), local and local.url, local.stamp() if local else ())


def dataset(level: str = "all") -> Dataset:
    """Every table, plus the facts added on the ingest page (ingest.store), loaded once per
    change of the files behind them: a save or an undo shows at once. level (loaders.tiers)
    keeps only the facts its source tiers carry."""
    return _with_local(*cache_keys()) if level == "all" else _restricted(*cache_keys(), level)


@st.cache_resource(show_spinner=False, max_entries=4)
def _restricted(folder: str, stamp: tuple, local_db: str | None, local_stamp: tuple,
                level: str) -> Dataset:
    from loaders.tiers import restricted

    return _freeze(restricted(_with_local(folder, stamp, local_db, local_stamp), level))


@st.cache_resource(show_spinner=False, max_entries=8)
def _facts(folder: str, stamp: tuple, local_db: str | None, local_stamp: tuple,
           level: str = "all"):
    from charts.reconcile import facts_by_source

    data = (_with_local(folder, stamp, local_db, local_stamp) if level == "all"
            else _restricted(folder, stamp, local_db, local_stamp, level))
    facts = facts_by_source(data)
    _remember_digest(facts, frame_digest(facts))
    return facts


def facts_by_source(level: str = "all"):
    """Every (source, fact) pair of the dataset (kept to level's tiers), locally added facts
    included; derived once per change of the files."""
    return _facts(*cache_keys(), level)


# Content keys for arguments Streamlit would hash slowly (GeoJSON, every table on every call).
# Digests are remembered per object only for objects that are never changed: the cached
# dataset, its tables and boundaries. Other frames (a filtered selection) are hashed anew.
_DIGESTS: dict[int, tuple[weakref.ref, str]] = {}


def _remember_digest(thing, digest: str) -> str:
    key = id(thing)
    _DIGESTS[key] = (weakref.ref(thing, lambda _: _DIGESTS.pop(key, None)), digest)
    return digest


def _known_digest(thing) -> str | None:
    known = _DIGESTS.get(id(thing))
    return known[1] if known is not None and known[0]() is thing else None


def frame_digest(frame: pd.DataFrame) -> str:
    """Columns, types, index and values of a frame, as a sha256 hex digest."""
    known = _known_digest(frame)
    if known is not None:
        return known
    digest = hashlib.sha256(repr([(str(c), str(t)) for c, t in frame.dtypes.items()]).encode())
    try:
        digest.update(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
    except TypeError:  # unhashable cells (lists, dicts): their text stands in
        digest.update(frame.to_csv().encode())
    return digest.hexdigest()


def dataset_digest(data: Dataset) -> str:
    """A content hash of every table and the boundaries; remembered for the cached dataset."""
    known = _known_digest(data)
    if known is not None:
        return known
    digest = hashlib.sha256(data.boundaries.digest.encode())
    for name, frame in data.tables().items():
        digest.update(name.encode() + frame_digest(frame).encode())
    return digest.hexdigest()


def _freeze(data: Dataset) -> Dataset:
    """Remembers the digests of a dataset that is shared from now on and never changed."""
    for frame in data.tables().values():
        _remember_digest(frame, frame_digest(frame))
    _remember_digest(data, dataset_digest(data))
    return data


HASHERS = {Boundaries: lambda b: b.digest, Dataset: dataset_digest, pd.DataFrame: frame_digest}
_REMEMBERED: dict[Callable, Callable] = {}


def remembered(builder: Callable[..., Result]) -> Callable[..., Result]:
    """builder, computed once per content of its arguments and shared by reruns and sessions.

    Only for pure builders (charts, tables, summaries) whose results are drawn, never changed."""
    cached = _REMEMBERED.get(builder)
    if cached is None:
        cached = _REMEMBERED[builder] = st.cache_resource(
            show_spinner=False, max_entries=32, hash_funcs=HASHERS)(_serialised_once(builder))
    return cached


def remembering(module) -> _RememberingModule:
    """`fc = remembering(charts.funding)`: fc.f(...) is remembered(charts.funding.f)(...)."""
    return _RememberingModule(module)


class _RememberingModule:
    """A module whose functions are `remembered`; its other names pass through."""

    def __init__(self, module) -> None:
        self._module = module

    def __getattr__(self, name: str):
        value = getattr(self._module, name)
        return remembered(value) if inspect.isfunction(value) else value


def _serialised_once(builder: Callable[..., Result]) -> Callable[..., Result]:
    """builder, its result made ready to share: a frame's digest is taken once (a filtered
    frame passed on to other builders is not hashed again), a plotly figure's dict and a
    pydeck Deck's compact JSON are made now rather than on every draw (pydeck serialises in
    pure Python: the world map costs about a second)."""
    def build(*args, **kwargs):
        result = builder(*args, **kwargs)
        if isinstance(result, pd.DataFrame):
            _remember_digest(result, frame_digest(result))
        elif isinstance(result, BaseFigure):
            # st.plotly_chart asks for to_dict() on every draw: a deep copy that costs more
            # than anything else on a warm rerun, and grows with the marks drawn.
            spec = result.to_dict()
            result.to_dict = lambda: spec
        elif isinstance(result, pdk.Deck):
            # Compact: pydeck indents its JSON, which makes the world map 1.3 MB, not 0.3 MB.
            spec = json.dumps(json.loads(result.to_json()), separators=(",", ":"),
                              ensure_ascii=False)
            result.to_json = lambda: spec
            result.layers = []  # drawn from the JSON from now on; frees the features
        return result

    build.__module__, build.__qualname__ = builder.__module__, builder.__qualname__
    build.__wrapped__ = builder
    return build
