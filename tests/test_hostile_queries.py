"""Hostile query strings (issue 9) -> every page falls back to a default or says what is wrong."""

from __future__ import annotations

import pytest
from apptest_helpers import open_page, shown_text

from loaders.rules import shown

OVERVIEW, FUNDING, MEMBERSHIP = ("pages/1_overview.py", "pages/2_funding.py",
                                 "pages/3_membership.py")
MAP, SOURCES = "pages/4_map.py", "pages/5_sources.py"
BRIEFING = "pages/6_briefing.py"
HUGE = "9" * 100_000  # a 100 KB value
RLO = "\u202e"
MARKUP = "<img src=x onerror=alert(1)>![t](http://tracker.invalid/p.png):red[r]"
ARABIC_2020 = "\u0662\u0660\u0662\u0660"  # ٢٠٢٠ in Arabic-Indic digits

# (page, query parameters): each must give a page with its content and no error box.
QUERIES = [
    (BRIEFING, {"present": "1", "slide": "²"}),
    (BRIEFING, {"present": "1", "slide": "①"}),
    (BRIEFING, {"present": "1", "slide": ARABIC_2020}),
    (BRIEFING, {"present": "1", "slide": "-3"}),
    (BRIEFING, {"present": "1", "slide": HUGE}),
    (BRIEFING, {"present": "1", "slide": ["2", "x", "9"]}),
    (BRIEFING, {"present": "²"}),
    (BRIEFING, {"briefing_sections": "nope,<b>x</b>"}),
    (BRIEFING, {"briefing_sections": HUGE}),
    (FUNDING, {"funding_years": "²,2020"}),
    (FUNDING, {"funding_years": f"{ARABIC_2020},2021"}),
    (FUNDING, {"funding_years": "1900,99999"}),
    (FUNDING, {"funding_years": HUGE}),
    (FUNDING, {"funding_years": ["2016", "2015", "2030"]}),
    (FUNDING, {"funding_recipients": "Atlantis," + MARKUP}),
    (FUNDING, {"funding_statuses": "⁂,pledge"}),
    (FUNDING, {"funding_donors": MARKUP}),
    (FUNDING, {"funding_channel": MARKUP + RLO}),
    (FUNDING, {"funding_channel": "x" * 100_000}),
    (FUNDING, {"funding_reconstruction": "maybe"}),
    (FUNDING, {"funding_purposes": "①,stabilisation"}),
    (MEMBERSHIP, {"membership_years": "¹,2020"}),
    (MEMBERSHIP, {"membership_years": "2020," + RLO + "2021"}),
    (MEMBERSHIP, {"membership_regions": "mars," + HUGE}),
    (MEMBERSHIP, {"membership_by": "<script>"}),
    (MAP, {"map_month": "2099-13"}),
    (MAP, {"map_month": "²⁰²⁰-⁰¹"}),
    (MAP, {"map_month": HUGE}),
    (MAP, {"map_metric": "../../etc/passwd"}),
    (MAP, {"map_places": "yes", "map_camps": "0", "map_governorates": "①"}),
    (SOURCES, {"sources_publisher": MARKUP, "sources_kind": "x", "sources_tier": "②"}),
    (SOURCES, {"sources_language": RLO + "en", "sources_pick": "local_../x"}),
    (SOURCES, {"sources_q": MARKUP + "(" * 50}),
    (SOURCES, {"sources_q": HUGE}),
    (OVERVIEW, {"since": MARKUP}),
    (OVERVIEW, {"since": HUGE}),
    (OVERVIEW, {"since": "2099-12-31"}),
    (OVERVIEW, {"since": "1900-01-01"}),
    (OVERVIEW, {"since": "\u0662\u0660\u0662\u0662-\u0660\u0665-\u0661\u0661"}),
    (FUNDING, {"since": ["2022-05-11", "2016-01-01"], "funding_drive": MARKUP}),
    (FUNDING, {"funding_drive": "drive_../../x"}),
    (MAP, {"since": "2016-01-01", "as_of": "2015-01-01"}),
    (MEMBERSHIP, {"since": "2023-06-08"}),
    (OVERVIEW, {"lang": "xx"}),
    (OVERVIEW, {"lang": "ar" + RLO}),
    (OVERVIEW, {"tiers": "①"}),
    (OVERVIEW, {"tiers": HUGE}),
    (FUNDING, {"lang": "ar", "funding_years": f"{ARABIC_2020},\u0662\u0660\u0661\u0667"}),
    (BRIEFING, {"lang": "ar", "present": "1", "slide": "\u0662"}),
    (MEMBERSHIP, {"lang": "ar", "membership_by": "\u0661", "membership_regions": MARKUP}),
]

# Dates a link may carry that are not a date of the data: each keeps its sidebar warning.
BAD_DATES = ["not-a-date", "1900-01-01", "2999-12-31", "0001-01-01", "2014-08-31",
             "2020-02-30", f"{ARABIC_2020}-\u0660\u0661-\u0660\u0661", "2020-01-01" + RLO,
             "<b>2020</b>", "2020-W01-1", "20200101", " 2020-01-01"]


def main_content(at) -> bool:
    """The page still shows what it is for: a title, a chart, a map or a table."""
    return bool(at.title or at.get("plotly_chart") or at.get("deck_gl_json_chart")
                or at.dataframe)


def case_id(case) -> str:
    page, params = case
    shown = ",".join(f"{k}={str(v)[:12]!r}" for k, v in params.items())
    return f"{page.split('/')[-1][:-3]}:{shown}"


@pytest.mark.parametrize("case", QUERIES, ids=[case_id(c) for c in QUERIES])
def test_hostile_query_gives_a_default(case):
    """A garbage, huge, repeated or non-ASCII parameter: no exception, no error, content shown."""
    page, params = case
    at = open_page(page, **params)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert main_content(at)


def test_slide_of_superscript_digit_is_the_first_slide():
    """?slide=² is not the second slide: it is no number, so the first slide is shown."""
    at = open_page(BRIEFING, present="1", slide="²")
    assert any(shown_text(c.value).startswith("Slide 1 of") for c in at.caption), \
        [c.value for c in at.caption]


def test_superscript_year_is_dropped_from_the_range():
    """?funding_years=²,2020 gives every year: one year alone is no range."""
    at = open_page(FUNDING, funding_years="²,2020")
    low, high = at.slider(key="funding_years").value
    assert low < high


@pytest.mark.parametrize("asked", BAD_DATES)
def test_bad_as_of_is_named_in_the_sidebar(asked):
    """A date that is not one, or lies outside the data, is named with the valid range (a
    direction control made visible), and the latest data is shown as the warning says."""
    at = open_page(None, as_of=asked)  # the first run, as a browser opening the link
    assert not at.exception, [e.value for e in at.exception]
    warnings = [shown_text(w.value) for w in at.sidebar.warning]
    assert any(f"'{shown(asked)}'" in w and "2014-09-01" in w for w in warnings), warnings
    assert RLO not in "".join(warnings)
    assert str(at.date_input(key="as_of").value) != "2020-01-01"
    assert main_content(at)


@pytest.mark.parametrize("asked", [f"{ARABIC_2020}-01-01", "２０２０-01-01", "2020/01/01"])
def test_as_of_the_date_input_reads_is_that_date(asked):
    """A date the date input reads (its strptime takes other digits in the year) is used, and
    no warning claims the latest data is shown instead."""
    at = open_page(None, as_of=asked)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.sidebar.warning, [w.value for w in at.sidebar.warning]
    assert str(at.date_input(key="as_of").value) == "2020-01-01"
    assert main_content(at)


def test_bad_as_of_is_named_in_arabic():
    """In Arabic too the warning quotes the link's value and the valid range."""
    at = open_page(None, as_of="20200101", lang="ar")
    assert not at.exception, [e.value for e in at.exception]
    warnings = [shown_text(w.value) for w in at.sidebar.warning]
    assert any("20200101" in w and "2014-09-01" in w and "طلب الرابط" in w for w in warnings), \
        warnings


def test_huge_as_of_is_named_shortened():
    """A 100 KB as_of gets its warning, without pasting 100 KB into the sidebar."""
    at = open_page(None, as_of=HUGE)
    assert not at.exception, [e.value for e in at.exception]
    warnings = [shown_text(w.value) for w in at.sidebar.warning]
    assert len(warnings) == 1 and "9999" in warnings[0] and "2014-09-01" in warnings[0]
    assert len(warnings[0]) < 1_000
    assert main_content(at)


def test_repeated_as_of_uses_one_value():
    """?as_of=2016-01-01&as_of=x: one value is used, and the page is not broken."""
    at = open_page(None, as_of=["2016-01-01", "x"])
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error
    assert main_content(at)


@pytest.mark.parametrize("asked", ["not-a-date", "2999-12-31", MARKUP, "2020-02-30"])
def test_bad_since_is_named_in_the_sidebar_and_no_panel_is_drawn(asked):
    """A comparison date that is not a date of the data is named, shown as text, and no
    "Since" panel is drawn from it."""
    at = open_page(None, since=asked)
    assert not at.exception, [e.value for e in at.exception]
    warnings = [shown_text(w.value) for w in at.sidebar.warning]
    assert any(shown(asked)[:40] in w for w in warnings), warnings
    assert not any(s.value.startswith("Since") for s in at.subheader)
