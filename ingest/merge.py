"""Shipped Dataset + local store -> the Dataset with the local sources and facts appended.

Every local row goes through the real loader (written to a temporary CSV and read back), so a
row the loaders would refuse is reported instead of breaking a chart."""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
from sqlalchemy.exc import SQLAlchemyError

from ingest.store import COLUMNS, ID_COLUMN, Store
from loaders import DataError, Dataset, load_member_counts, load_pledges, load_sources

LOCAL_MARK = " (added locally)"
LOADERS = {"sources": load_sources, "pledges": load_pledges,
           "member_counts": load_member_counts}
KEY = {"sources": "source_id", **ID_COLUMN}
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Merged:
    """The merged dataset and one sentence per local row that was left out."""

    dataset: Dataset
    rejected: list[str] = field(default_factory=list)


def load_rows(table: str, rows: pd.DataFrame, folder: Path, taken: set[str],
              sources: pd.DataFrame | None) -> tuple[pd.DataFrame | None, list[tuple[str, str]]]:
    """The rows typed and validated by the table's loader, one at a time; refused rows as
    (id, the loader's first problem without the temporary file's path)."""
    loader = LOADERS[table]
    kept, rejected = [], []
    for position in range(len(rows)):
        row = rows.iloc[[position]]
        key = row[KEY[table]].iloc[0]
        path = folder / f"{table}.csv"
        row.to_csv(path, index=False, columns=COLUMNS[table])
        try:
            if key in taken:
                raise DataError(f"{path}: id '{key}' is already used by a shipped row")
            kept.append(loader(path) if table == "sources" else loader(path, sources=sources))
        except DataError as err:
            # The temporary file and its line 2 mean nothing to the reader: the id says which.
            problems = [p.replace(f"{path}, line 2, ", "").replace(f"{path}, ", "")
                        .replace(str(path), "").lstrip(": ") for p in err.problems]
            rejected.append((key, "; ".join(dict.fromkeys(problems))))
    if not kept:
        return None, rejected
    return pd.concat(kept, ignore_index=True), rejected


def refusals(table: str, problems: list[tuple[str, str]]) -> list[str]:
    return [f"Local {table} row {key} is left out of the charts: {problem}"
            for key, problem in problems]


def merge_local(dataset: Dataset, store: Store | None) -> Merged:
    """Append the store's active rows to the dataset; bad rows are reported, never merged."""
    if store is None or not store.exists():
        return Merged(dataset)
    try:
        local = {table: store.active_rows(table) for table in LOADERS}
    except SQLAlchemyError as err:
        return Merged(dataset, [f"The local store {store.name} could not be read: {err}"])
    if local["sources"].empty:
        return Merged(dataset)
    tables, rejected = {}, []
    with tempfile.TemporaryDirectory(prefix="ingest_merge_") as tmp:
        folder = Path(tmp)
        new_sources, problems = load_rows("sources", local["sources"], folder,
                                          set(dataset.sources["source_id"]), None)
        rejected += refusals("sources", problems)
        if new_sources is None:
            return Merged(dataset, rejected)
        new_sources["publisher"] = new_sources["publisher"] + LOCAL_MARK
        tables["sources"] = pd.concat([dataset.sources, new_sources], ignore_index=True)
        for table in ("pledges", "member_counts"):
            shipped = getattr(dataset, table)
            rows, problems = load_rows(table, local[table], folder,
                                       set(shipped[KEY[table]]), tables["sources"])
            rejected += refusals(table, problems)
            if rows is not None:
                tables[table] = pd.concat([shipped, rows], ignore_index=True)
    return Merged(replace(dataset, **tables), rejected)


def with_local_facts(dataset: Dataset, store: Store | None) -> Dataset:
    """The dataset with local facts appended; refused rows are logged (the ingest page lists
    them)."""
    merged = merge_local(dataset, store)
    for problem in merged.rejected:
        log.warning(problem)
    return merged.dataset


def without_local(dataset: Dataset) -> Dataset:
    """The dataset with locally added rows taken out again (to re-check them on their own)."""
    return replace(dataset, **{table: frame[~frame["source_id"].str.startswith("local_")]
                               for table, frame in (("sources", dataset.sources),
                                                    ("pledges", dataset.pledges),
                                                    ("member_counts", dataset.member_counts))})
