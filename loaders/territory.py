"""data/territory.csv -> the area ISIS held (or had lost) by date, as each measurer stated it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import core

DEFAULT_PATH = core.DATA_DIR / "territory.csv"
COLUMNS = {c: c for c in ["territory_id", "date", "date_precision", "area_km2", "qualifier",
                          "scope", "measurer", "measure", "source_id", "also_sources", "notes"]}
QUALIFIERS = ["exact", "about", "more_than", "less_than"]
SCOPES = ["iraq_syria", "iraq", "syria"]
# held: the area ISIS held on the date; retaken_cumulative: ground lost since a start the
# row's notes name (a different quantity, never drawn on the held chart's line).
MEASURES = ["held", "retaken_cumulative"]
# Iraq and Syria together are about 623,000 km2: no claim can be larger.
MAX_KM2 = 623_000


class TerritorySchema(core.CitedTable):
    territory_id: Series[str] = pa.Field(str_matches=r"^terr_[a-z0-9_]+$", unique=True)
    date: Series[pd.Timestamp] = pa.Field(ge=pd.Timestamp("2014-01-01"))
    date_precision: Series[str] = pa.Field(isin=["day", "month", "year"])
    area_km2: Series[float] = pa.Field(ge=0, le=MAX_KM2)
    qualifier: Series[pd.CategoricalDtype] = pa.Field(isin=QUALIFIERS)
    scope: Series[pd.CategoricalDtype] = pa.Field(isin=SCOPES)
    measurer: Series[str] = pa.Field(str_matches=r"^[a-z][a-z0-9_]{1,40}$")
    measure: Series[pd.CategoricalDtype] = pa.Field(isin=MEASURES)


def prepare(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    core.parse_partial_dates(frame, "date", path, problems)
    core.nullable_numbers(frame, ["area_km2"], path, problems)
    core.whole_numbers(frame, ["area_km2"], path, problems)
    core.blank_to_na(frame, ["also_sources"])
    core.as_categories(frame, {"qualifier": QUALIFIERS, "scope": SCOPES, "measure": MEASURES},
                       path, problems)


def load_territory(path: Path = DEFAULT_PATH, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Area figures by date, one row per measurer's statement, sorted by date."""
    frame = core.load_table(path, COLUMNS, TerritorySchema, prepare, keys=["territory_id"],
                            source_ids=core.source_ids_of(sources))
    return frame.sort_values(["date", "territory_id"], kind="stable").reset_index(drop=True)
