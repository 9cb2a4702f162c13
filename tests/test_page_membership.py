"""The membership page through AppTest via dashboard.py: as-of from the URL, filters driven."""

from __future__ import annotations

import json

import pytest
from apptest_helpers import shown_text
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import chart_titles, open_page, open_revealed


@pytest.fixture()
def page() -> AppTest:
    """The membership page opened with ?as_of=2023-06-08."""
    return open_revealed(open_page("pages/3_membership.py"))


def test_page_renders_as_of_from_url(page):
    """No exception; growth title states 86 stated / 85 identified; map and table are shown."""
    assert not page.exception, [e.value for e in page.exception]
    assert chart_titles(page)[0].startswith("86 members stated on 8 June 2023; 85 identified")
    assert len(page.get("deck_gl_json_chart")) == 1
    table = page.dataframe[0].value
    assert len(table) == 85
    assert "Syria" not in set(table["name"])


def test_region_filter_changes_table(page):
    """Choosing Africa keeps only African members in the table and retitles the bars."""
    before = chart_titles(page)[1]
    page.multiselect(key="membership_regions").set_value(["Africa"]).run()
    assert not page.exception
    table = page.dataframe[0].value
    assert 0 < len(table) < 85
    assert set(table["region"]) == {"Africa"}
    assert chart_titles(page)[1] != before


def test_grouping_toggle_and_empty_filter(page):
    """The kind toggle splits bars into states and organisations; an empty filter says so."""
    page.segmented_control(key="membership_by").set_value("kind").run()
    assert not page.exception
    spec = json.loads(page.get("plotly_chart")[1].proto.spec)
    assert {tr["name"] for tr in spec["data"] if tr["type"] == "bar"} == {"State",
                                                                          "Organisation"}
    page.multiselect(key="membership_regions").set_value(["Oceania"]).run()
    page.slider(key="membership_years").set_value((2022, 2022)).run()
    assert not page.exception
    assert any("No identified member matches" in shown_text(info.value) for info in page.info)
    assert len(page.get("plotly_chart")) == 1
