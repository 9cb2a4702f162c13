"""The ingest page in headless Chromium: paste, correct, add, see it on the funding chart, undo."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from bench import harness
from catalog import t

pytestmark = pytest.mark.browser

AS_OF = "2023-06-08"
ARTICLE = ("OSLO - Norway pledged $25 million for stabilisation in Syria on Thursday, "
           "the foreign ministry said.")
PUBLISHER = "Test Wire"
SOURCE_ID = "local_20230608_1"
LOCAL = f"{PUBLISHER} (added locally)"
MAIN = "[data-testid='stMain']"
GRID = "[data-testid='stDataFrame']"
ADD_COLUMN, STATUS_COLUMN = 1, 4  # positions in the grid, after the row number
# Every plotly trace's text, hover text and custom data on the page, as one JSON string.
PLOT_TEXT_JS = """() => JSON.stringify([...document.querySelectorAll('.js-plotly-plot')]
  .flatMap(p => (p.data || []).map(d => [d.text, d.hovertext, d.customdata, d.name])))"""


@pytest.fixture(scope="module")
def app_server(tmp_path_factory) -> Iterator[harness.Server]:
    """This module's own app, with its local store in a fresh temporary file (overrides the
    session server of conftest, which has local facts turned off)."""
    db = tmp_path_factory.mktemp("ingest_browser") / "ingest.sqlite"
    with harness.streamlit_server(harness.ROOT, env={"COALITION_LOCAL_DB": str(db)}) as server:
        yield server


def assert_clean(recorded) -> None:
    """No Streamlit exception, no error alert, no console error, no request off this machine."""
    page = recorded.page
    assert page.locator("[data-testid='stException']").count() == 0, (
        f"exception on {page.url}; server log:\n{recorded.server_log_tail()}")
    alerts = page.locator("[data-testid='stAlertContentError']")
    assert alerts.count() == 0, alerts.first.inner_text()
    assert recorded.errors() == []
    assert recorded.foreign_requests() == []


def wait_idle(recorded) -> None:
    """Lets the rerun a click started begin, then waits until it has finished."""
    recorded.page.wait_for_timeout(300)
    harness.wait_for_charts(recorded.page)


def cell(grid, column: int, row: int = 0):
    """The grid's screen-reader copy of a cell: its text is the cell's current value."""
    return grid.locator(f"td#glide-cell-{column}-{row}")


def choose(page, selectbox, option: str) -> None:
    """Picks an option of a Streamlit selectbox. Its list is a popover that can close, or
    miss the click, while the page settles under it, so each pick is checked and retried."""
    combobox = selectbox.get_by_role("combobox")
    for _ in range(4):
        combobox.scroll_into_view_if_needed()
        selectbox.get_by_role("button", name="Open").click()
        try:
            page.get_by_role("option", name=option, exact=True).click(timeout=3_000)
            expect(combobox).to_have_value(option, timeout=2_000)
            return
        except (AssertionError, PlaywrightTimeout):
            page.keyboard.press("Escape")
            page.wait_for_timeout(300)
    expect(combobox).to_have_value(option)


def tick(form) -> None:
    """Ticks the form's 'Add' box. On a loaded machine a click can land while the form is still
    being drawn and be lost, so the tick is checked and the click retried, as choose() does."""
    label = form.locator("[data-testid='stCheckbox']").get_by_text(t("ingest.col.accept"))
    box = form.get_by_role("checkbox", name=t("ingest.col.accept"))
    for _ in range(4):
        if box.is_checked():
            return
        label.click()
        try:
            expect(box).to_be_checked(timeout=2_000)
            return
        except AssertionError:
            form.page.wait_for_timeout(300)
    expect(box).to_be_checked()


def fill_article(page, text: str = ARTICLE,
                 title: str = "Norway pledges $25 million for Syria") -> None:
    """Pastes the article and fills publisher, headline and the publication date."""
    main = page.locator(MAIN)
    main.get_by_role("textbox", name=t("ingest.paste")).fill(text)
    main.get_by_role("textbox", name=t("ingest.publisher")).fill(PUBLISHER)
    main.get_by_role("textbox", name=t("ingest.title_field")).fill(title)
    # The date field is a row of year/month/day spin buttons: typing the digits fills them all.
    main.get_by_role("spinbutton", name=f"year, {t('ingest.published')}").click()
    page.keyboard.type(AS_OF.replace("-", ""))
    page.keyboard.press("Tab")
    date = main.locator("[data-testid='stDateInput'] input")
    assert date.input_value() == AS_OF


def plot_text(recorded) -> str:
    recorded.open("funding", f"as_of={AS_OF}")
    assert_clean(recorded)
    return recorded.page.evaluate(PLOT_TEXT_JS)


def test_paste_correct_add_chart_undo(open_page):
    """A pasted article's corrected fact reaches the funding chart marked local, and undo
    removes it, with no console error and no request off this machine."""
    recorded = open_page(harness.DESKTOP)
    page = recorded.page
    assert LOCAL not in plot_text(recorded)

    recorded.open("ingest", f"as_of={AS_OF}")
    fill_article(page)
    main = page.locator(MAIN)
    main.get_by_role("button", name=t("ingest.find")).click()
    wait_idle(recorded)
    assert_clean(recorded)
    assert "$25 million" in page.locator(f"{MAIN} mark").all_inner_texts()
    grid = page.locator(GRID).first
    assert cell(grid, STATUS_COLUMN).inner_text() == "pledge"
    assert cell(grid, ADD_COLUMN).inner_text() == "false"

    # Correct the status (the "pledged" money was in fact paid) and tick the row, through the
    # page's per-row form: the grid is a canvas whose cell editors do not take scripted input
    # reliably, while the form is ordinary widgets, as a keyboard user would use them.
    main.get_by_text(t("ingest.fix_heading")).click()
    fix = page.locator("[data-testid='stForm']").filter(
        has=page.get_by_role("button", name=t("ingest.fix_apply")))
    tick(fix)
    status = fix.locator("[data-testid='stSelectbox']").filter(has_text=t("ingest.col.status"))
    choose(page, status, t("status.contribution"))
    expect(fix.get_by_role("checkbox", name=t("ingest.col.accept"))).to_be_checked()
    fix.get_by_role("button", name=t("ingest.fix_apply")).click()
    wait_idle(recorded)
    assert_clean(recorded)
    grid = page.locator(GRID).first
    expect(cell(grid, STATUS_COLUMN)).to_have_text("contribution")
    expect(cell(grid, ADD_COLUMN)).to_have_text("true")

    main.get_by_role("button", name=t("ingest.save")).click()
    wait_idle(recorded)
    assert_clean(recorded)
    success = page.locator("[data-testid='stAlertContentSuccess']").first
    expect(success).to_have_text(t("ingest.saved", count=1, source_id=SOURCE_ID))

    shown = plot_text(recorded)
    assert LOCAL in shown, shown[:2000]
    local_traces = [trace for trace in json.loads(shown) if LOCAL in json.dumps(trace)]
    assert t("status.contribution") in json.dumps(local_traces)  # the corrected status

    recorded.open("ingest", f"as_of={AS_OF}")
    page.locator(".st-key-ingest_undo_1 button").click()
    wait_idle(recorded)
    assert_clean(recorded)
    expect(success).to_have_text(t("ingest.undone", count=1, source_id=SOURCE_ID))
    assert page.locator(".st-key-ingest_undo_1 button").is_disabled()

    assert LOCAL not in plot_text(recorded)


def test_a_running_total_saves_once_its_series_is_named(open_page):
    """A running total reaches the grid as cumulative; saving it without a series shows one
    message naming the Series field, and naming the series in the row form lets it save."""
    recorded = open_page(harness.DESKTOP)
    page = recorded.page
    recorded.open("ingest", f"as_of={AS_OF}")
    fill_article(page, "OSLO - Since 2015, Norway has given $25 million to the stabilisation fund "
                       "in Syria, the foreign ministry said.", "Norway's running total")
    main = page.locator(MAIN)
    main.get_by_role("button", name=t("ingest.find")).click()
    wait_idle(recorded)
    assert_clean(recorded)
    expect(cell(page.locator(GRID).first, STATUS_COLUMN)).to_have_text("cumulative")

    main.get_by_text(t("ingest.fix_heading")).click()
    fix = page.locator("[data-testid='stForm']").filter(
        has=page.get_by_role("button", name=t("ingest.fix_apply")))
    tick(fix)
    fix.get_by_role("button", name=t("ingest.fix_apply")).click()
    wait_idle(recorded)
    main.get_by_role("button", name=t("ingest.save")).click()
    wait_idle(recorded)
    error = page.locator("[data-testid='stAlertContentError']")
    expect(error).to_have_count(1)
    expect(error.first).to_contain_text(t("ingest.col.series"))

    fix = page.locator("[data-testid='stForm']").filter(
        has=page.get_by_role("button", name=t("ingest.fix_apply")))
    fix.get_by_role("textbox", name=t("ingest.col.series")).fill("Norway to the fund (cumulative)")
    tick(fix)
    fix.get_by_role("button", name=t("ingest.fix_apply")).click()
    wait_idle(recorded)
    main.get_by_role("button", name=t("ingest.save")).click()
    wait_idle(recorded)
    assert_clean(recorded)
    expect(page.locator("[data-testid='stAlertContentSuccess']").first).to_contain_text(
        "local_20230608")
