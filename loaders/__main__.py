"""`python -m loaders check [DATA_DIR]` -> a summary per table, or the problems and exit 1."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from loaders import DATA_DIR, load_all

DATE_COLUMNS = {"sources": "published", "members": "joined", "sites": "liberated_end",
                "stabilization_areas": "as_of"}
COUNT_BY = {"pledges": "status", "members": "kind", "sites": "site_type", "sources": "kind",
            "events": "category"}


def summarise(name: str, frame: pd.DataFrame) -> str:
    parts = [f"{name:<20} {len(frame):>4} rows"]
    column = DATE_COLUMNS.get(name, "date")
    if column in frame.columns and frame[column].notna().any():
        parts.append(f"{frame[column].min():%Y-%m-%d} .. {frame[column].max():%Y-%m-%d}")
    if "source_id" in frame.columns and name != "sources":
        parts.append(f"{frame['source_id'].nunique()} sources cited")
    if name in COUNT_BY:
        counts = frame[COUNT_BY[name]].value_counts()
        parts.append(", ".join(f"{k}: {v}" for k, v in counts.items() if v))
    return " | ".join(parts)


def check(data_dir: Path) -> int:
    dataset = load_all(data_dir, shared=True)  # read once, only summarised: no copy
    for name, frame in dataset.tables().items():
        if name not in dataset.problems:
            print(summarise(name, frame))
    if "boundaries" not in dataset.problems:
        features = len(dataset.boundaries.admin1["features"])
        print(f"{'boundaries':<20} {features:>4} governorate shapes")
    if dataset.problems:
        print(f"FAILED: {len(dataset.problems)} of {len(dataset.tables()) + 1} tables cannot "
              f"be used ({', '.join(dataset.problems)}); the app shows the others",
              file=sys.stderr)
        for err in dataset.problems.values():
            print(err, file=sys.stderr)
        return 1
    print("OK: every table valid, every source_id resolves")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loaders", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    check_parser = sub.add_parser("check", help="validate every data file")
    check_parser.add_argument("data_dir", nargs="?", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    return check(args.data_dir)


if __name__ == "__main__":
    sys.exit(main())
