"""Loaders on the shipped data and on broken copies: every bad file names file, line, column."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from loaders import DATA_DIR, DataError, core, load_all, load_pledges, load_sources
from loaders import __main__ as cli

SEED = "northpress_2023_06_08"


@pytest.fixture(scope="module")
def data():
    """The shipped dataset, loaded once."""
    return load_all()


def rewrite(path: Path, change) -> None:
    """Applies change(rows) to a CSV's rows (a list of dicts) and writes it back."""
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, rows = list(reader.fieldnames), list(reader)
    fields = change(rows, fields) or fields
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def set_cell(row: int, column: str, value: str):
    def change(rows, fields):
        rows[row][column] = value
    return change


def drop_column(column: str):
    def change(rows, fields):
        for r in rows:
            r.pop(column)
        return [f for f in fields if f != column]
    return change


def add_column(column: str):
    def change(rows, fields):
        for r in rows:
            r[column] = "x"
        return [*fields, column]
    return change


def duplicate_row(row: int):
    def change(rows, fields):
        rows.append(dict(rows[row]))
    return change


def pledge_row(rows, **match) -> int:
    return next(i for i, r in enumerate(rows) if all(r[k] == v for k, v in match.items()))


def first_usd_row(rows, fields):
    index = pledge_row(rows, currency="USD", status="pledge")
    rows[index]["amount_usd"] = rows[index]["amount_original"] = "-5"


def mismatched_usd(rows, fields):
    index = pledge_row(rows, currency="USD", status="pledge")
    rows[index]["amount_usd"] = "1"


def cumulative_without_series(rows, fields):
    rows[pledge_row(rows, status="cumulative")]["series"] = ""


def double_counted(rows, fields):
    copy = dict(rows[pledge_row(rows, status="pledge")])
    copy["pledge_id"] = "fund_999"
    rows.append(copy)


def stale_conversion(rows, fields):
    index = pledge_row(rows, converted="true", currency="EUR")
    rows[index]["amount_usd"] = str(int(float(rows[index]["amount_usd"])) + 5000)


def rate_missing(rows, fields):
    rows[pledge_row(rows, converted="true", currency="EUR")]["currency"] = "CHF"


def write_bytes(content: bytes):
    def change(path: Path):
        path.write_bytes(content)
    return change


# (case id, file, change to its rows or to its bytes, expected words, line, column)
BAD_CASES = [
    ("missing_column", "pledges.csv", drop_column("status"), "required column is missing",
     None, "status"),
    ("unexpected_column", "members.csv", add_column("colour"), "unexpected column", None,
     "colour"),
    ("bad_date", "pledges.csv", set_cell(4, "date", "2023-13-45"), "is not a date", 6, "date"),
    ("negative_amount", "pledges.csv", first_usd_row, "below the minimum", None, "amount_"),
    ("unknown_source", "members.csv", set_cell(2, "source_id", "nowhere_99"), "unknown source",
     4, "source_id"),
    ("duplicate_id", "members.csv", duplicate_row(0), "more than once", None, "member_id"),
    ("outside_region", "sites.csv", set_cell(0, "lat", "51.5"), "outside Syria/Iraq", 2, "lat"),
    ("end_before_start", "sites.csv", set_cell(0, "liberated_end", "2015-01-01"),
     "ends (2015-01-01) before it starts", 2, "liberated_end"),
    ("bad_status", "pledges.csv", set_cell(3, "status", "promised"), "'promised' is not one of",
     5, "status"),
    ("amount_not_number", "pledges.csv", set_cell(3, "amount_original", "lots"),
     "'lots' is not a number", 5, "amount_original"),
    ("no_source", "meetings.csv", set_cell(1, "source_id", ""), "no source", 3, "source_id"),
    ("usd_mismatch", "pledges.csv", mismatched_usd, "must carry the same amount", None,
     "amount_usd"),
    ("stale_conversion", "pledges.csv", stale_conversion, "at the 2016 rate 1.1069", None,
     "amount_usd"),
    ("no_fx_rate", "pledges.csv", rate_missing, "has no CHF rate for 2016", None,
     "amount_usd"),
    ("cumulative_without_series", "pledges.csv", cumulative_without_series, "running total",
     None, "series"),
    ("double_count", "pledges.csv", double_counted, "count it twice", None, "amount_usd"),
    ("count_not_number", "member_counts.csv", set_cell(0, "count", "eighty"),
     "'eighty' is not a number", 2, "count"),
    ("state_without_iso3", "members.csv", set_cell(2, "iso3", ""), "needs its ISO3 code", 4,
     "iso3"),
    ("precision_mismatch", "pledges.csv", set_cell(0, "date", "2015-12"),
     "says 'day' but the date is written to month precision", 2, "date_precision"),
    ("title_ar_not_arabic", "events.csv", set_cell(0, "title_ar", "Coalition"),
     "does not match", 2, "title_ar"),
    ("zero_fx_rate", "fx_rates.csv", set_cell(0, "usd_per_unit", "0"), "", 2, "usd_per_unit"),
    ("bad_url", "sources.csv", set_cell(0, "url", "not a url"), "does not match", 2, "url"),
    ("test_host", "sources.csv", set_cell(1, "url", "https://uat.state.gov/r/pa/x.htm"),
     "test or staging host", 3, "url"),
    ("uatweb_host", "sources.csv", set_cell(1, "url", "https://uatweb.usaid.gov/reports/x"),
     "'uatweb.usaid.gov' is a test or staging host", 3, "url"),
    ("staging_original", "sources.csv", set_cell(0, "original_url", "https://staging.state.gov/a"),
     "test or staging host", 2, "original_url"),
    ("localhost", "sources.csv", set_cell(1, "url", "http://localhost:8501/funding"),
     "test or staging host", 3, "url"),
    ("listing_page", "sources.csv", set_cell(1, "url", "https://example.org/analysis?page=273"),
     "listing or search-results page", 3, "url"),
    ("tag_page", "sources.csv", set_cell(1, "url", "https://briefly.co/tag/tabqa"),
     "listing or search-results page", 3, "url"),
    ("search_page", "sources.csv", set_cell(1, "url", "https://example.org/search?q=isis"),
     "listing or search-results page", 3, "url"),
    ("category_page", "sources.csv", set_cell(1, "url", "https://example.org/category/iraq/"),
     "listing or search-results page", 3, "url"),
    ("copy_without_original", "sources.csv", set_cell(0, "original_publisher", ""),
     "a copy must name the publisher", 2, "original_publisher"),
    ("original_on_a_non_copy", "sources.csv", set_cell(1, "original_publisher", "Reuters"),
     "only a copy has an original publisher", 3, "original_publisher"),
    ("unknown_tier", "sources.csv", set_cell(1, "tier", "blog"), "'blog' is not one of", 3,
     "tier"),
    ("mirror_kind", "sources.csv", set_cell(1, "kind", "mirror"), "'mirror' is now tier=copy", 3,
     "kind"),
    ("untitled_page", "sources.csv", set_cell(1, "title", "Untitled page on politico.com"),
     "give the page's own title", 3, "title"),
    ("title_from_address", "sources.csv",
     set_cell(1, "title", "John kerry us coalition isil 110626"),
     "only the words of its address", 3, "title"),
    ("unknown_purpose", "pledges.csv", set_cell(3, "purpose", "charity"),
     "'charity' is not one of", 5, "purpose"),
    ("unknown_camp", "camp_population.csv", set_cell(0, "site_id", "sy_nowhere"),
     "unknown site 'sy_nowhere'", 2, "site_id"),
    ("unknown_governorate", "sites.csv", set_cell(0, "governorate", "Atlantis"),
     "is not a governorate", 2, "governorate"),
    ("territory_absurd_area", "territory.csv", set_cell(0, "area_km2", "9000000"), "", 2,
     "area_km2"),
    ("territory_area_not_number", "territory.csv", set_cell(0, "area_km2", "vast"),
     "'vast' is not a number", 2, "area_km2"),
    ("territory_unknown_measure", "territory.csv", set_cell(0, "measure", "lost"),
     "'lost' is not one of", 2, "measure"),
    ("territory_unknown_scope", "territory.csv", set_cell(0, "scope", "levant"),
     "'levant' is not one of", 2, "scope"),
    ("territory_measurer_markup", "territory.csv", set_cell(0, "measurer", "<b>IHS</b>"),
     "does not match", 2, "measurer"),
    ("drive_two_goals", "drives.csv", set_cell(1, "role", "goal"),
     "needs exactly one goal row (has 2)", 2, "role"),
    ("drive_unknown_pledge", "drives.csv", set_cell(0, "pledge_id", "fund_999"),
     "unknown pledges row 'fund_999'", 2, "pledge_id"),
    ("drive_total_is_a_pledge", "drives.csv", set_cell(1, "pledge_id", "fund_092"),
     "a total row must point at a drive_total row, not a pledge", 3, "pledge_id"),
    ("drive_counts_other_money", "drives.csv", set_cell(11, "pledge_id", "fund_086"),
     "counter_terrorism money; a drive counts stabilisation money only", 13, "pledge_id"),
    ("drive_unknown_role", "drives.csv", set_cell(1, "role", "hope"), "'hope' is not one of", 3,
     "role"),
    ("ragged_row", "sources.csv", None, "fields where the header has", 3, None),
    ("wrong_encoding", "members.csv", write_bytes("name,kind\nC\u00f4te,state\n".encode(
        "latin-1")), "not valid UTF-8", 2, None),
    ("empty_file", "meetings.csv", write_bytes(b""), "file is empty", None, None),
    ("header_only", "events.csv", write_bytes(
        b"event_id,date,date_precision,category,title_en,title_ar,source_id,notes\n"),
     "has no rows", None, None),
    ("binary_file", "sites.csv", write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"), "NUL bytes", None,
     None),
]


def apply_case(folder: Path, name: str, change) -> Path:
    path = folder / name
    if name == "sources.csv" and change is None:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        lines[2] = lines[2].rstrip("\n") + ",extra\n"
        path.write_text("".join(lines), encoding="utf-8")
    elif getattr(change, "__name__", "") == "change" and change.__code__.co_argcount == 1:
        change(path)
    else:
        rewrite(path, change)
    return path


@pytest.mark.parametrize(("name", "change", "words", "line", "column"),
                         [case[1:] for case in BAD_CASES], ids=[c[0] for c in BAD_CASES])
def test_bad_file_is_refused_with_file_line_and_column(data_copy, name, change, words, line,
                                                       column):
    """A broken table is set aside with a DataError naming the file, the line and the column
    at fault; every other table still loads (the fact tables wait on a broken sources.csv)."""
    path = apply_case(data_copy, name, change)
    data = load_all(data_copy)
    table = path.stem
    expected = set(data.tables()) if table == "sources" else {table}
    assert set(data.problems) == expected
    assert data.tables()[table].empty
    message = str(data.problems[table])
    assert str(path) in message
    assert words in message
    if line is not None:
        assert f"line {line}" in message
    if column is not None:
        assert f"column '{column}" in message


def test_missing_file_is_named(data_copy):
    """A table that is not there is reported as missing, with its path; strict loading raises."""
    (data_copy / "events.csv").unlink()
    assert "events.csv: file not found" in str(load_all(data_copy).problems["events"])
    with pytest.raises(DataError, match=r"events\.csv: file not found"):
        load_all(data_copy, strict=True)


def test_huge_file_is_refused(data_copy, monkeypatch):
    """A file over the size limit is refused before it is parsed."""
    monkeypatch.setattr(core, "MAX_FILE_BYTES", 1000)
    with pytest.raises(DataError, match="over the 0 MB limit"):
        load_sources(data_copy / "sources.csv")


def test_all_problems_reported_at_once(data_copy):
    """Validation is lazy: two broken rows give two messages in one error."""
    rewrite(data_copy / "pledges.csv", set_cell(3, "status", "promised"))
    rewrite(data_copy / "pledges.csv", set_cell(5, "amount_original", "lots"))
    with pytest.raises(DataError) as caught:
        load_pledges(data_copy / "pledges.csv")
    assert len(caught.value.problems) == 2


def test_check_command_passes_on_shipped_data(capsys):
    """`python -m loaders check` summarises every table and exits 0 on the shipped data."""
    assert cli.main(["check"]) == 0
    out = capsys.readouterr().out
    for table in ("pledges", "members", "member_counts", "sites", "events", "sources"):
        assert table in out
    assert "goal: 8" in out and "OK" in out


@pytest.mark.parametrize(("name", "change", "words", "line", "column"),
                         [case[1:] for case in BAD_CASES[:6]], ids=[c[0] for c in BAD_CASES[:6]])
def test_check_command_fails_with_messages(data_copy, capsys, name, change, words, line, column):
    """`python -m loaders check DIR` exits 1 and prints the problem on a broken copy."""
    apply_case(data_copy, name, change)
    assert cli.main(["check", str(data_copy)]) == 1
    assert words in capsys.readouterr().err


def test_every_fact_row_cites_a_known_source():
    """Provenance: each row of each CSV in data/ (but sources.csv) resolves its source ids."""
    with open(DATA_DIR / "sources.csv", newline="", encoding="utf-8") as handle:
        known = {row["source_id"] for row in csv.DictReader(handle)}
    checked = 0
    for path in sorted(DATA_DIR.glob("*.csv")):
        if path.name == "sources.csv":
            continue
        with open(path, newline="", encoding="utf-8") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=2):
                ids = [row["source_id"]] + [
                    s for c in ("also_sources", "closed_source_id") for s in
                    (row.get(c) or "").split(";") if s]
                assert row["source_id"], f"{path.name} line {number}: no source_id"
                unknown = [s for s in ids if s not in known]
                assert not unknown, f"{path.name} line {number}: unknown {unknown}"
                checked += 1
    assert checked > 400


def test_geojson_features_cite_known_sources(data):
    """Every bundled boundary feature names a source that sources.csv holds."""
    known = set(data.sources["source_id"])
    for layer in (data.boundaries.admin1, data.boundaries.region_countries,
                  data.boundaries.world_countries):
        assert {f["properties"]["source_id"] for f in layer["features"]} <= known


def test_reference_facts_reproduced(data):
    """The headline facts of the research dossier come out of load_all() as recorded."""
    members = data.members.set_index("name")
    assert len(members) == 87
    assert members.at["Togo", "joined"] == pd.Timestamp("2023-06-08")
    assert members.at["Syria", "joined"] == pd.Timestamp("2025-11-10")
    pledges = data.pledges
    riyadh = pledges[(pledges["date"] == "2023-06-08") & (pledges["status"] == "goal")].iloc[0]
    assert riyadh["amount_usd"] == 601_000_000 and riyadh["qualifier"] == "more_than"
    us = pledges[(pledges["date"] == "2023-06-08") & (pledges["donor"] == "United States")]
    assert us["amount_usd"].tolist() == [148_700_000]
    washington = pledges[(pledges["date"] == "2024-09-30") & (pledges["status"] == "goal")]
    assert washington["amount_usd"].tolist() == [394_000_000]
    seed = pledges[pledges["also_sources"].fillna("").str.contains(SEED)].iloc[0]
    assert (seed["amount_usd"], seed["status"], seed["period"]) == (445e6, "drive_total", "2022")


def test_both_member_totals_kept_for_riyadh(data):
    """The seed's 85 and the communique's 86 on 2023-06-08 are both claims in the data."""
    day = data.member_counts[data.member_counts["date"] == "2023-06-08"]
    assert set(day["count"]) == {85, 86}
    assert SEED in set(day["source_id"])


def test_converted_amounts_use_cited_rates(data):
    """EUR/GBP rows reported without USD are converted with fx_rates and flagged converted."""
    converted = data.pledges[data.pledges["converted"]]
    assert not converted.empty and (converted["currency"] != "USD").all()
    rates = data.fx_rates.set_index(["currency", "year"])["usd_per_unit"]
    for row in converted.itertuples():
        expected = row.amount_original * rates[(row.currency, row.date.year)]
        assert row.amount_usd == pytest.approx(expected, rel=1e-9, abs=1)


def test_dates_keep_their_precision(data):
    """A year-only join keeps 'year' precision and its window ends on the period's last day."""
    members = data.members.set_index("name")
    assert members.at["Afghanistan", "joined_precision"] == "year"
    assert members.at["Afghanistan", "joined_end"] == pd.Timestamp("2016-12-31")
    assert data.pledges["status"].dtype == "category"


def test_check_is_reproducible_from_a_fresh_process():
    """The command line entry point runs as documented and exits 0."""
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-m", "loaders", "check"], capture_output=True,
                            text=True, cwd=Path(__file__).resolve().parents[1], timeout=120)
    assert result.returncode == 0, result.stderr
    assert "every source_id resolves" in result.stdout


def test_check_prints_share_of_rows_by_best_tier(capsys):
    """The check prints, per fact table, the share of rows by their best source tier."""
    assert cli.main(["check"]) == 0
    out = capsys.readouterr().out
    for table in ("meetings", "pledges", "members", "camp_population", "stabilization_areas"):
        line = next(x for x in out.splitlines() if x.startswith(table) and "best source" in x)
        shares = [int(part.split()[-1].rstrip("%")) for part in line.split(": ", 1)[1].split(", ")]
        assert 98 <= sum(shares) <= 102, line
    assert "fact rows resting only on copies" in out and "known gap: members.csv" in out


def test_copy_standing_alone_without_reason_fails_check(data_copy, capsys):
    """A fact whose only source is a copy with no gap_reason fails the check, naming it."""
    # The first member row is made to rest on the archived copy alone, whatever it cites now.
    rewrite(data_copy / "members.csv", lambda rows, fields: rows[0].update(
        source_id="megalodon_01", also_sources=""))
    rewrite(data_copy / "sources.csv", lambda rows, fields: next(
        r.update(gap_reason="") for r in rows if r["source_id"] == "megalodon_01"))
    assert cli.main(["check", str(data_copy)]) == 1
    captured = capsys.readouterr()
    assert "members.csv lines 2" in captured.out and "NO REASON RECORDED" in captured.out
    assert "no gap_reason says why" in captured.err


def test_shipped_sources_have_titles_tiers_and_originals(data):
    """No 'Untitled page' is left, and every copy names the publisher it copies."""
    sources = data.sources
    assert not sources["title"].str.startswith("Untitled page").any()
    copies = sources[sources["tier"] == "copy"]
    assert len(copies) and copies["original_publisher"].ne("").all()
    assert set(sources["tier"].astype(str)) == {"official", "wire", "news", "copy"}


def test_restricted_keeps_rows_with_any_official_or_wire_source(data):
    """restricted() keeps a fact row when its source_id or an also_source is official or wire."""
    from loaders import tiers

    assert tiers.restricted(data, "all") is data
    kept = tiers.restricted(data, "official_wire")
    strong = set(data.sources.loc[data.sources["tier"].isin(["official", "wire"]), "source_id"])
    for name, frame in tiers.fact_tables(data).items():
        expected = tiers.cited(frame).map(lambda ids: bool(set(ids) & strong))
        if name != "camp_population":
            assert len(getattr(kept, name)) == int(expected.sum()), name
        assert tiers.best_tiers(getattr(kept, name), data.sources).isin(
            ["official", "wire"]).all(), name
    pledge = kept.pledges.set_index("pledge_id")
    assert "fund_086" not in pledge.index  # news and a copy only: left out
    assert "fund_055" in pledge.index
    assert kept.fx_rates is data.fx_rates and kept.governorates is data.governorates
    assert kept.camp_population["site_id"].isin(kept.sites["site_id"]).all()


def test_money_purpose_reviewed_for_riyadh_2023(data):
    """The UK's Riyadh money is counter-terrorism and humanitarian, not stabilisation."""
    pledges = data.pledges.set_index("pledge_id")
    assert pledges.at["fund_086", "purpose"] == "counter_terrorism"
    assert pledges.at["fund_087", "purpose"] == "humanitarian"
    assert pledges.at["fund_085", "purpose"] == "stabilisation"
    assert pledges.at["fund_007", "qualifier"] == "more_than"


@pytest.mark.parametrize(("title", "url", "made_up"), [
    ("John kerry us coalition isil 110626",
     "https://www.politico.com/story/2014/09/john-kerry-us-coalition-isil-110626", True),
    ("Nato to formally join anti isil coalition",
     "https://www.aljazeera.com/news/2017/5/25/nato-to-formally-join-anti-isil-coalition", True),
    ("NATO to formally join anti-ISIL coalition",
     "https://www.aljazeera.com/news/2017/5/25/nato-to-formally-join-anti-isil-coalition", False),
    ("Joint Statement", "https://example.org/joint-statement-of-the-ministers", False),
    ("[UNDP release on Greece's contribution]", "https://www.undp.org/ar/node/64786", False),
])
def test_title_made_from_the_address_is_recognised(title, url, made_up):
    """A title that is only the address's words, sentence-cased, is told apart from the page's
    own title (which keeps its capitals and punctuation), a short one and a bracketed note."""
    from loaders.sources import title_from_address

    assert title_from_address(title, url) is made_up
