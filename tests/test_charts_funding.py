"""Tests for charts.funding: filters, the funding timeline, donor bars, summaries and table."""

from __future__ import annotations

import pandas as pd
import pytest

from charts import funding as fc
from loaders import load_all

RIYADH = pd.Timestamp("2023-06-08")
END_2024 = pd.Timestamp("2024-12-31")


@pytest.fixture(scope="module")
def data():
    """The real dataset, loaded once."""
    return load_all()


def money_traces(fig):
    """The traces that carry funding rows (ministerial markers excluded)."""
    return [tr for tr in fig.data if tr.meta and tr.meta.get("status")]


def test_one_trace_per_status_and_per_series(data):
    """Each non-cumulative status has exactly one trace; each cumulative series its own line."""
    fig = fc.funding_timeline_figure(data.pledges, data.events, data.sources, END_2024)
    traces = money_traces(fig)
    statuses = [tr.meta["status"] for tr in traces if tr.meta["status"] != "cumulative"]
    assert sorted(statuses) == sorted(["goal", "drive_total", "pledge", "contribution"])
    series = [tr.meta["series"] for tr in traces if tr.meta["status"] == "cumulative"]
    assert len(series) == len(set(series))
    known = data.pledges[data.pledges["date"] <= END_2024]
    assert set(series) == set(known.loc[known["status"] == "cumulative", "series"])


def test_no_trace_mixes_statuses_or_series(data):
    """Every point of a trace has the trace's status (and series for running totals)."""
    fig = fc.funding_timeline_figure(data.pledges, data.events, data.sources, END_2024)
    rows = data.pledges
    for trace in money_traces(fig):
        status, series = trace.meta["status"], trace.meta["series"]
        part = rows[rows["status"] == status]
        if series:
            part = part[part["series"] == series]
        assert len(trace.x) == len(part[part["date"] <= END_2024]), (status, series)
        for text in trace.text:
            assert text.startswith("<b>" + {"goal": "Goal", "pledge": "Pledge",
                                             "contribution": "Contribution",
                                             "drive_total": "Drive total",
                                             "cumulative": "Cumulative"}[status])


def test_hover_ends_with_source_publisher_and_date(data):
    """Hover text of every point ends with 'Source: Publisher, YYYY-MM-DD'."""
    fig = fc.funding_timeline_figure(data.pledges, data.events, data.sources, RIYADH)
    goal = next(tr for tr in fig.data if tr.meta and tr.meta.get("status") == "goal")
    riyadh = next(text for text in goal.text if "Riyadh" in text)
    assert riyadh.endswith("Source: US Embassy Syria, 2023-06-08")
    for trace in money_traces(fig):
        assert all(text.split("<br>")[-1].startswith("Source: ") for text in trace.text)


def test_more_than_rows_are_floors(data):
    """'More than' rows get an open marker and say 'more than' and 'floor' in the hover."""
    fig = fc.funding_timeline_figure(data.pledges, data.events, data.sources, RIYADH)
    goal = next(tr for tr in fig.data if tr.meta and tr.meta.get("status") == "goal")
    index = next(i for i, text in enumerate(goal.text) if "Riyadh" in text)
    assert goal.marker.symbol[index].endswith("-open")
    assert "more than $601M" in goal.text[index] and "floor" in goal.text[index]
    exact = next(i for i, text in enumerate(goal.text) if "Marrakech" in text)
    assert not goal.marker.symbol[exact].endswith("-open")


def test_axis_titles_and_log_scale(data):
    """Both axes are titled and amounts sit on a log axis labelled in dollars."""
    fig = fc.funding_timeline_figure(data.pledges, data.events, data.sources, RIYADH)
    assert fig.layout.yaxis.title.text == "US dollars (log scale)"
    assert fig.layout.xaxis.title.text == "Date announced or reported"
    assert fig.layout.yaxis.type == "log"
    assert "$1M" in fig.layout.yaxis.ticktext


def test_nothing_after_as_of(data):
    """With as_of 2023-06-08 the 2024 Washington $394M goal is absent; by end-2024 present."""
    early = fc.funding_timeline_figure(data.pledges, data.events, data.sources, RIYADH)
    late = fc.funding_timeline_figure(data.pledges, data.events, data.sources, END_2024)
    for fig, present in ((early, False), (late, True)):
        goal = next(tr for tr in fig.data if tr.meta and tr.meta.get("status") == "goal")
        assert (394e6 in list(goal.y)) is present
        dates = [pd.Timestamp(x) for tr in fig.data for x in tr.x]
        assert (max(dates) > RIYADH) is present


def test_title_states_riyadh_goal_and_us_pledge(data):
    """As of Riyadh 2023 the title names the more-than-$601M goal and the US $148.7M pledge."""
    fig = fc.funding_timeline_figure(data.pledges, data.events, data.sources, RIYADH)
    title = fig.layout.title.text
    assert "Riyadh 2023 set a goal of more than $601M" in title
    assert "United States pledged $148.7M" in title
    assert "As of 8 June 2023" in title


def test_ministerials_marked_up_to_as_of(data):
    """Ministerials appear as one event trace and light vertical lines, none after as_of."""
    fig = fc.funding_timeline_figure(data.pledges, data.events, data.sources, RIYADH)
    events = [tr for tr in fig.data if tr.meta and tr.meta.get("events")]
    assert len(events) == 1
    dates = [pd.Timestamp(x) for x in events[0].x]
    assert pd.Timestamp("2023-06-08") in dates and max(dates) <= RIYADH
    assert len(fig.layout.shapes) == len(dates)
    assert all(text.split("<br>")[-1].startswith("Source: ") for text in events[0].text)


def test_filters_years_recipients_statuses_donors_channel(data):
    """Each filter narrows the rows as documented; an empty status list matches nothing."""
    rows = fc.filter_pledges(data.pledges, as_of=RIYADH)
    assert rows["date"].max() <= RIYADH
    syria = fc.filter_pledges(data.pledges, as_of=RIYADH, recipients=["Syria"])
    assert set(syria["recipient"].astype(str)) == {"Syria"} and 0 < len(syria) < len(rows)
    years = fc.filter_pledges(data.pledges, years=(2018, 2019))
    assert set(years["date"].dt.year) == {2018, 2019}
    goals = fc.filter_pledges(data.pledges, statuses=["goal"])
    assert set(goals["status"].astype(str)) == {"goal"}
    assert fc.filter_pledges(data.pledges, statuses=[]).empty
    germany = fc.filter_pledges(data.pledges, donors=["Germany"])
    assert set(germany["donor"]) == {"Germany"}
    srtf = fc.filter_pledges(data.pledges, channel="srtf")
    assert len(srtf) and srtf["channel"].str.contains("SRTF|Syria Recovery", case=False).all()


def test_reconstruction_conference_can_be_hidden(data):
    """Without reconstruction rows the $30B Kuwait conference total is gone, other rows stay."""
    shown = fc.filter_pledges(data.pledges, reconstruction=True)
    hidden = fc.filter_pledges(data.pledges, reconstruction=False)
    assert 30e9 in set(shown["amount_usd"]) and 30e9 not in set(hidden["amount_usd"])
    assert len(shown) - len(hidden) == 5


def test_donor_breakdown_per_status_without_collectives(data):
    """Donor bars keep pledges and contributions apart and leave collective rows out."""
    rows = fc.filter_pledges(data.pledges, as_of=RIYADH)
    fig = fc.donor_breakdown_figure(rows, data.sources, RIYADH)
    assert [tr.meta["status"] for tr in fig.data] == ["pledge", "contribution"]
    donors = {d for tr in fig.data for d in tr.y}
    assert not any("collective" in d or "conference" in d for d in donors)
    totals = fc.donor_totals(rows)
    us_pledges = rows[(rows["donor"] == "United States") & (rows["status"] == "pledge")]
    us = totals[(totals["donor_iso3"] == "USA") & (totals["status"] == "pledge")]
    assert us["amount_usd"].iloc[0] == pytest.approx(us_pledges["amount_usd"].sum())
    assert all(text.split("<br>")[-1].startswith("Source: ")
               for tr in fig.data for text in tr.hovertext)
    assert "collective" in fc.donor_summary(rows).lower()


def test_summary_and_arabic_title(data):
    """The summary counts the rows shown; the Arabic title uses Arabic place and donor names."""
    rows = fc.filter_pledges(data.pledges, as_of=RIYADH)
    assert fc.funding_summary(rows).startswith(f"{len(rows)} funding rows")
    title = fc.funding_title(rows, data.events, "ar")
    assert "الرياض" in title and "الولايات المتحدة" in title and "148.7" in title
    assert fc.funding_summary(rows.iloc[0:0]).startswith("No funding rows")


def test_table_shows_qualifier_conversion_and_source(data):
    """The table keeps the qualifier, the converted flag with original currency, and the URL."""
    rows = fc.filter_pledges(data.pledges, as_of=RIYADH)
    table = fc.funding_table(rows, data.sources)
    assert set(fc.TABLE_COLUMNS) <= set(table.columns)
    riyadh = table[table["amount"] == "more than $601M"]
    assert riyadh["qualifier"].iloc[0] == "more than (floor)"
    assert riyadh["source_url"].iloc[0].startswith("http")
    converted = table[table["converted"]]
    assert len(converted) and converted["original"].str.match(r"^(EUR|GBP) ").all()
    fx = fc.fx_rows_used(rows, data.fx_rates)
    assert set(fx["currency"]) <= {"EUR", "GBP"} and len(fx)


def test_goal_from_a_report_is_stated_in_it_not_set_by_it(data):
    """A goal with no ministerial that day is 'stated in' its document, with its year once."""
    rows = fc.filter_pledges(data.pledges, as_of="2019-03-23", recipients=["Iraq", "Syria"])
    title = fc.funding_title(rows, data.events, "en")
    assert title.startswith("Goal stated in FFS Annual Report 2018: ")
    assert "2018 2018" not in title and "set a goal" not in title
