"""data/meetings.csv -> Coalition ministerials and major meetings with the totals they stated."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import core

DEFAULT_PATH = core.DATA_DIR / "meetings.csv"
COLUMNS = {c: c for c in ["meeting_id", "date", "date_precision", "city", "country",
                          "meeting_type", "hosts", "members_stated", "members_qualifier",
                          "new_members", "source_id", "also_sources", "notes"]}


class MeetingsSchema(core.StrictTable):
    meeting_id: Series[str] = pa.Field(unique=True)
    date: Series[pd.Timestamp] = pa.Field(ge=pd.Timestamp("2014-09-01"))
    date_precision: Series[str] = pa.Field(isin=["day", "month", "year"])
    city: Series[str] = pa.Field(str_length={"min_value": 1})
    country: Series[str] = pa.Field(nullable=True)
    meeting_type: Series[str] = pa.Field(str_length={"min_value": 1})
    hosts: Series[str] = pa.Field(nullable=True)
    members_stated: Series[float] = pa.Field(nullable=True, ge=1, le=200)
    members_qualifier: Series[str] = pa.Field(nullable=True, isin=["exact", "more_than"])
    new_members: Series[str] = pa.Field(nullable=True)
    source_id: Series[str]
    also_sources: Series[str] = pa.Field(nullable=True)
    notes: Series[str]
    is_ministerial: Series[bool]


def prepare(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    core.parse_partial_dates(frame, "date", path, problems)
    core.nullable_numbers(frame, ["members_stated"], path, problems)
    core.whole_numbers(frame, ["members_stated"], path, problems)
    core.blank_to_na(frame, ["country", "hosts", "members_qualifier", "new_members",
                             "also_sources"])
    frame["is_ministerial"] = frame["meeting_type"].str.contains("inisterial")


def load_meetings(path: Path = DEFAULT_PATH, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Meetings by date with city, type, hosts, stated member total and new members."""
    return core.load_table(path, COLUMNS, MeetingsSchema, prepare, keys=["meeting_id"],
                           source_ids=core.source_ids_of(sources))
