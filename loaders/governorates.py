"""data/governorates.csv -> Syrian and Iraqi governorates with Arabic names, aliases, centroids."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import core

DEFAULT_PATH = core.DATA_DIR / "governorates.csv"
COLUMNS = {c: c for c in ["gov_id", "country", "name_en", "name_ar", "aliases_en", "aliases_ar",
                          "lat", "lon", "source_id"]}


class GovernoratesSchema(core.StrictTable):
    gov_id: Series[str] = pa.Field(str_matches=r"^(SY|IQ)-[A-Z]{2}$", unique=True)
    country: Series[str] = pa.Field(isin=["Syria", "Iraq"])
    name_en: Series[str] = pa.Field(unique=True)
    name_ar: Series[str] = pa.Field(str_matches=r"[\u0600-\u06FF]")
    aliases_en: Series[str]
    aliases_ar: Series[str]
    lat: Series[float] = pa.Field(ge=29.0, le=37.5)
    lon: Series[float] = pa.Field(ge=35.5, le=48.8)
    source_id: Series[str]


def prepare(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    core.nullable_numbers(frame, ["lat", "lon"], path, problems)


def load_governorates(path: Path = DEFAULT_PATH,
                      sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per governorate; aliases are '|'-separated spellings."""
    return core.load_table(path, COLUMNS, GovernoratesSchema, prepare, keys=["gov_id"],
                           source_ids=core.source_ids_of(sources), source_columns=("source_id",))
