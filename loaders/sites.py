"""data/sites.csv -> liberated places, camps and detention sites in Syria and Iraq with dates."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import core

DEFAULT_PATH = core.DATA_DIR / "sites.csv"
COLUMNS = {c: c for c in ["site_id", "name_en", "name_ar", "country", "governorate", "lat", "lon",
                          "coord_precision", "coord_source", "site_type", "isis_captured",
                          "liberated_start", "liberated_end", "closed", "closed_source_id",
                          "operation", "liberating_forces", "source_id", "also_sources", "notes"]}
SITE_TYPES = ["city", "town", "region", "camp", "detention"]
COORD_PRECISIONS = ["place", "nearby_town"]
# Generous box around Syria and Iraq: a point outside it is a typo (swapped lat/lon, sign).
REGION_BOX = {"lat": (29.0, 37.5), "lon": (35.5, 48.8)}
CAPTURE_WORDS = {"besieged", "partial"}


class SitesSchema(core.CitedTable):
    site_id: Series[str] = pa.Field(str_matches=r"^(sy|iq)_[a-z0-9_]+$", unique=True)
    name_en: Series[str] = pa.Field(str_length={"min_value": 1})
    name_ar: Series[str] = pa.Field(str_matches=r"[\u0600-\u06FF]")
    country: Series[str] = pa.Field(isin=["Syria", "Iraq"])
    governorate: Series[str] = pa.Field(str_length={"min_value": 1})
    lat: Series[float]
    lon: Series[float]
    coord_precision: Series[pd.CategoricalDtype] = pa.Field(isin=COORD_PRECISIONS)
    coord_source: Series[str]
    site_type: Series[pd.CategoricalDtype] = pa.Field(isin=SITE_TYPES)
    isis_captured: Series[str] = pa.Field(nullable=True)
    liberated_start: Series[pd.Timestamp] = pa.Field(nullable=True)
    liberated_start_precision: Series[str] = pa.Field(nullable=True)
    liberated_end: Series[pd.Timestamp] = pa.Field(nullable=True)
    liberated_end_precision: Series[str] = pa.Field(nullable=True)
    closed: Series[pd.Timestamp] = pa.Field(nullable=True)
    closed_precision: Series[str] = pa.Field(nullable=True)
    closed_source_id: Series[str] = pa.Field(nullable=True)
    operation: Series[str] = pa.Field(nullable=True)
    liberating_forces: Series[str] = pa.Field(nullable=True)


def prepare(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    for column in ["liberated_start", "liberated_end", "closed"]:
        core.parse_partial_dates(frame, column, path, problems, required=False)
    core.nullable_numbers(frame, ["lat", "lon"], path, problems)
    core.blank_to_na(frame, ["isis_captured", "closed_source_id", "operation",
                             "liberating_forces", "also_sources"])
    check_coordinates(frame, path, problems)
    check_dates(frame, path, problems)
    core.as_categories(frame, {"site_type": SITE_TYPES, "coord_precision": COORD_PRECISIONS},
                       path, problems)


def check_coordinates(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    for column, (low, high) in REGION_BOX.items():
        outside = frame[column].notna() & ~frame[column].between(low, high)
        for row in frame.index[outside | frame[column].isna()]:
            problems.append(f"{core.where(path, row, column)}: {frame.at[row, column]} is "
                            f"outside Syria/Iraq ({column} must lie in {low}..{high})")


def check_dates(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    start, end = frame["liberated_start"], frame["liberated_end"]
    for row in frame.index[start.notna() & end.notna() & (end < start)]:
        problems.append(f"{core.where(path, row, 'liberated_end')}: liberation ends "
                        f"({end[row]:%Y-%m-%d}) before it starts ({start[row]:%Y-%m-%d})")
    for row in frame.index[frame["closed"].notna() & frame["closed_source_id"].isna()]:
        problems.append(f"{core.where(path, row, 'closed_source_id')}: a closure date needs "
                        "its own source")
    for row, value in frame["isis_captured"].dropna().items():
        if value not in CAPTURE_WORDS and not core.PARTIAL_DATE.match(value):
            problems.append(f"{core.where(path, row, 'isis_captured')}: '{value}' is neither "
                            f"a date nor one of {sorted(CAPTURE_WORDS)}")


def load_sites(path: Path = DEFAULT_PATH, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Sites with coordinates, type, liberation start/end, closure and liberating forces."""
    return core.load_table(path, COLUMNS, SitesSchema, prepare, keys=["site_id"],
                           source_ids=core.source_ids_of(sources),
                           source_columns=("source_id", "also_sources", "closed_source_id"))
