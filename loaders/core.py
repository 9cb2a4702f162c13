"""Shared reading and checking: a CSV path -> a typed, validated DataFrame, or one DataError."""

from __future__ import annotations

import contextlib
import contextvars
import csv
import io
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import rules
from loaders.errors import DataError

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
MAX_FILE_BYTES = 20 * 1024 * 1024
# Data row n (1-based) sits on line n + 1 of the file, after the header.
FIRST_DATA_LINE = 2
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}
DATE_FORMATS = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
MAX_LISTED_PROBLEMS = 25
# Set while a broken table's typed, empty stand-in is built from its header alone.
_HEADER_ONLY = contextvars.ContextVar("header_only", default=False)


@contextlib.contextmanager
def header_only_allowed():
    """Within this block a table with a header and no rows loads as an empty, typed frame."""
    token = _HEADER_ONLY.set(True)
    try:
        yield
    finally:
        _HEADER_ONLY.reset(token)


class StrictTable(pa.DataFrameModel):
    """Every table: exactly its declared columns, values coerced to their types."""

    class Config:
        strict = True
        coerce = True


class CitedTable(StrictTable):
    """A fact table: each row names its source, maybe further sources, and a note."""

    source_id: Series[str]
    also_sources: Series[str] = pa.Field(nullable=True)
    notes: Series[str]


def fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and modification times of every file below folder."""
    files = sorted(p for p in Path(folder).rglob("*") if p.is_file())
    return tuple((str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns)
                 for p in files)


def where(path: Path, row: int | None = None, column: str | None = None) -> str:
    """'data/x.csv, line 7, column amount_usd' for a 0-based data row index."""
    parts = [str(path)]
    if row is not None:
        parts.append(f"line {int(row) + FIRST_DATA_LINE}")
    if column:
        parts.append(f"column '{column}'")
    return ", ".join(parts)


def fail(path: Path, problems: list[str]) -> DataError:
    """One error for all problems, keeping the first problem found at each place."""
    by_place: dict[str, str] = {}
    for problem in problems:
        by_place.setdefault(problem.split(": ")[0], problem)
    problems = list(by_place.values())
    shown = problems[:MAX_LISTED_PROBLEMS]
    more = len(problems) - len(shown)
    tail = f"\n  ... and {more} more problems" if more > 0 else ""
    header = f"{path}: {len(problems)} problem{'s' if len(problems) > 1 else ''}"
    return DataError(header + "\n  " + "\n  ".join(shown) + tail, problems)


def read_text(path: Path) -> str:
    """The file's text as UTF-8, refusing missing, huge, binary or non-UTF-8 files."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: file not found")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise DataError(f"{path}: file is {size / 1e6:.1f} MB, over the "
                        f"{MAX_FILE_BYTES / 1e6:.0f} MB limit for a data table")
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise DataError(f"{path}: file contains NUL bytes; it looks binary, not a CSV text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise DataError(f"{path}, line {line}: not valid UTF-8 (byte {raw[err.start]:#04x} at "
                        f"offset {err.start}); save the file as UTF-8") from None
    if not text.strip():
        raise DataError(f"{path}: file is empty")
    return text


def read_csv(path: Path, column_map: Mapping[str, str]) -> pd.DataFrame:
    """Rows as strings under the renamed columns; the header must match column_map exactly."""
    path = Path(path)
    text = read_text(path)
    header = csv_rows(path, text)[0]
    missing = [c for c in column_map if c not in header]
    extra = [c for c in header if c not in column_map]
    problems = [f"{where(path, column=c)}: required column is missing" for c in missing]
    problems += [f"{where(path, column=c)}: unexpected column (not in the table's schema)"
                 for c in extra]
    if len(set(header)) != len(header):
        problems.append(f"{path}, line 1: a column name appears twice")
    if problems:
        raise fail(path, problems)
    check_field_counts(path, text, len(header))
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=[])
    if frame.empty and not _HEADER_ONLY.get():
        raise DataError(f"{path}: the header is there but the table has no rows")
    frame = frame.apply(lambda col: col.str.strip())
    return frame.rename(columns=dict(column_map))[list(column_map.values())]


def csv_rows(path: Path, text: str) -> list[list[str]]:
    """Every row as the csv module reads it; a field it cannot read names its line."""
    reader = csv.reader(io.StringIO(text))
    try:
        return list(reader)
    except csv.Error as err:
        raise DataError(f"{path}, line {reader.line_num}: cannot be read as CSV ({err})") from None


def check_field_counts(path: Path, text: str, width: int) -> None:
    problems = []
    for index, fields in enumerate(csv_rows(path, text)):
        if index and fields and len(fields) != width:
            problems.append(f"{path}, line {index + 1}: {len(fields)} fields where the header "
                            f"has {width} (a stray comma or an unclosed quote?)")
    if problems:
        raise fail(path, problems)


def parse_partial_dates(frame: pd.DataFrame, column: str, path: Path, problems: list[str],
                        required: bool = True) -> None:
    """Turns 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' into a Timestamp (start of the period) and
    adds '<column>_precision' unless the table already states it."""
    values = frame[column]
    stamps = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
    precisions = pd.Series(None, index=frame.index, dtype="object")
    shaped = values.str.match(PARTIAL_DATE.pattern)
    for length, precision in PRECISION_BY_LENGTH.items():
        mask = shaped & values.str.len().eq(length)
        stamps[mask] = pd.to_datetime(values[mask], format=DATE_FORMATS[length],
                                      errors="coerce")
        precisions[mask] = precision
    for row in frame.index[values.ne("") & stamps.isna()]:
        problems.append(f"{where(path, row, column)}: '{rules.shown(values[row])}' is not a "
                        "date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    today = pd.Timestamp.today().normalize()
    outside = stamps.notna() & ((stamps > today) | (stamps < pd.Timestamp(rules.EARLIEST_DATE)))
    for row in frame.index[outside]:  # the rule itself says why, for the few rows outside
        if problem := rules.date_problem(stamps[row].date()):
            problems.append(f"{where(path, row, column)}: {problem}")
    if required:
        for row in frame.index[values.eq("")]:
            problems.append(f"{where(path, row, column)}: date is required")
    precisions[stamps.isna()] = None
    frame[column] = stamps
    stated = f"{column}_precision"
    if stated in frame.columns:
        clash = frame[stated].ne("") & precisions.notna() & frame[stated].ne(precisions)
        for row in frame.index[clash]:
            problems.append(f"{where(path, row, stated)}: says '{frame.at[row, stated]}' but "
                            f"the date is written to {precisions[row]} precision")
    else:
        frame[stated] = precisions


def period_end(stamps: pd.Series, precisions: pd.Series) -> pd.Series:
    """Last day of each date's period: 2014 (year) -> 2014-12-31."""
    offsets = {"year": pd.offsets.YearEnd(0), "month": pd.offsets.MonthEnd(0)}
    ends = stamps.copy()
    for precision, offset in offsets.items():
        mask = precisions.eq(precision) & stamps.notna()
        ends[mask] = stamps[mask] + offset
    return ends


def nullable_numbers(frame: pd.DataFrame, columns: Iterable[str], path: Path,
                     problems: list[str]) -> None:
    """Empty cells become NaN; anything else must be a number (commas are not accepted)."""
    for column in columns:
        numbers = pd.to_numeric(frame[column].replace("", None), errors="coerce")
        bad = frame[column].ne("") & numbers.isna()
        for row in frame.index[bad]:
            problems.append(f"{where(path, row, column)}: '{rules.shown(frame.at[row, column])}'"
                            " is not a number")
        for row in frame.index[numbers.notna() & ~numbers.abs().lt(float("inf"))]:
            problems.append(f"{where(path, row, column)}: '{frame.at[row, column]}' is not a "
                            "finite number")
        frame[column] = numbers.astype("float64")


def whole_numbers(frame: pd.DataFrame, columns: Iterable[str], path: Path,
                  problems: list[str]) -> None:
    """Counts must be whole: 85.5 members is a typing error, not 85."""
    for column in columns:
        values = frame[column]
        for row in frame.index[values.notna() & values.abs().lt(float("inf"))
                               & values.ne(values.round())]:
            problems.append(f"{where(path, row, column)}: {values[row]} is not a whole number")


def check_text(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    """Every cell: no control or bidi characters, no text past the length a cell may have."""
    for column in frame.columns:
        values = frame[column]
        suspect = (values.str.len().gt(rules.MAX_CELL_CHARS)
                   | values.str.contains(rules.REFUSED_CHARACTERS, regex=True))
        for row in frame.index[suspect]:
            if problem := rules.text_problem(values[row]):
                problems.append(f"{where(path, row, column)}: {problem}")


def booleans(frame: pd.DataFrame, column: str, path: Path, problems: list[str]) -> None:
    mapping = {"true": True, "false": False}
    lowered = frame[column].str.lower()
    for row in frame.index[~lowered.isin(list(mapping))]:
        problems.append(f"{where(path, row, column)}: '{rules.shown(frame.at[row, column])}' "
                        "is not true or false")
    frame[column] = lowered.map(mapping).fillna(False).astype(bool)


def blank_to_na(frame: pd.DataFrame, columns: Iterable[str]) -> None:
    for column in columns:
        frame[column] = frame[column].replace("", pd.NA)


def validate(frame: pd.DataFrame, schema: type[pa.DataFrameModel], path: Path,
             problems: list[str]) -> pd.DataFrame:
    """Runs the pandera schema lazily and adds one readable line per failure."""
    try:
        return schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        for case in err.failure_cases.itertuples():
            row = None if pd.isna(case.index) else int(case.index)
            problems.append(f"{where(path, row, str(case.column))}: {describe(case)}")
        return frame


def describe(case) -> str:
    check = str(case.check)
    value = case.failure_case
    value = f"{value:%Y-%m-%d}" if isinstance(value, pd.Timestamp) else rules.shown(value)
    if check.startswith("coerce_dtype("):
        return f"'{value}' cannot be read as {check[13:-1]}"
    if check.startswith("isin("):
        return f"'{value}' is not one of {check[5:-1]}"
    if check.startswith("greater_than_or_equal_to("):
        return f"{value} is below the minimum {check[25:-1]}"
    if check.startswith("greater_than("):
        return f"{value} must be more than {check[13:-1]}"
    if check.startswith("less_than_or_equal_to("):
        return f"{value} is above the maximum {check[22:-1]}"
    if check.startswith("in_range("):
        return f"{value} is outside the range {check[9:-1]}"
    if "not_nullable" in check:
        return "value is required"
    if "field_uniqueness" in check or check == "unique":
        return f"'{value}' appears more than once; it must be unique"
    if check.startswith("str_matches("):
        return f"'{value}' does not match the pattern {check[12:-1]}"
    return f"{check} failed for {value!r}"


def require_unique(frame: pd.DataFrame, columns: list[str], path: Path,
                   problems: list[str]) -> None:
    duplicated = frame.duplicated(subset=columns, keep="first")
    for row in frame.index[duplicated]:
        key = ", ".join(f"{c}={frame.at[row, c]}" for c in columns)
        problems.append(f"{where(path, row, columns[0])}: duplicate key ({key})")


def require_sources(frame: pd.DataFrame, source_ids: set[str], path: Path,
                    problems: list[str], columns: tuple[str, ...] = ("source_id",)) -> None:
    """Every cited id (single or ';'-separated) must resolve in sources.csv."""
    for column in columns:
        if column not in frame.columns:
            continue
        for row, cell in frame[column].items():
            if pd.isna(cell) or cell == "":
                if column == "source_id":
                    problems.append(f"{where(path, row, column)}: no source (every fact row "
                                    "needs a source_id)")
                continue
            for source_id in str(cell).split(";"):
                if source_id.strip() not in source_ids:
                    problems.append(f"{where(path, row, column)}: unknown source "
                                    f"'{source_id.strip()}' (not in sources.csv)")


def finish(frame: pd.DataFrame, path: Path, problems: list[str]) -> pd.DataFrame:
    if problems:
        raise fail(path, problems)
    return frame.reset_index(drop=True)


def as_categories(frame: pd.DataFrame, columns: Mapping[str, list[str]], path: Path,
                  problems: list[str]) -> None:
    """Fixed-vocabulary columns become categoricals; a value outside the vocabulary is a problem."""
    for column, categories in columns.items():
        unknown = frame[column].notna() & ~frame[column].isin(categories)
        for row in frame.index[unknown]:
            problems.append(f"{where(path, row, column)}: '{rules.shown(frame.at[row, column])}'"
                            f" is not one of {categories}")
        frame[column] = pd.Categorical(frame[column].where(~unknown), categories=categories)


def load_table(path: Path, column_map: Mapping[str, str], schema: type[pa.DataFrameModel],
               prepare, keys: list[str] | None = None, source_ids: set[str] | None = None,
               source_columns: tuple[str, ...] = ("source_id", "also_sources")) -> pd.DataFrame:
    """The one path every table takes: read, rename, coerce (prepare), validate, cross-check."""
    path = Path(path)
    frame = read_csv(path, column_map)
    problems: list[str] = []
    check_text(frame, path, problems)
    prepare(frame, path, problems)
    frame = validate(frame, schema, path, problems)
    if keys:
        require_unique(frame, keys, path, problems)
    if source_ids is None:
        source_ids = known_source_ids(path.parent / "sources.csv")
    require_sources(frame, source_ids, path, problems, source_columns)
    return finish(frame, path, problems)


def known_source_ids(sources_path: Path) -> set[str]:
    from loaders.sources import load_sources  # sources.py builds on this module

    return set(load_sources(sources_path)["source_id"])


def source_ids_of(sources: pd.DataFrame | None) -> set[str] | None:
    return None if sources is None else set(sources["source_id"])
