"""data/camp_population.csv -> dated head counts (and nationality splits) per camp."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import core

DEFAULT_PATH = core.DATA_DIR / "camp_population.csv"
COLUMNS = {c: c for c in ["date", "date_precision", "site_id", "metric", "population", "iraqis",
                          "syrians", "third_country", "qualifier", "source_id", "also_sources",
                          "notes"]}
METRICS = ["camp_population", "iraqi_repatriation_cumulative"]
QUALIFIERS = ["exact", "more_than", "less_than", "about"]
COUNT_COLUMNS = ["population", "iraqis", "syrians", "third_country"]


class CampPopulationSchema(core.CitedTable):
    date: Series[pd.Timestamp] = pa.Field(ge=pd.Timestamp("2014-01-01"))
    date_precision: Series[str] = pa.Field(isin=["day", "month", "year"])
    site_id: Series[str] = pa.Field(str_matches=r"^(sy|iq)_[a-z0-9_]+$")
    metric: Series[pd.CategoricalDtype] = pa.Field(isin=METRICS)
    population: Series[float] = pa.Field(nullable=True, ge=0, le=1_000_000)
    iraqis: Series[float] = pa.Field(nullable=True, ge=0, le=1_000_000)
    syrians: Series[float] = pa.Field(nullable=True, ge=0, le=1_000_000)
    third_country: Series[float] = pa.Field(nullable=True, ge=0, le=1_000_000)
    qualifier: Series[pd.CategoricalDtype] = pa.Field(isin=QUALIFIERS)


def prepare(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    core.parse_partial_dates(frame, "date", path, problems)
    core.nullable_numbers(frame, COUNT_COLUMNS, path, problems)
    core.whole_numbers(frame, COUNT_COLUMNS, path, problems)
    core.blank_to_na(frame, ["also_sources"])
    for row in frame.index[frame[COUNT_COLUMNS].isna().all(axis=1)]:
        problems.append(f"{core.where(path, row, 'population')}: a row needs at least one count")
    core.as_categories(frame, {"metric": METRICS, "qualifier": QUALIFIERS}, path, problems)


def load_camp_population(path: Path = DEFAULT_PATH,
                         sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """People per camp and date (`metric` says whether residents or cumulative returns);
    `population` may be empty where only a nationality split was reported."""
    return core.load_table(path, COLUMNS, CampPopulationSchema, prepare,
                           source_ids=core.source_ids_of(sources))
