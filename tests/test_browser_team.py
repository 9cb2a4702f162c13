"""Two app replicas on one PostgreSQL in headless Chromium: an edit on one shows on the other."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from bench import harness
from catalog import t
from ingest import editors
from ingest.store import Store
from tests.conftest import RecordedPage
from tests.test_browser_ingest import (
    AS_OF,
    LOCAL,
    MAIN,
    PLOT_TEXT_JS,
    SOURCE_ID,
    assert_clean,
    choose,
    fill_article,
    wait_idle,
)

pytestmark = pytest.mark.browser
PASSWORD = "replica test password"
SHOWS_LOCAL_JS = f"() => ({PLOT_TEXT_JS})().includes({LOCAL!r})"


@pytest.fixture(scope="module")
def replicas(pg_cluster, tmp_path_factory) -> Iterator[tuple[harness.Server, harness.Server]]:
    """Replicas A and B: two `streamlit run` processes on one fresh database, one editor."""
    folder = tmp_path_factory.mktemp("team")
    (folder / "editors.toml").write_text(f"[editors]\n{editors.hash_line('alice', PASSWORD)}\n")
    with pg_cluster.database() as url:
        Store(url=url).ready()
        env = {"COALITION_DATABASE_URL": url, editors.FILE_ENV: str(folder / "editors.toml")}
        with harness.streamlit_server(harness.ROOT, env=env) as a, \
                harness.streamlit_server(harness.ROOT, env=env) as b:
            yield a, b


def browse(chromium, server: harness.Server) -> RecordedPage:
    context = chromium.new_context(viewport=harness.DESKTOP, device_scale_factor=1)
    page = context.new_page()
    recorded = RecordedPage(page, server)
    page.on("pageerror", lambda exc: recorded.console_errors.append(f"pageerror: {exc}"))
    page.on("request", lambda request: recorded.requests.append(request.url))
    return recorded


def sign_in(recorded: RecordedPage) -> None:
    recorded.open("ingest", f"as_of={AS_OF}")
    main = recorded.page.locator(MAIN)
    assert main.get_by_role("button", name=t("ingest.save")).count() == 0
    main.get_by_role("textbox", name=t("ingest.editor_name")).fill("alice")
    main.get_by_role("textbox", name=t("ingest.password")).fill(PASSWORD)
    main.get_by_role("button", name=t("ingest.sign_in")).click()
    wait_idle(recorded)
    expect(main.get_by_text(t("ingest.signed_in_as", name="alice"))).to_be_visible()


def add_norway(recorded: RecordedPage) -> None:
    """Pastes the article, ticks the pledge through the per-row form and saves it."""
    page, main = recorded.page, recorded.page.locator(MAIN)
    fill_article(page)
    main.get_by_role("button", name=t("ingest.find")).click()
    wait_idle(recorded)
    main.get_by_text(t("ingest.fix_heading")).click()
    fix = page.locator("[data-testid='stForm']").filter(
        has=page.get_by_role("button", name=t("ingest.fix_apply")))
    fix.locator("[data-testid='stCheckbox']").get_by_text(t("ingest.col.accept")).click()
    status = fix.locator("[data-testid='stSelectbox']").filter(has_text=t("ingest.col.status"))
    choose(page, status, t("status.contribution"))
    fix.get_by_role("button", name=t("ingest.fix_apply")).click()
    wait_idle(recorded)
    main.get_by_role("button", name=t("ingest.save")).click()
    wait_idle(recorded)
    assert_clean(recorded)
    expect(page.locator("[data-testid='stAlertContentSuccess']").first).to_have_text(
        t("ingest.saved", count=1, source_id=SOURCE_ID))


def test_edit_on_a_shows_on_b_and_undo_on_b_shows_on_a(chromium, replicas):
    """Alice adds a fact on A; B's open funding page shows it unreloaded; undo on B clears A."""
    a, b = (browse(chromium, server) for server in replicas)
    b.open("funding", f"as_of={AS_OF}")
    assert LOCAL not in b.page.evaluate(PLOT_TEXT_JS)

    sign_in(a)
    add_norway(a)
    b.page.wait_for_function(SHOWS_LOCAL_JS, timeout=10_000, polling=200)

    a.open("funding", f"as_of={AS_OF}")
    assert LOCAL in a.page.evaluate(PLOT_TEXT_JS)
    sign_in(b)
    b.page.locator(".st-key-ingest_undo_1 button").click()
    wait_idle(b)
    assert_clean(b)
    expect(b.page.locator("[data-testid='stAlertContentSuccess']").first).to_have_text(
        t("ingest.undone", count=1, source_id=SOURCE_ID))
    a.page.wait_for_function(f"() => !({SHOWS_LOCAL_JS})()", timeout=10_000, polling=200)
    for recorded in (a, b):
        assert recorded.errors() == [] and recorded.foreign_requests() == []
        recorded.page.context.close()
