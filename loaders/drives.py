"""data/drives.csv -> fundraising drives: each row ties a pledges.csv row to a drive as its goal,
a total reported toward it, or a pledge counted toward it (the pledges rows stay as they are)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import core

DEFAULT_PATH = core.DATA_DIR / "drives.csv"
COLUMNS = {c: c for c in ["drive_id", "pledge_id", "role", "source_id", "also_sources",
                          "notes"]}
ROLES = ["goal", "total", "pledge"]
# The pledges.csv statuses each role may point at.
ROLE_STATUSES = {"goal": {"goal"}, "total": {"drive_total"}, "pledge": {"pledge", "contribution"}}


class DrivesSchema(core.CitedTable):
    drive_id: Series[str] = pa.Field(str_matches=r"^drive_[a-z0-9_]+$")
    pledge_id: Series[str] = pa.Field(str_matches=r"^[a-z0-9_]+$")
    role: Series[pd.CategoricalDtype] = pa.Field(isin=ROLES)


def prepare(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    core.blank_to_na(frame, ["also_sources"])
    core.as_categories(frame, {"role": ROLES}, path, problems)
    if "role" not in frame or "drive_id" not in frame:
        return
    goals = frame[frame["role"].astype(str) == "goal"].groupby("drive_id").size()
    for drive in frame["drive_id"].unique():
        if goals.get(drive, 0) != 1:
            row = frame.index[frame["drive_id"] == drive][0]
            problems.append(f"{core.where(path, row, 'role')}: drive '{drive}' needs exactly one "
                            f"goal row (has {goals.get(drive, 0)})")


def load_drives(path: Path = DEFAULT_PATH, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Links from drives to pledges rows, one row per (drive, pledges row)."""
    return core.load_table(path, COLUMNS, DrivesSchema, prepare, keys=["drive_id", "pledge_id"],
                           source_ids=core.source_ids_of(sources))


def link_problems(drives: pd.DataFrame, pledges: pd.DataFrame, path: Path) -> list[str]:
    """Each link finds its pledges row, of a status its role allows, for stabilisation (the
    only money a drive counts)."""
    rows = pledges.set_index("pledge_id")
    problems = []
    for row in drives.index:
        pledge, role = drives.at[row, "pledge_id"], str(drives.at[row, "role"])
        where = core.where(path, row, "pledge_id")
        if pledge not in rows.index:
            problems.append(f"{where}: unknown pledges row '{pledge}'")
            continue
        status = str(rows.at[pledge, "status"])
        if status not in ROLE_STATUSES[role]:
            problems.append(f"{where}: a {role} row must point at a "
                            f"{' or '.join(sorted(ROLE_STATUSES[role]))} row, not a {status}")
        if str(rows.at[pledge, "purpose"]) != "stabilisation":
            problems.append(f"{where}: '{pledge}' is {rows.at[pledge, 'purpose']} money; a "
                            "drive counts stabilisation money only")
    return problems
