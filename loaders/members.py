"""data/members.csv -> identified Coalition members with join dates, their precision and source."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import core

DEFAULT_PATH = core.DATA_DIR / "members.csv"
COLUMNS = {c: c for c in ["member_id", "name", "kind", "iso3", "region", "joined",
                          "joined_precision", "founding", "source_id", "also_sources", "notes"]}
KINDS = ["state", "organisation"]
REGIONS = ["Africa", "Americas", "Asia", "Europe", "Middle East", "Oceania", "Global"]
PRECISIONS = ["day", "month", "year"]
# Founding members are, by the dossier's definition, those present by the first ministerial.
FOUNDING_CUTOFF = pd.Timestamp("2014-12-03")


class MembersSchema(core.CitedTable):
    member_id: Series[str] = pa.Field(str_matches=r"^[a-z0-9_]+$", unique=True)
    name: Series[str] = pa.Field(str_length={"min_value": 1}, unique=True)
    kind: Series[pd.CategoricalDtype] = pa.Field(isin=KINDS)
    iso3: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$")
    region: Series[pd.CategoricalDtype] = pa.Field(isin=REGIONS)
    joined: Series[pd.Timestamp] = pa.Field(ge=pd.Timestamp("2014-01-01"))
    joined_precision: Series[pd.CategoricalDtype] = pa.Field(isin=PRECISIONS)
    joined_end: Series[pd.Timestamp]
    founding: Series[bool]


def prepare(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    core.parse_partial_dates(frame, "joined", path, problems)
    core.booleans(frame, "founding", path, problems)
    core.blank_to_na(frame, ["iso3", "also_sources"])
    end = core.period_end(frame["joined"], frame["joined_precision"])
    capped = frame["founding"] & frame["joined_precision"].ne("day")
    frame["joined_end"] = end.where(~capped, end.clip(upper=FOUNDING_CUTOFF))
    states_without_code = frame["kind"].eq("state") & frame["iso3"].isna()
    for row in frame.index[states_without_code]:
        problems.append(f"{core.where(path, row, 'iso3')}: a state needs its ISO3 code")
    core.as_categories(frame, {"kind": KINDS, "region": REGIONS,
                               "joined_precision": PRECISIONS}, path, problems)


def load_members(path: Path = DEFAULT_PATH, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Members with `joined` (start of the stated period) and `joined_end` (its last day)."""
    return core.load_table(path, COLUMNS, MembersSchema, prepare, keys=["member_id"],
                           source_ids=core.source_ids_of(sources))
