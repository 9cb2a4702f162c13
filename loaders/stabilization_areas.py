"""data/stabilization_areas.csv -> stabilisation figures (projects, returns, funds) per area."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import core, rules

DEFAULT_PATH = core.DATA_DIR / "stabilization_areas.csv"
COLUMNS = {c: c for c in ["figure_id", "country", "area", "program", "metric", "value", "as_of",
                          "as_of_precision", "source_id", "also_sources", "notes"]}


class StabilizationAreasSchema(core.CitedTable):
    figure_id: Series[str] = pa.Field(unique=True)
    country: Series[str] = pa.Field(str_length={"min_value": 1})
    area: Series[str] = pa.Field(str_length={"min_value": 1})
    program: Series[str] = pa.Field(str_length={"min_value": 1})
    metric: Series[str] = pa.Field(str_matches=r"^[a-z0-9_]+$")
    value: Series[float] = pa.Field(ge=0)
    as_of: Series[pd.Timestamp]
    as_of_precision: Series[str] = pa.Field(isin=["day", "month", "year"])
    unit: Series[str] = pa.Field(isin=["usd", "eur", "gbp", "pct", "m2", "count"])


def unit_of(metric: str) -> str:
    for suffix in ("usd", "eur", "gbp", "pct", "m2"):
        if metric.endswith(suffix) or f"_{suffix}_" in metric:
            return suffix
    return "count"


def prepare(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    core.parse_partial_dates(frame, "as_of", path, problems)
    core.nullable_numbers(frame, ["value"], path, problems)
    core.blank_to_na(frame, ["also_sources"])
    frame["unit"] = frame["metric"].map(unit_of)
    limits = {"usd": rules.MAX_AMOUNT_USD, "eur": rules.MAX_AMOUNT_USD,
              "gbp": rules.MAX_AMOUNT_USD, "pct": 100}
    for row in frame.index[frame["value"].notna()]:
        limit = limits.get(frame.at[row, "unit"])
        if limit is not None and frame.at[row, "value"] > limit:
            problems.append(f"{core.where(path, row, 'value')}: {frame.at[row, 'value']:,.0f} "
                            f"is above the most one {frame.at[row, 'unit']} figure can be "
                            f"({limit:,.0f})")


def load_stabilization_areas(path: Path = DEFAULT_PATH,
                             sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Figures with `unit` derived from the metric name (usd, eur, gbp, pct, m2 or count)."""
    return core.load_table(path, COLUMNS, StabilizationAreasSchema, prepare,
                           keys=["figure_id"], source_ids=core.source_ids_of(sources))
