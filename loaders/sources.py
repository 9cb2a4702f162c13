"""data/sources.csv -> the validated table of sources every fact row cites."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import core

DEFAULT_PATH = core.DATA_DIR / "sources.csv"
COLUMNS = {c: c for c in ["source_id", "publisher", "title", "url", "published",
                          "published_basis", "language", "kind", "notes"]}
# mirror: a copy of another publisher's page (encyclopedia mirror, document-sharing site, repost)
KINDS = ["news", "official", "dataset", "mirror"]
BASES = ["stated", "url", "not_before_fact", "unknown"]


class SourcesSchema(core.StrictTable):
    source_id: Series[str] = pa.Field(str_matches=r"^[a-z0-9_]+$", unique=True)
    publisher: Series[str] = pa.Field(str_length={"min_value": 1})
    title: Series[str] = pa.Field(str_length={"min_value": 1})
    url: Series[str] = pa.Field(str_matches=r"^(https?://\S+)?$")
    published: Series[pd.Timestamp] = pa.Field(nullable=True)
    published_precision: Series[str] = pa.Field(nullable=True)
    published_basis: Series[pd.CategoricalDtype] = pa.Field(isin=BASES)
    language: Series[str] = pa.Field(str_matches=r"^[a-z]{2}$")
    kind: Series[pd.CategoricalDtype] = pa.Field(isin=KINDS)
    notes: Series[str]


def prepare(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    core.parse_partial_dates(frame, "published", path, problems, required=False)
    for row in frame.index[frame["url"].eq("") & frame["notes"].eq("")]:
        problems.append(f"{core.where(path, row, 'url')}: a source without a web address "
                        "must say in its notes where a copy is kept")
    core.as_categories(frame, {"published_basis": BASES, "kind": KINDS}, path, problems)


def load_sources(path: Path = DEFAULT_PATH) -> pd.DataFrame:
    """Every source: publisher, title, URL, published date (with its basis), language, kind."""
    return core.load_table(path, COLUMNS, SourcesSchema, prepare, keys=["source_id"],
                           source_ids=set(), source_columns=())
