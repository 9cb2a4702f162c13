"""Fact rows + sources table -> the sources behind them, labels for hover text and CSV exports."""

from __future__ import annotations

import pandas as pd

from catalog import t
from catalog.markup import spreadsheet_safe

SOURCE_COLUMNS = ["source_id", "publisher", "title", "published", "published_precision", "url",
                  "kind", "tier", "original_publisher", "language"]
# Official statements first, copies of other publishers' pages last.
TIER_RANK = {"official": 0, "wire": 1, "news": 2, "copy": 3}


def cited_ids(frame: pd.DataFrame) -> list[str]:
    """Every source id a set of rows cites (primary and additional), in order of first use."""
    ids: list[str] = []
    for column in ("source_id", "also_sources", "closed_source_id"):
        if column in frame.columns:
            for cell in frame[column].dropna():
                ids.extend(s.strip() for s in str(cell).split(";") if s.strip())
    return list(dict.fromkeys(ids))


def cited_sources(frames: list[pd.DataFrame], sources: pd.DataFrame) -> pd.DataFrame:
    """The rows of sources.csv behind the given fact rows: official first, copies last, newest
    first within each tier."""
    ids = list(dict.fromkeys(i for frame in frames for i in cited_ids(frame)))
    table = sources[sources["source_id"].isin(ids)][SOURCE_COLUMNS]
    rank = table["tier"].astype(str).map(TIER_RANK).fillna(2)
    return (table.assign(_rank=rank)
            .sort_values(["_rank", "published"], ascending=[True, False], na_position="last")
            .drop(columns="_rank").reset_index(drop=True))


def source_label(sources: pd.DataFrame) -> pd.Series:
    """'Publisher, 2023-06-08' per source_id, for hover text and tooltips."""
    dates = sources["published"].dt.strftime("%Y-%m-%d").fillna("undated")
    return pd.Series((sources["publisher"] + ", " + dates).values, index=sources["source_id"])


def with_source_label(frame: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The rows with a `source_label` column naming their primary source."""
    labels = source_label(sources)
    return frame.assign(source_label=frame["source_id"].map(labels).fillna("unknown source"))


def export_rows(frame: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Rows for a CSV download: the facts as shown plus their source's publisher, date and URL."""
    joined = frame.merge(sources[["source_id", "publisher", "published", "url"]].rename(
        columns={"publisher": "source_publisher", "published": "source_published",
                 "url": "source_url"}), on="source_id", how="left")
    return whole_numbers_as_integers(joined)


def export_csv(frames: list[pd.DataFrame], sources: pd.DataFrame, as_of: str) -> bytes:
    """The CSV a download button offers: the rows with their sources, stamped with the date;
    safe to open in a spreadsheet (no cell is read as a formula)."""
    rows = pd.concat(frames, ignore_index=True)
    table = export_rows(rows, sources).assign(as_of=as_of)
    return spreadsheet_safe(table).to_csv(index=False).encode()


def whole_numbers_as_integers(frame: pd.DataFrame) -> pd.DataFrame:
    """Float columns holding only whole numbers (amounts, counts) print as 9000000, not 9e6.0."""
    out = frame.copy()
    for column in out.select_dtypes("float").columns:
        values = out[column].dropna()
        if (values == values.round()).all():
            out[column] = out[column].round().astype("Int64")
    return out


def short_citation(sources: pd.DataFrame, limit: int = 3, lang: str = "en") -> str:
    """'Publisher (2023), Publisher (2024) and 5 more' for a stamp line under a chart."""
    names = [f"{row.publisher} ({row.published:%Y})" if pd.notna(row.published)
             else str(row.publisher) for row in sources.itertuples()]
    names = list(dict.fromkeys(names))
    if len(names) <= limit:
        return ", ".join(names)
    return t("stamp.and_more", lang, names="، ".join(names[:limit]) if lang == "ar"
             else ", ".join(names[:limit]), count=len(names) - limit)
