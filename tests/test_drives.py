"""Drive progress: shares honest about floors, "no later figure" instead of 0%, the page."""

from __future__ import annotations

import pandas as pd
import pytest
from apptest_helpers import open_page, shown_text

from charts import drives as dv
from loaders import load_all


@pytest.fixture(scope="module")
def data():
    return load_all()


def progress(data, as_of="2026-01-01"):
    return dv.drive_progress(data.drives, data.pledges, data.events, as_of).set_index("drive_id")


@pytest.mark.parametrize(("goal", "raised", "bound"), [
    ("exact", "exact", "exact"), ("exact", "more_than", "at_least"),
    ("more_than", "exact", "at_most"), ("more_than", "more_than", "unbounded"),
    ("about", "exact", "about"), ("exact", "less_than", "at_most")])
def test_share_bound(goal, raised, bound):
    assert dv.share_bound(goal, raised) == bound


def test_a_floor_raised_toward_an_exact_goal_is_at_least(data):
    row = progress(data).loc["drive_2022"]
    assert row["bound"] == "at_least" and row["share"] == pytest.approx(445 / 700)
    assert "at least 64%" in dv.progress_text(row, "en")


def test_riyadh_pledges_against_a_floor_goal_are_at_most_and_not_a_total(data):
    row = progress(data, "2023-06-08").loc["drive_2023"]
    assert row["basis"] == "pledges" and row["bound"] == "at_most"
    text = dv.progress_text(row, "en")
    assert "more than $601M" in text and "$148.7M" in text and "at most 25%" in text
    assert "no total for the drive found" in text


def test_a_drive_without_a_later_figure_says_so_and_draws_no_bar(data):
    table = progress(data)
    row = table.loc["drive_2019"]
    assert row["bound"] == "none" and pd.isna(row["share"])
    assert dv.share_text(row, "en") == "no later figure found"
    fig = dv.drive_progress_figure(table.reset_index(), data.sources, "2026-01-01")
    bar = fig.data[0]
    index = list(bar.y).index(dv.drive_name(row, "en"))
    assert bar.x[index] == 0 and bar.text[index] == "no later figure found"
    assert "0%" not in bar.text[index]


def test_floors_are_hatched_and_exact_shares_solid(data):
    table = progress(data).reset_index()
    fig = dv.drive_progress_figure(table, data.sources, "2026-01-01")
    shapes = dict(zip(fig.data[0].y, fig.data[0].marker.pattern.shape, strict=True))
    by_name = {dv.drive_name(r, "en"): r["bound"] for _, r in table.iterrows()}
    for name, bound in by_name.items():
        if bound in ("at_least", "at_most"):
            assert shapes[name] == "/", name
        elif bound in ("exact", "about"):
            assert shapes[name] == "", name
    assert "at_least" in set(by_name.values())


def test_the_as_of_date_hides_later_totals(data):
    before = progress(data, "2022-05-11").loc["drive_2022"]
    assert before["basis"] == "none"
    assert "drive_2023" not in progress(data, "2022-05-11").index


def test_drive_rows_carry_the_source_that_ties_them(data):
    rows = dv.drive_rows(data.drives, data.pledges, "drive_2018", "2026-01-01")
    assert list(rows["role"].astype(str)) == ["goal", "total", "pledge", "pledge"]
    saudi = rows[rows["pledge_id"] == "fund_037"].iloc[0]
    assert "al_monitor_02" in saudi["also_sources"].split(";")


def test_only_stabilisation_money_is_in_a_drive(data):
    linked = data.pledges[data.pledges["pledge_id"].isin(data.drives["pledge_id"])]
    assert set(linked["purpose"].astype(str)) == {"stabilisation"}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_funding_page_draws_drives_and_a_picked_drive(lang):
    at = open_page("pages/2_funding.py", as_of="2023-06-08", lang=lang,
                   funding_drive="drive_2022")
    assert not at.exception and not at.error
    titles = [shown_text(s.value) for s in at.subheader]
    assert any(("fundraising drive" in x) or ("حملة" in x) for x in titles)
    assert at.selectbox(key="funding_drive").value == "drive_2022"
    frames = [d.value for d in at.dataframe]
    assert any("fund_083" in set(f.get("pledge_id", [])) or f.astype(str).apply(
        lambda c: c.str.contains("445")).any().any() for f in frames)


def test_no_drive_is_open_until_one_is_picked():
    """The funding page draws the drive chart but no drive's rows table until one is chosen;
    choosing puts it in the URL."""
    at = open_page("pages/2_funding.py", as_of="2023-06-08")
    assert at.selectbox(key="funding_drive").value is None
    assert not any("role" in d.value.columns for d in at.dataframe)
    at.selectbox(key="funding_drive").set_value("drive_2023").run()
    assert at.query_params.get("funding_drive") in ("drive_2023", ["drive_2023"])
    assert any("role" in d.value.columns for d in at.dataframe)
