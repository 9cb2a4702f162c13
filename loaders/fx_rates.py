"""data/fx_rates.csv -> annual average US dollars per unit of currency, for converting amounts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import core

DEFAULT_PATH = core.DATA_DIR / "fx_rates.csv"
COLUMNS = {c: c for c in ["currency", "year", "usd_per_unit", "source_id"]}


class FxRatesSchema(core.StrictTable):
    currency: Series[str] = pa.Field(str_matches=r"^[A-Z]{3}$")
    year: Series[int] = pa.Field(ge=2000, le=2100)
    usd_per_unit: Series[float] = pa.Field(gt=0)
    source_id: Series[str]


def prepare(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    core.nullable_numbers(frame, ["year", "usd_per_unit"], path, problems)


def load_fx_rates(path: Path = DEFAULT_PATH, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One rate per currency and year."""
    return core.load_table(path, COLUMNS, FxRatesSchema, prepare, keys=["currency", "year"],
                           source_ids=core.source_ids_of(sources), source_columns=("source_id",))
