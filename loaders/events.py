"""data/events.csv -> key dated events used to annotate every time chart."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import core

DEFAULT_PATH = core.DATA_DIR / "events.csv"
COLUMNS = {c: c for c in ["event_id", "date", "date_precision", "category", "title_en",
                          "title_ar", "source_id", "notes"]}
CATEGORIES = ["coalition", "meeting", "liberation", "camp"]


class EventsSchema(core.StrictTable):
    event_id: Series[str] = pa.Field(str_matches=r"^[a-z0-9_-]+$", unique=True)
    date: Series[pd.Timestamp]
    date_precision: Series[str] = pa.Field(isin=["day", "month", "year"])
    category: Series[pd.CategoricalDtype] = pa.Field(isin=CATEGORIES)
    title_en: Series[str] = pa.Field(str_length={"min_value": 1})
    title_ar: Series[str] = pa.Field(str_matches=r"[\u0600-\u06FF]")
    source_id: Series[str]
    notes: Series[str]


def prepare(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    core.parse_partial_dates(frame, "date", path, problems)
    core.as_categories(frame, {"category": CATEGORIES}, path, problems)


def load_events(path: Path = DEFAULT_PATH, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Events with English and Arabic titles, sorted by date."""
    frame = core.load_table(path, COLUMNS, EventsSchema, prepare, keys=["event_id"],
                            source_ids=core.source_ids_of(sources))
    return frame.sort_values("date", kind="stable").reset_index(drop=True)
