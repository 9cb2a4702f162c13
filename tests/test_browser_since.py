"""?since= in Chromium: the changes panel, its CSV download, and the sidebar's quick pick."""

from __future__ import annotations

import csv
import io
import re

import pytest

from bench import harness
from tests.test_browser import assert_clean

pytestmark = pytest.mark.browser

AS_OF, SINCE = "2023-06-08", "2022-05-11"
PANEL = ".st-key-changes_since"


def test_since_link_shows_the_changes_and_downloads_them_with_sources(open_page):
    recorded = open_page()
    recorded.open("", f"as_of={AS_OF}&since={SINCE}")
    assert_clean(recorded)
    page = recorded.page
    panel = page.locator(PANEL)
    assert panel.get_by_role("heading", name="Since 11 May 2022").count() == 1
    summary = panel.locator("p.summary").inner_text()
    assert "members joined, 1" in summary
    with page.expect_download() as info:
        panel.locator(f".st-key-download_changes_since_{SINCE} button").click()
    rows = list(csv.DictReader(io.StringIO(info.value.path().read_text(encoding="utf-8"))))
    by_item = {row["item"]: row for row in rows}
    assert by_item["Togo"]["source_id"] == "theglobalcoalition_03"
    stated = by_item["Members stated"]
    assert stated["then"].startswith("84") and stated["now"].startswith("86")
    assert "85" in stated["now"] and "northpress_2023_06_08" in stated["also_sources"]
    goal = next(r for r in rows if r["status"] == "goal")
    assert "601" in goal["now"] and "floor" in goal["now"]
    hol = next(r for r in rows if r["item"].startswith("al-Hol"))
    assert "57,000" in hol["then"] and "50,000" in hol["now"] and hol["source_url"]


def test_quick_pick_puts_since_in_the_url(open_page):
    recorded = open_page()
    recorded.open("funding", f"as_of={AS_OF}")
    page = recorded.page
    page.locator(".st-key-since_pick_ministerial button").first.click()
    page.wait_for_url(re.compile(rf"since={SINCE}"))
    harness.wait_for_charts(page)
    assert page.locator(".st-key-funding_changes_since").get_by_role(
        "heading", name="Since 11 May 2022").count() == 1
    assert_clean(recorded)
