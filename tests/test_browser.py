"""The served app in headless Chromium: every page at desktop and phone size, deep links, Arabic."""

from __future__ import annotations

import re

import pytest

from bench import harness

pytestmark = pytest.mark.browser

PAGES = harness.dashboard_pages()
PAGE_NAMES = [name for name, _ in PAGES]
AS_OF = "2023-06-08"
ARABIC = re.compile(r"[\u0600-\u06FF]")
EXCEPTION = "[data-testid='stException']"
ERROR_ALERT = "[data-testid='stAlertContentError']"
CHARTS = ".js-plotly-plot, [data-testid='stDeckGlJsonChart']"


def assert_clean(recorded) -> None:
    """No Streamlit exception, no error alert, no console error, no request off this machine."""
    page = recorded.page
    assert page.locator(EXCEPTION).count() == 0, (
        f"exception on {page.url}; server log:\n{recorded.server_log_tail()}")
    assert page.locator(ERROR_ALERT).count() == 0, page.locator(ERROR_ALERT).first.inner_text()
    assert recorded.errors() == []
    assert recorded.foreign_requests() == []


@pytest.mark.parametrize("viewport", list(harness.VIEWPORTS))
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_renders_cleanly(open_page, name, viewport):
    """Each page draws its charts with no error, stays on this machine, and is screenshotted."""
    recorded = open_page(harness.VIEWPORTS[viewport])
    recorded.open(harness.url_path(name, PAGES), f"as_of={AS_OF}")
    assert_clean(recorded)
    charts = recorded.page.locator(CHARTS)
    if viewport == "desktop" and charts.count():
        box = charts.first.bounding_box()
        shown = min(box["height"], 250)  # the whole chart, or at least 250 px of a tall one
        assert box["y"] + shown <= harness.DESKTOP["height"], (
            f"first chart spans y={box['y']:.0f}-{box['y'] + box['height']:.0f}: "
            "it needs scrolling to be seen")
    if viewport == "phone":
        recorded.collapse_sidebar()
    shot = recorded.screenshot(f"{name}_{viewport}")
    assert shot.stat().st_size > 0


def stated_members(as_of: str) -> int | None:
    from loaders import load_all
    from loaders.asof import membership_snapshot

    data = load_all()
    return membership_snapshot(data.members, data.member_counts, data.sources,
                               as_of).stated_total


def test_deep_link_restores_as_of_and_members(open_page):
    """?as_of=2016-01-01 fills the sidebar date and the overview shows that day's member total."""
    from catalog import t

    recorded = open_page()
    recorded.open("", "as_of=2016-01-01")
    page = recorded.page
    shown = page.locator("[data-testid='stSidebar'] .st-key-as_of input")
    assert re.sub(r"\D", "", shown.input_value()) == "20160101"
    metric = page.locator("[data-testid='stMetric']").filter(has_text=t("overview.members"))
    value = metric.locator("[data-testid='stMetricValue']").inner_text()
    expected = stated_members("2016-01-01")
    assert expected is not None
    assert re.sub(r"\D", "", value) == str(expected)
    assert_clean(recorded)


def test_as_of_survives_sidebar_navigation(open_page):
    """Following a sidebar link keeps ?as_of= in the URL and the date shown."""
    recorded = open_page()
    recorded.open("", "as_of=2016-01-01")
    page = recorded.page
    target = PAGE_NAMES[1]
    page.locator(f"[data-testid='stSidebarNav'] a[href*='/{target}']").first.click()
    page.wait_for_url(re.compile(rf"/{target}(\?|$)"))
    harness.wait_for_charts(page)
    assert "as_of=2016-01-01" in page.url
    shown = page.locator("[data-testid='stSidebar'] .st-key-as_of input")
    assert re.sub(r"\D", "", shown.input_value()) == "20160101"
    assert_clean(recorded)


def test_arabic_view(open_page):
    """&lang=ar renders the page title in Arabic with no console error."""
    recorded = open_page()
    recorded.open("", f"as_of={AS_OF}&lang=ar")
    title = recorded.page.locator("[data-testid='stMain'] h1").first.inner_text()
    assert ARABIC.search(title), title
    assert_clean(recorded)
    recorded.screenshot("overview_desktop_ar")


def follow_sidebar_link(page, target: str) -> None:
    """Clicks the sidebar's link to a page and waits for its charts."""
    page.locator(f"[data-testid='stSidebarNav'] a[href*='/{target}']").first.click()
    page.wait_for_url(re.compile(rf"/{target}(\?|$)"))
    harness.wait_for_charts(page)


def test_filters_survive_a_visit_to_another_page(open_page):
    """Funding filtered to Syria, then membership, then funding again: still Syria only, and
    the URL says so again (Streamlit drops a page's widgets and URL parameters on leaving)."""
    from catalog import t

    recorded = open_page()
    recorded.open("funding", f"as_of={AS_OF}&funding_recipients=Syria")
    page = recorded.page
    recipients = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").filter(
        has_text=t("funding.recipients"))
    tags = recipients.locator(".react-aria-ComboBox [data-tag]")
    assert [text.strip() for text in tags.all_inner_texts()] == [t("recipient.Syria")]
    follow_sidebar_link(page, "membership")
    assert "funding_recipients" not in page.url
    follow_sidebar_link(page, "funding")
    assert [text.strip() for text in tags.all_inner_texts()] == [t("recipient.Syria")]
    assert "funding_recipients=Syria" in page.url
    assert_clean(recorded)


def footer_count(page) -> int:
    """The number in the last "Sources behind this view (N)" expander on the page (on the
    funding page, the one under the table of every row shown)."""
    from catalog import t

    prefix = t("footer.sources", count=0).split("(")[0]
    label = page.locator("[data-testid='stExpander'] summary").filter(has_text=prefix).last
    return int(re.sub(r"\D", "", label.inner_text()))


def test_tier_control_filters_every_page_and_stays_in_the_url(open_page):
    """Choosing "official and wire only" in the sidebar cuts the sources behind the view, writes
    ?tiers=official, and keeps applying after following a sidebar link to another page."""
    from catalog import t

    recorded = open_page()
    recorded.open("funding", f"as_of={AS_OF}")
    page = recorded.page
    before = footer_count(page)
    sidebar = page.locator("[data-testid='stSidebar']")
    sidebar.get_by_text(t("sidebar.tiers.official"), exact=True).click()
    page.wait_for_url(re.compile(r"tiers=official"))
    harness.wait_for_charts(page)
    page.wait_for_timeout(500)
    after = footer_count(page)
    assert after < before, (before, after)
    assert sidebar.get_by_text(t("sidebar.tiers_note")).count() == 1
    follow_sidebar_link(page, "sources")
    assert "tiers=official" in page.url
    official = sidebar.locator("[data-testid='stRadio'] label").filter(
        has_text=t("sidebar.tiers.official"))
    assert official.locator("input").is_checked()
    assert_clean(recorded)


def test_source_list_opens_on_click_with_its_links(open_page):
    """The sources list under the funding table is sent only when opened: closed, it holds no
    link; a click opens it with one line per source counted, each link to an http(s) page."""
    from catalog import t

    recorded = open_page()
    recorded.open("funding", f"as_of={AS_OF}")
    page = recorded.page
    prefix = t("footer.sources", count=0).split("(")[0]
    footer = page.locator("[data-testid='stExpander']").filter(has_text=prefix).last
    assert footer.locator("a").count() == 0
    count = footer_count(page)
    footer.locator("summary").click()
    footer.locator("li a").first.wait_for(timeout=30_000)
    harness.wait_for_charts(page)
    assert footer.locator("li").count() == count
    hrefs = footer.locator("li a").evaluate_all("links => links.map(a => a.href)")
    assert hrefs and all(href.startswith(("http://", "https://")) for href in hrefs)
    assert_clean(recorded)


def test_row_table_opens_on_click(open_page):
    """The funding page arrives with no data grid; a click on "Table of the rows shown" draws
    the grid of every row, and the page stays free of errors."""
    from catalog import t

    recorded = open_page()
    recorded.open("funding", f"as_of={AS_OF}")
    page = recorded.page
    grid = page.locator("[data-testid='stDataFrame']")
    assert grid.count() == 0
    prefix = t("footer.table", count=0).split("(")[0]
    page.locator("[data-testid='stExpander'] summary").filter(has_text=prefix).click()
    grid.first.wait_for(timeout=30_000)
    harness.wait_for_charts(page)
    assert grid.count() == 1
    assert_clean(recorded)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_tier_control_is_obeyed_on_every_page_in_the_browser(open_page, name):
    """Opened with ?tiers=official, every page shows the sidebar control on "official and wire
    only" with its note, keeps the choice in the URL, cites fewer sources where it cites any,
    and stays free of errors."""
    from catalog import t

    recorded = open_page()
    path = harness.url_path(name, PAGES)
    recorded.open(path, f"as_of={AS_OF}")
    prefix = t("footer.sources", count=0).split("(")[0]
    footers = recorded.page.locator("[data-testid='stExpander'] summary").filter(has_text=prefix)
    before = footer_count(recorded.page) if footers.count() else None
    recorded.open(path, f"as_of={AS_OF}&tiers=official")
    page = recorded.page
    sidebar = page.locator("[data-testid='stSidebar']")
    official = sidebar.locator("[data-testid='stRadio'] label").filter(
        has_text=t("sidebar.tiers.official"))
    assert official.locator("input").is_checked()
    assert sidebar.get_by_text(t("sidebar.tiers_note")).count() == 1
    assert "tiers=official" in page.url
    if before is not None:
        assert footer_count(page) < before
    assert_clean(recorded)
