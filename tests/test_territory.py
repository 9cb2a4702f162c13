"""Territory held over time: measurers kept apart, retaken figures off the held chart, the
as-of date marked, places retaken on the same time axis; the map page draws it."""

from __future__ import annotations

import pandas as pd
import pytest
from apptest_helpers import chart_titles, open_page

from charts import territory as tr
from loaders import load_all


@pytest.fixture(scope="module")
def data():
    return load_all()


def held_traces(fig):
    return [d for d in fig.data if d.yaxis in (None, "y") and d.name != "Places retaken"]


def test_one_line_per_measurer_and_scope_never_joined(data):
    fig = tr.territory_figure(data.territory, data.sites, data.sources, "2026-01-01")
    held = data.territory[data.territory["measure"] == "held"]
    expected = held.groupby(["measurer", "scope"], observed=True).size()
    traces = held_traces(fig)
    assert len(traces) == len(expected)
    for trace in traces:
        measurer = trace.legendgroup
        assert set(held[held["area_km2"].isin(trace.y)]["measurer"]) >= {measurer}
        group = held[(held["measurer"] == measurer)]
        assert len(trace.x) <= len(group)


def test_retaken_figures_are_not_on_the_held_chart(data):
    fig = tr.territory_figure(data.territory, data.sites, data.sources, "2026-01-01")
    drawn = {y for trace in held_traces(fig) for y in trace.y}
    retaken = data.territory[data.territory["measure"] == "retaken_cumulative"]
    only_retaken = set(retaken["area_km2"]) - set(
        data.territory[data.territory["measure"] == "held"]["area_km2"])
    assert only_retaken and not (only_retaken & drawn)


def test_as_of_hides_later_figures_and_is_marked(data):
    fig = tr.territory_figure(data.territory, data.sites, data.sources, "2016-01-01")
    dates = [pd.Timestamp(x) for trace in fig.data for x in trace.x]
    assert max(dates) <= pd.Timestamp("2016-01-01")
    assert any(shape.x0 == pd.Timestamp("2016-01-01") for shape in fig.layout.shapes)
    assert "78,000" in fig.layout.title.text


def test_places_retaken_share_the_time_axis(data):
    fig = tr.territory_figure(data.territory, data.sites, data.sources, "2017-07-10")
    places = [d for d in fig.data if d.name == "Places retaken"]
    assert len(places) == 1 and places[0].yaxis == "y2"
    assert fig.layout.xaxis2.matches == "x" or fig.layout.xaxis.matches == "x2"
    mosul = [c for c in places[0].customdata if c[0] == "Mosul"]
    assert mosul and mosul[0][1] == "2017-07-10"


def test_hover_escapes_a_hostile_measurer_name(data):
    hostile = data.territory.copy()
    hostile.loc[0, "measurer"] = "ihs_conflict_monitor"
    names = data.sites.copy()
    names.loc[names.index[0], "name_en"] = "<img src=x onerror=alert(1)>"
    fig = tr.territory_figure(hostile, names, data.sources, "2026-01-01")
    text = str(fig.to_plotly_json())
    assert "<img" not in text


def test_table_lists_both_measures_with_sources(data):
    table = tr.territory_table(data.territory, data.sources, "2026-01-01")
    assert set(table["measure"]) == {"Area held", "Ground retaken (cumulative)"}
    assert table["source"].str.len().gt(0).all()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_map_page_draws_the_territory_chart(lang):
    at = open_page("pages/4_map.py", as_of="2017-07-10", lang=lang)
    assert not at.exception and not at.error
    titles = chart_titles(at)
    assert any("90,800" in title for title in titles)
