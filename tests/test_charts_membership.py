"""Membership builders as objects: growth steps and stated totals by as-of, joins, map, table."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from apptest_helpers import shown_text

from charts import membership as mc
from loaders import load_all


@pytest.fixture(scope="module")
def data():
    """The bundled dataset, loaded once."""
    return load_all()


def growth(data, as_of, lang="en"):
    return mc.membership_growth_figure(data.members, data.member_counts, data.sources,
                                       data.events, as_of, lang)


def trace(fig, name):
    return next(tr for tr in fig.data if tr.name == name and tr.showlegend is not False)


def stated_points(fig) -> list[tuple[pd.Timestamp, int]]:
    stated = {"Stated: official", "Stated: news", 'Stated floor ("more than")'}
    return [(pd.Timestamp(x), int(y)) for tr in fig.data if tr.name in stated
            for x, y in zip(tr.x, tr.y, strict=True)]


def test_step_reaches_87_with_syria_and_togo(data):
    """With as_of 2026-02-28 the identified step line reaches 87 (Togo and Syria included)."""
    fig = growth(data, "2026-02-28")
    steps = trace(fig, "Identified by name")
    assert max(steps.y) == 87
    names = " ".join(" ".join(map(str, c)) for tr in fig.data if tr.customdata is not None
                     for c in tr.customdata)
    assert "Togo" in names and "Syria" in names
    assert fig.layout.title.text.startswith("90 members stated on 9 February 2026; 87 identified")


def test_riyadh_day_has_85_identified_and_both_stated_totals(data):
    """On 2023-06-08: 85 identified, stated points 85 and 86 that day, title says so."""
    fig = growth(data, "2023-06-08")
    assert max(trace(fig, "Identified by name").y) == 85
    that_day = {count for day, count in stated_points(fig)
                if day == pd.Timestamp("2023-06-08")}
    assert that_day == {85, 86}
    assert fig.layout.title.text.startswith("86 members stated on 8 June 2023; 85 identified")


def test_gap_note_names_the_unidentified_accessions(data):
    """The gap annotation says 3 are unnamed: the 85th, the 87th and one of the 88th/89th."""
    notes = " ".join(a.text for a in growth(data, "2026-02-28").layout.annotations)
    assert "3 stated members not identified" in notes
    assert "85th" in notes and "87th" in notes and "88th/89th" in notes
    summary = mc.membership_summary(data.members, data.member_counts, data.sources,
                                    "2026-02-28")
    assert "85th" in summary and "88th/89th" in summary


def test_nothing_after_as_of(data):
    """With as_of 2016-01-01: no Togo, no point after it, title from the total stated by then."""
    fig = growth(data, "2016-01-01")
    cutoff = pd.Timestamp("2016-01-01")
    for tr in fig.data:
        assert all(pd.Timestamp(x) <= cutoff for x in tr.x), tr.name
    names = " ".join(str(c) for tr in fig.data if tr.customdata is not None
                     for c in tr.customdata)
    assert "Togo" not in names and "Syria" not in names
    assert fig.layout.title.text.startswith("65 members stated on 7 December 2015")
    assert all(day <= cutoff for day, _ in stated_points(fig))


def test_stated_hover_names_publisher_and_source_kind_by_marker(data):
    """Stated-total hover ends with 'Source: Publisher, date'; official and news differ."""
    fig = growth(data, "2023-06-08")
    official, news = trace(fig, "Stated: official"), trace(fig, "Stated: news")
    assert official.marker.symbol != news.marker.symbol
    assert official.hovertemplate.removesuffix("<extra></extra>").split("<br>")[-1].startswith(
        "Source:")
    riyadh = [c for c in official.customdata if "Joint communique" in c[2]]
    assert riyadh and riyadh[0][4] == "Global Coalition against Daesh, 2023-06-08"
    core = trace(fig, "Core group (not total)")
    assert core.marker.symbol not in (official.marker.symbol, news.marker.symbol)


def test_lower_bound_shown_as_floor(data):
    """A 'more than 50' claim is its own trace and the title says 'More than 50'."""
    fig = growth(data, "2014-10-15")
    floors = trace(fig, 'Stated floor ("more than")')
    assert 50 in list(floors.y)
    assert fig.layout.title.text.startswith("More than 50 members stated on 24 September 2014")


def test_joins_by_region_and_kind(data):
    """Bars per year sum to the identified members; the kind split has states and orgs."""
    by_region = mc.joins_by_year_figure(data.members, "region", "2023-06-08", "en",
                                        data.sources)
    bars = [tr for tr in by_region.data if tr.type == "bar"]
    assert sum(sum(tr.y) for tr in bars) == 85
    assert len({tr.marker.pattern.shape for tr in bars}) == len(bars)
    by_kind = mc.joins_by_year_figure(data.members, "kind", "2023-06-08", "en", data.sources)
    assert {tr.name for tr in by_kind.data if tr.type == "bar"} == {"State", "Organisation"}
    assert "Source:" in bars[0].hovertemplate


def test_world_deck_offline_and_members_coloured(data):
    """No map provider or style URL; members coloured unlike non-members; tooltip cites."""
    deck = mc.membership_world_deck(data.members, data.boundaries,
                                    data.sources, "2023-06-08")
    spec = json.loads(deck.to_json())
    assert spec.get("mapProvider") is None
    assert "mapbox" not in deck.to_json() and "carto" not in deck.to_json()
    features = {f["properties"]["iso3"]: f["properties"]
                for f in spec["layers"][0]["data"]["features"]}
    assert features["TGO"]["fill"] != features["RUS"]["fill"]
    assert features["RUS"]["fill"] == mc.NON_MEMBER_RGB
    assert features["USA"]["fill"] != features["TGO"]["fill"]
    assert "Source:" in features["TGO"]["source"]
    syria = features["SYR"]
    assert syria["fill"] == mc.NON_MEMBER_RGB


def test_organisations_listed_beside_the_map(data):
    """EU, NATO, Arab League, INTERPOL and CEN-SAD are listed with their join dates."""
    lines = shown_text(" ".join(mc.organisation_lines(data.members, data.sources, "2023-06-08")))
    for name in ("European Union", "NATO", "Arab League", "INTERPOL", "CEN-SAD"):
        assert name in lines
    assert "25 May 2017" in lines


def test_filter_and_table(data):
    """Region and year filters narrow the rows; joined dates print at their precision."""
    africa = mc.filter_members(data.members, "2023-06-08", ["Africa"], (2017, 2023))
    assert set(africa["region"].astype(str)) == {"Africa"}
    assert africa["joined"].dt.year.between(2017, 2023).all()
    table = mc.member_table(mc.filter_members(data.members, "2023-06-08"), data.sources)
    joined = dict(zip(table["name"], table["joined"], strict=True))
    assert joined["Togo"] == "8 June 2023"
    assert joined["Albania"] == "2014"
    assert joined["Cameroon"] == "November 2017"
    assert list(table.columns) == mc.TABLE_COLUMNS
    assert table["link"].str.startswith("http").all()


def test_arabic_title_reads_right_to_left(data):
    """The Arabic title starts with a right-to-left mark so its leading number stays right."""
    title = growth(data, "2023-06-08", "ar").layout.title.text
    assert title.startswith("\u200f86")


def test_joins_title_accounts_for_members_who_joined_before_the_peak_year(data):
    """Filtered to Africa by 2019, the peak year is not the founding year: the title says how
    many joined earlier as well as later, so none are silently left out."""
    shown = mc.identified_by(mc.filter_members(data.members, "2019-03-23", ["Africa"], None),
                             "2019-03-23")
    title = mc.joins_title(shown, "region", "en")
    peak_year = shown["joined"].dt.year.value_counts().idxmax()
    earlier = int((shown["joined"].dt.year < peak_year).sum())
    assert earlier and f"({earlier} earlier)" in title
