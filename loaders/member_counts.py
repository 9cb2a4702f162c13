"""data/member_counts.csv -> stated membership totals, each claim kept even when they disagree."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import core

DEFAULT_PATH = core.DATA_DIR / "member_counts.csv"
COLUMNS = {c: c for c in ["claim_id", "date", "date_precision", "count", "qualifier", "scope",
                          "stated_by", "source_id", "also_sources", "notes"]}
QUALIFIERS = ["exact", "more_than", "about", "nearly"]
SCOPES = ["total", "core_group"]


class MemberCountsSchema(core.CitedTable):
    claim_id: Series[str] = pa.Field(unique=True)
    date: Series[pd.Timestamp] = pa.Field(ge=pd.Timestamp("2014-09-01"))
    date_precision: Series[str] = pa.Field(isin=["day", "month", "year"])
    count: Series[int] = pa.Field(ge=1, le=200)
    qualifier: Series[pd.CategoricalDtype] = pa.Field(isin=QUALIFIERS)
    scope: Series[pd.CategoricalDtype] = pa.Field(isin=SCOPES)
    stated_by: Series[str] = pa.Field(str_length={"min_value": 1})


def prepare(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    core.parse_partial_dates(frame, "date", path, problems)
    core.nullable_numbers(frame, ["count"], path, problems)
    core.whole_numbers(frame, ["count"], path, problems)
    core.blank_to_na(frame, ["also_sources"])
    core.as_categories(frame, {"qualifier": QUALIFIERS, "scope": SCOPES}, path, problems)


def load_member_counts(path: Path = DEFAULT_PATH,
                       sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per stated total: date, count, who stated it and where."""
    return core.load_table(path, COLUMNS, MemberCountsSchema, prepare, keys=["claim_id"],
                           source_ids=core.source_ids_of(sources))
