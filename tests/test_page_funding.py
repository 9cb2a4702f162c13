"""The funding page through AppTest via dashboard.py: as-of from the URL, a filter driven."""

from __future__ import annotations

import pytest
from apptest_helpers import shown_text
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import chart_titles, open_page, open_revealed


@pytest.fixture()
def page() -> AppTest:
    """The funding page opened with ?as_of=2023-06-08, its row table opened."""
    return open_revealed(open_page("pages/2_funding.py"))


def rows_table(page):
    """The page's table of funding rows (the drive's rows table has a `role` column)."""
    return next(d.value for d in page.dataframe if "role" not in d.value.columns)


def test_page_renders_as_of_from_url(page):
    """No exception; the as-of date comes from the URL and the title states the Riyadh finding."""
    assert not page.exception
    assert str(page.session_state["as_of"]) == "2023-06-08"
    first = chart_titles(page)[0]
    assert "Riyadh 2023 set a goal of more than $601M" in first
    assert "As of 8 June 2023" in first
    table = rows_table(page)
    assert not table["date"].str.contains("2024").any()


def test_recipient_filter_changes_table_and_figure(page):
    """Setting the recipient to Syria keeps only Syria rows and changes the chart title."""
    before_rows, before_title = len(rows_table(page)), chart_titles(page)[0]
    page.multiselect(key="funding_recipients").set_value(["Syria"]).run()
    assert not page.exception
    table = rows_table(page)
    assert 0 < len(table) < before_rows
    assert set(table["recipient"]) == {"Syria"}
    assert chart_titles(page)[0] != before_title


def test_empty_filter_shows_message(page):
    """Clearing every status shows a message instead of an empty chart."""
    page.multiselect(key="funding_statuses").set_value([]).run()
    assert not page.exception
    assert not page.get("plotly_chart")
    assert any("at least one status" in shown_text(info.value) for info in page.info)
