"""data/ -> a synthetic data directory with every fact table replicated N times (default 100).

Copies get unique ids (`<id>_x07`), their dates shifted together by a random number of days
that keeps every date of the row within the range its table already spans (so the as-of
range does not grow; converted pledges keep theirs, to keep their exchange rate), and the
same sources. Reference tables (sources, fx_rates,
governorates, geo/) are copied unchanged. `python -m bench.scale OUT [--factor N]`.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

import pandas as pd

from bench.harness import ROOT

DATA = ROOT / "data"
FACTOR = 100
# Fact table -> its id column and the columns that point at ids of other replicated tables.
FACT_TABLES = {
    "meetings": ("meeting_id", {}),
    "pledges": ("pledge_id", {}),
    "members": ("member_id", {}),
    "member_counts": ("claim_id", {}),
    "sites": ("site_id", {}),
    "camp_population": (None, {"site_id": "sites"}),
    "stabilization_areas": ("figure_id", {}),
    "events": ("event_id", {}),
    "territory": ("territory_id", {}),
    "drives": ("drive_id", {"pledge_id": "pledges"}),
}
# Columns that must stay unique across the whole table besides the id.
# pledges: a copy repeating donor, date, channel, status and amount would be refused as a
# double count, so its channel is marked as a copy.
UNIQUE_TEXT = {"members": ["name"], "pledges": ["channel"]}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FORMATS = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}


def date_columns(frame: pd.DataFrame) -> list[str]:
    """Columns whose every non-empty cell is a YYYY, YYYY-MM or YYYY-MM-DD date."""
    found = []
    for column in frame.columns:
        cells = frame[column][frame[column] != ""]
        if len(cells) and cells.str.match(DATE).all():
            found.append(column)
    return found


def parsed(frame: pd.DataFrame, columns: list[str]) -> dict[str, pd.Series]:
    """Each date column as Timestamps (start of the written period), NaT where empty."""
    out = {}
    for column in columns:
        cells = frame[column]
        stamps = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
        for width, fmt in FORMATS.items():
            mask = cells.str.len() == width
            stamps[mask] = pd.to_datetime(cells[mask], format=fmt)
        out[column] = stamps
    return out


def written(stamps: pd.Series, like: pd.Series) -> pd.Series:
    """Timestamps written back to the precision of the original cells (a year stays a year)."""
    out = like.copy()
    for width, fmt in FORMATS.items():
        mask = like.str.len() == width
        out[mask] = stamps[mask].dt.strftime(fmt)
    return out


def offset_bounds(frame: pd.DataFrame, stamps: dict[str, pd.Series]) -> pd.DataFrame:
    """Per row: how far its dates may move back/ahead (in steps) and the step in days.

    Year- and month-precision cells keep their meaning only when moved by whole years, so
    rows holding any of them move in steps of 366 days; the rest move by single days."""
    table = pd.DataFrame(stamps)
    low, high = table.min().min(), table.max().max()
    widths = pd.DataFrame({c: frame[c].str.len() for c in stamps})
    coarse = ((widths > 0) & (widths < 10)).any(axis=1)
    step = coarse.map({True: 366, False: 1})
    back = ((table.min(axis=1) - low).dt.days // step).fillna(0).clip(lower=0).astype(int)
    ahead = ((high - table.max(axis=1)).dt.days // step).fillna(0).clip(lower=0).astype(int)
    return pd.DataFrame({"back": back, "ahead": ahead, "step": step})


def pinned(name: str, frame: pd.DataFrame) -> pd.Series:
    """Rows whose copies keep their dates: a converted pledge's dollar amount holds only at
    the exchange rate of its own year (the loader checks it)."""
    if name == "pledges":
        return frame["converted"].str.lower() == "true"
    return pd.Series(False, index=frame.index)


def replicate(name: str, frame: pd.DataFrame, factor: int, rng: random.Random) -> pd.DataFrame:
    id_column, references = FACT_TABLES[name]
    columns = date_columns(frame)
    stamps = parsed(frame, columns)
    bounds = offset_bounds(frame, stamps) if columns else None
    copies = [frame]
    for k in range(1, factor):
        copy = frame.copy()
        suffix = f"_x{k:02d}"
        if id_column:
            copy[id_column] = copy[id_column] + suffix
        for column in references:
            copy[column] = copy[column] + suffix
        for column in UNIQUE_TEXT.get(name, []):
            copy[column] = (copy[column] + f" ({k})").str.strip()
        if bounds is not None:
            days = pd.Series([rng.randint(-b, a) * s for b, a, s in bounds.itertuples(
                index=False)], index=frame.index)
            days[pinned(name, frame)] = 0
            for column in columns:
                copy[column] = written(stamps[column] + pd.to_timedelta(days, unit="D"),
                                       frame[column])
        copies.append(copy)
    return pd.concat(copies, ignore_index=True)


def write_scaled(out: Path, factor: int = FACTOR, seed: int = 7) -> Path:
    """Writes the scaled copy of data/ into out (created, or replaced) and returns it."""
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(DATA, out)
    rng = random.Random(seed)
    for name in FACT_TABLES:
        path = out / f"{name}.csv"
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[])
        replicate(name, frame, factor, rng).to_csv(path, index=False)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--factor", type=int, default=FACTOR)
    args = parser.parse_args()
    print(write_scaled(args.out, args.factor))


if __name__ == "__main__":
    main()
