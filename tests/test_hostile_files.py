"""Hostile data files -> each refused with file, line, column and why; every other table loads."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from loaders import load_all

ROOT = Path(__file__).resolve().parents[1]


def edit_cell(path: Path, row: int, column: str, value: str) -> None:
    """Sets one cell of a CSV (data row `row`, 0-based) and writes the file back."""
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, rows = list(reader.fieldnames), list(reader)
    rows[row][column] = value
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def first_row(path: Path, **match) -> int:
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return next(i for i, r in enumerate(rows) if all(r[k] == v for k, v in match.items()))


USD_PLEDGE = {"currency": "USD", "status": "pledge"}
# (id, file, row selector (index or match), column, value, words in the message)
CELL_CASES = [
    ("inf_amount", "pledges.csv", USD_PLEDGE, "amount_usd", "inf", "not a finite number"),
    ("minus_inf", "pledges.csv", USD_PLEDGE, "amount_usd", "-inf", "not a finite number"),
    ("nan_amount", "pledges.csv", USD_PLEDGE, "amount_usd", "nan", "is not a number"),
    ("digits_308", "pledges.csv", USD_PLEDGE, "amount_usd", "9" * 308, "above the ceiling"),
    ("digits_400", "pledges.csv", USD_PLEDGE, "amount_usd", "9" * 400, "not a finite number"),
    ("absurd_9e14", "pledges.csv", USD_PLEDGE, "amount_usd", "9e14", "above the ceiling"),
    ("amount_words", "pledges.csv", USD_PLEDGE, "amount_usd", "five million", "not a number"),
    ("comma_amount", "pledges.csv", USD_PLEDGE, "amount_usd", "5,000,000", "not a number"),
    ("pledge_2099", "pledges.csv", 0, "date", "2099-01-01", "in the future"),
    ("pledge_1850", "pledges.csv", 0, "date", "1850-01-01", "before 1900"),
    ("month_13", "pledges.csv", 0, "date", "2023-13", "is not a date"),
    ("feb_31", "pledges.csv", 0, "date", "2023-02-31", "is not a date"),
    ("count_2099", "member_counts.csv", 0, "date", "2099-06-08", "in the future"),
    ("count_absurd", "member_counts.csv", 0, "count", "100000", "above the maximum"),
    ("count_negative", "member_counts.csv", 0, "count", "-3", "below the minimum"),
    ("count_fraction", "member_counts.csv", 0, "count", "85.5", "not a whole number"),
    ("camp_absurd", "camp_population.csv", 0, "population", "1e12", "above the maximum"),
    ("rlo_publisher", "sources.csv", 0, "publisher", "AP\u202eSSERP", "bidi control U+202E"),
    ("lri_title", "sources.csv", 0, "title", "\u2066title\u2069", "U+2066"),
    ("rlm_donor", "pledges.csv", 0, "donor", "\u200fUnited States", "U+200F"),
    ("nul_note", "events.csv", 0, "notes", "a\x07b", "control character U+0007"),
    ("escape_code", "members.csv", 0, "name", "\x1b[31mRed", "control character U+001B"),
    ("c1_control", "sites.csv", 0, "name_en", "Mo\x85sul", "control character U+0085"),
    ("long_note", "meetings.csv", 0, "notes", "x" * 5000, "over the limit"),
    ("javascript_url", "sources.csv", 0, "url", "javascript:alert(1)", "does not match"),
    ("data_url", "sources.csv", 0, "url", "data:text/html,<b>x</b>", "does not match"),
    ("spaced_url", "sources.csv", 0, "url", "http://a b.example/", "does not match"),
    ("bad_status", "pledges.csv", 0, "status", "<script>", "is not one of"),
    ("bad_boolean", "pledges.csv", 0, "converted", "yes", "is not true or false"),
    ("year_99999", "events.csv", 0, "date", "99999-03-01", "is not a date"),
    ("fx_2099", "fx_rates.csv", 0, "year", "2150", "above the maximum"),
]


@pytest.mark.parametrize(("file", "select", "column", "value", "words"),
                         [case[1:] for case in CELL_CASES], ids=[c[0] for c in CELL_CASES])
def test_hostile_cell_is_refused_where_it_is(data_copy, file, select, column, value, words):
    """The bad cell's table is set aside with file, line, column and reason; the other
    tables load (a broken sources.csv holds back the fact tables that cite it)."""
    path = data_copy / file
    row = select if isinstance(select, int) else first_row(path, **select)
    edit_cell(path, row, column, value)
    data = load_all(data_copy)
    table = path.stem
    message = str(data.problems[table])
    assert f"{path}, line {row + 2}, column '{column}'" in message
    assert words in message
    assert data.tables()[table].empty
    others = set(data.tables()) - {table}
    if table != "sources":
        assert not others & set(data.problems), data.problems.keys()
        assert all(len(data.tables()[name]) for name in others)
    assert len(message) < 2000, "a huge or hostile value is quoted cut short"


def test_five_megabyte_cell_is_a_message_not_a_traceback(data_copy):
    """A 5 MB cell (past the csv module's field limit) names its line; the check exits 1
    without a traceback and the other tables still load."""
    path = data_copy / "sources.csv"
    edit_cell(path, 3, "notes", "x" * 5_000_000)
    data = load_all(data_copy)
    assert f"{path}, line 5" in str(data.problems["sources"])
    run = subprocess.run([sys.executable, "-m", "loaders", "check", str(data_copy)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and "sources.csv, line 5" in run.stderr
    assert "fx_rates" not in data.problems or "sources" in str(data.problems["fx_rates"])


@pytest.mark.parametrize(("name", "content", "words"), [
    ("pledges.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "NUL bytes"),
    ("pledges.csv", "pledge_id\u00e9".encode("latin-1"), "not valid UTF-8"),
    ("events.csv", b"", "file is empty"),
    ("events.csv", b'event_id,date\n"unclosed,2020\n', "required column is missing"),
    ("members.csv", b"\xef\xbb\xbf" + b"member_id\n", "required column is missing"),
])
def test_broken_file_is_named_and_the_rest_loads(data_copy, name, content, words):
    """Binary, non-UTF-8, empty and malformed files are named; the other tables load."""
    (data_copy / name).write_bytes(content)
    data = load_all(data_copy)
    assert set(data.problems) == {Path(name).stem}
    assert words in str(data.problems[Path(name).stem])


def test_missing_geometry_leaves_the_tables(data_copy):
    """Without the boundaries folder, maps have no shapes but every table still loads."""
    shutil.rmtree(data_copy / "geo")
    data = load_all(data_copy)
    assert set(data.problems) == {"boundaries"}
    assert data.boundaries.admin1["features"] == []
    assert len(data.pledges)


def test_future_pledge_does_not_move_the_default_date(data_copy, monkeypatch):
    """A pledge dated 2099 is refused, so it cannot become every page's default as-of date."""
    from ui.state import latest_date

    edit_cell(data_copy / "pledges.csv", 0, "date", "2099-01-01")
    data = load_all(data_copy)
    assert "pledges" in data.problems
    assert latest_date(data) <= __import__("datetime").date.today()
