"""Overview builders, provenance helpers, reconciliation tables, as-of answers and formatting."""

from __future__ import annotations

import pandas as pd
import pytest

from catalog import format_date, format_usd, t
from catalog import strings as _strings  # noqa: F401  (the package must import cleanly)
from charts import overview, provenance, reconcile
from loaders import load_all
from loaders.asof import funding_known_by, membership_snapshot


@pytest.fixture(scope="module")
def data():
    """The shipped dataset, loaded once."""
    return load_all()


def test_riyadh_day_membership_snapshot(data):
    """On 2023-06-08: official 86, 85 identified (Togo in), the day's claims disagree."""
    snap = membership_snapshot(data.members, data.member_counts, data.sources, "2023-06-08")
    assert snap.stated_total == 86
    assert snap.identified_count == 85
    assert "Togo" in set(snap.identified["name"])
    assert snap.disputed and set(snap.claims["count"]) == {85, 86}
    assert snap.gap == 1


def test_latest_snapshot_has_three_unidentified(data):
    """After Syria joined (90 stated), 87 members are named and three accessions are not."""
    snap = membership_snapshot(data.members, data.member_counts, data.sources, "2026-02-28")
    assert (snap.stated_total, snap.identified_count, snap.gap) == (90, 87, 3)


def test_funding_known_by_excludes_later_rows(data):
    """Rows announced after the as-of date are not known on it."""
    known = funding_known_by(data.pledges, "2023-06-08")
    assert known["date"].max() <= pd.Timestamp("2023-06-08")
    assert 394_000_000 not in set(known["amount_usd"])


def test_headlines_on_riyadh_day(data):
    """Headline figures for 2023-06-08 read 86 (disputed), > $601M, and name their sources."""
    heads = {h.key: h for h in overview.headline_figures(data, "2023-06-08")}
    assert heads["members"].value == "86" and heads["members"].disputed
    assert heads["goal"].value == "more than $601M"
    assert "445" not in heads["goal"].detail  # the 2022 drive total is not this drive's
    assert all(h.source_ids for h in heads.values())


def test_camp_headline_shows_al_hol_closed_after_february_2026(data):
    """After 22 Feb 2026 al-Hol counts zero residents; before it, its last count."""
    before = overview.camp_headcounts(data, "2023-06-08").set_index("site_id")
    after = overview.camp_headcounts(data, "2026-02-23").set_index("site_id")
    assert before.at["sy_al_hol", "population"] > 10_000
    assert after.at["sy_al_hol", "population"] == 0


def test_places_retaken_grow_with_time(data):
    """Mosul is not retaken on 2016-01-01 and is on 2023-06-08."""
    early = set(overview.liberated_by(data.sites, "2016-01-01")["site_id"])
    late = set(overview.liberated_by(data.sites, "2023-06-08")["site_id"])
    assert "iq_mosul" not in early and {"iq_mosul", "sy_raqqa", "sy_baghuz"} <= late


def test_key_events_figure_hover_names_sources(data):
    """The events chart has one trace per category, all hover text ending with a source."""
    fig = overview.key_events_figure(data.events, data.sources, "2023-06-08")
    names = {trace.name for trace in fig.data}
    assert {"Ministerial", "Liberation", "Coalition"} <= names
    for trace in fig.data:
        assert "Source:" in trace.hovertemplate
        assert all(label for *_, label in trace.customdata)
        assert max(pd.to_datetime(trace.x)) <= pd.Timestamp("2023-06-08")
    assert "As of 8 June 2023" in fig.layout.title.text


def test_cited_sources_follow_the_rows(data):
    """The sources footer lists exactly the sources of the rows shown, extra ids included."""
    rows = data.sites[data.sites["site_id"] == "iq_tikrit"]
    cited = provenance.cited_sources([rows], data.sources)
    expected = {rows.iloc[0]["source_id"], *rows.iloc[0]["also_sources"].split(";")}
    assert set(cited["source_id"]) == expected


def test_export_rows_carry_source_columns(data):
    """CSV exports add the publisher, date and URL of each row's source."""
    out = provenance.export_rows(data.pledges.head(3), data.sources)
    assert {"source_publisher", "source_published", "source_url"} <= set(out.columns)
    assert out["source_publisher"].notna().all()


def test_member_reconciliation_flags_riyadh(data):
    """The reconciliation table marks 2023-06-08 as a day whose sources disagree."""
    table = reconcile.member_count_reconciliation(data)
    riyadh = table[table["date"] == "2023-06-08"]
    assert riyadh["disagrees_same_day"].all() and set(riyadh["stated"]) == {85, 86}


def test_445m_is_one_row_not_a_disagreement(data):
    """The $445M the seed repeats from the briefing is one row citing both, never two amounts."""
    rows = data.pledges[data.pledges["amount_usd"] == 445_000_000]
    assert len(rows) == 1 and "northpress_2023_06_08" in rows["also_sources"].iloc[0]
    table = reconcile.funding_disagreements(data.pledges)
    assert not (table["amount_usd"] == 445_000_000).any()


def test_seed_facts_against_record(data):
    """The seed's 85 members meet the communique's 86; its $445M the briefing's floor."""
    table = reconcile.seed_vs_record(data).set_index("fact")
    members = next(k for k in table.index if k.startswith("Coalition members"))
    assert table.at[members, "seed_says"] == "85"
    assert table.at[members, "other_reports_say"] == "86"
    assert not table.at[members, "agrees"]


def test_facts_by_source_covers_every_cited_id(data):
    """Every source that a row cites appears in the facts-per-source table."""
    facts = reconcile.facts_by_source(data)
    cited = set(provenance.cited_ids(data.pledges)) | set(provenance.cited_ids(data.sites))
    assert cited <= set(facts["source_id"])


def test_filter_sources_combines_filters(data):
    """Kind and query filters narrow the source table together."""
    table = reconcile.sources_with_counts(data)
    shown = reconcile.filter_sources(table, [], ["official"], [], "state.gov")
    assert not shown.empty and set(shown["kind"].astype(str)) == {"official"}
    assert shown["url"].str.contains("state.gov").all()


@pytest.mark.parametrize(("amount", "qualifier", "lang", "expected"), [
    (601_000_000, "more_than", "en", "more than $601M"),
    (148_700_000, "exact", "en", "$148.7M"),
    (1_200_000_000, "about", "en", "about $1.2B"),
    (445_000_000, "exact", "ar", "445 مليون دولار"),
])
def test_format_usd(amount, qualifier, lang, expected):
    """Money reads as a briefer would say it, with its qualifier, in both languages."""
    assert format_usd(amount, qualifier, lang) == expected


def test_format_date_keeps_precision():
    """Dates print at their precision: day, month or year; Arabic uses Levantine months."""
    assert format_date(pd.Timestamp("2023-06-08"), "day") == "8 June 2023"
    assert format_date(pd.Timestamp("2014-09-01"), "month") == "September 2014"
    assert format_date(pd.Timestamp("2016-01-01"), "year") == "2016"
    assert "حزيران" in format_date(pd.Timestamp("2023-06-08"), "day", "ar")


def test_catalog_falls_back_and_fails_loudly():
    """Arabic falls back to English for a missing key; an unknown key raises."""
    assert t("nav.map", "ar") != t("nav.map", "en")
    assert t("stamp.as_of", "fr", date="x") == "As of x"
    with pytest.raises(KeyError):
        t("no.such.key")


def test_camp_headline_never_adds_counts_of_different_dates(data):
    """The camps figure is the largest camp's own count; the others are listed with dates."""
    heads = {h.key: h for h in overview.headline_figures(data, "2023-06-08")}
    assert heads["camps"].value == "50,000"
    assert "fewer than 2,000 (September 2020)" in heads["camps"].detail
    later = {h.key: h for h in overview.headline_figures(data, "2026-02-23")}
    assert "closed (22 February 2026)" in later["camps"].detail


def test_overview_events_title_states_a_finding(data):
    """The events chart's title names the latest event, not just a count."""
    fig = overview.key_events_figure(data.events, data.sources, "2023-06-08")
    assert "latest: Togo joins" in fig.layout.title.text


def test_mirrors_listed_after_originals(data):
    """Sources behind rows come official first and copies of other sites last."""
    cited = provenance.cited_sources([data.sites], data.sources)
    ranks = cited["tier"].astype(str).map(provenance.TIER_RANK).tolist()
    assert ranks == sorted(ranks) and ranks[-1] == provenance.TIER_RANK["copy"]


def test_latin_values_in_arabic_strings_are_isolated():
    """In Arabic, an interpolated English name or dollar figure sits between isolate marks so
    its brackets and digits keep their order; English strings and Arabic values are untouched."""
    from catalog import t

    latin = "Morocco Times (opening), 85"
    arabic = t("overview.sources_of", "ar", sources=latin)
    assert f"\u2068{latin}\u2069" in arabic
    assert "\u2068" not in t("overview.sources_of", "en", sources=latin)
    assert "\u2068" not in t("overview.sources_of", "ar", sources="وكالة الأنباء")
