"""Test set-up: no local ingest store by default; browser fixtures (served app, Chromium, pages)."""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import harness  # noqa: E402

SCREENSHOTS = ROOT / "artifacts" / "screenshots"
# Opened at a deep link (/funding), Streamlit's frontend first probes the server relative to
# that path (/funding/_stcore/health, /funding/_stcore/host-config), gets 404 and falls back to
# the server root. Chromium logs each such 404 as a console error; they are harmless and are the
# only console errors ignored.
BENIGN_404 = re.compile(r"/[^/?#]+/_stcore/(health|host-config)(\?.*)?$")
CONTENT_HEIGHT_JS = """() => Math.max(document.body.scrollHeight, ...[...document.querySelectorAll(
  "[data-testid='stMain'], [data-testid='stAppViewContainer'], [data-testid='stSidebarContent']")]
  .map(e => e.scrollHeight))"""
RESOURCE_404 = "Failed to load resource: the server responded with a status of 404"


def pytest_configure(config) -> None:
    """Tests see the shipped data only: a developer's own .local/ingest.sqlite stays out
    (tests of the ingest store point COALITION_LOCAL_DB at a temporary file themselves)."""
    os.environ.setdefault("COALITION_LOCAL_DB", "off")
    # A team's database or editors in the developer's shell stay out too (tests set their own).
    os.environ.pop("COALITION_DATABASE_URL", None)
    os.environ.pop("COALITION_EDITORS_FILE", None)


def missing_browser(reason: str) -> None:
    """Fails on CI (a missing browser there is a broken setup), skips on a developer machine."""
    message = f"{reason}; install it with scripts/install_system.sh or set CHROMIUM_PATH"
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def chromium() -> Iterator:
    """One Debian Chromium for the whole session (a new context per test keeps tests apart)."""
    path = shutil.which(harness.chromium_path()) or harness.chromium_path()
    if not (Path(path).is_file() and os.access(path, os.X_OK)):
        missing_browser(f"no Chromium executable at {path}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing_browser("the playwright package is not installed")
    with sync_playwright() as playwright:
        browser = harness.launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def app_server() -> Iterator[harness.Server]:
    """`streamlit run dashboard.py` on a free loopback port, stopped after the session."""
    with harness.streamlit_server(ROOT) as server:
        yield server


@dataclass
class RecordedPage:
    """A Playwright page with its console errors, uncaught exceptions and requests recorded."""

    page: object
    server: harness.Server
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def open(self, path: str, query: str) -> None:
        """Goes to /<path>?<query> and waits until every chart has drawn and the app is idle."""
        self.page.goto(f"{self.server.base_url}/{path}?{query}")
        harness.wait_for_charts(self.page)

    def errors(self) -> list[str]:
        return list(self.console_errors)

    def server_log_tail(self, chars: int = 4000) -> str:
        """The end of the server's output: the browser shows exceptions redacted."""
        return self.server.log()[-chars:]

    def collapse_sidebar(self) -> None:
        """On a phone the expanded sidebar covers the page; a reader closes it first."""
        sidebar = self.page.locator("[data-testid='stSidebar'][data-collapsed='false']")
        button = self.page.locator("[data-testid='stSidebarCollapseButton'] button")
        if sidebar.count() and button.count():
            button.first.click()
            sidebar.wait_for(state="detached", timeout=5_000)
            self.page.wait_for_timeout(400)  # the slide-out animation

    def foreign_requests(self) -> list[str]:
        return [url for url in self.requests if not harness.is_local(url)]

    def screenshot(self, name: str) -> Path:
        """Saves the whole app, not only the viewport: Streamlit scrolls inside its main
        container, so the viewport is stretched to the content height for the shot."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        target = SCREENSHOTS / f"{name}.png"
        size = self.page.viewport_size
        height = self.page.evaluate(CONTENT_HEIGHT_JS)
        if height > size["height"]:
            self.page.set_viewport_size({"width": size["width"], "height": int(height) + 40})
            harness.wait_for_charts(self.page)
        self.page.screenshot(path=str(target), full_page=True)
        self.page.set_viewport_size(size)
        return target


def is_benign(message) -> bool:
    url = (message.location or {}).get("url", "")
    return message.text.startswith(RESOURCE_404) and bool(BENIGN_404.search(url))


@pytest.fixture
def open_page(chromium, app_server) -> Iterator:
    """A factory: open_page(viewport) -> RecordedPage in a fresh browser context."""
    contexts = []

    def make(viewport: dict[str, int] = harness.DESKTOP) -> RecordedPage:
        context = chromium.new_context(viewport=viewport, device_scale_factor=1)
        contexts.append(context)
        page = context.new_page()
        recorded = RecordedPage(page, app_server)
        page.on("console", lambda msg: msg.type == "error" and not is_benign(msg)
                and recorded.console_errors.append(f"{msg.text} ({msg.location})"))
        page.on("pageerror", lambda exc: recorded.console_errors.append(f"pageerror: {exc}"))
        page.on("request", lambda request: recorded.requests.append(request.url))
        return recorded

    yield make
    for context in contexts:
        context.close()


# --- the fact store on both engines ------------------------------------------------------------

@pytest.fixture(scope="session")
def pg_cluster() -> Iterator:
    """A throwaway PostgreSQL cluster for the session; skips locally, fails on CI without it."""
    from tests import pg

    if pg.bin_dir() is None:
        missing_postgres("no PostgreSQL binaries under /usr/lib/postgresql/*/bin")
    with pg.cluster() as cluster:
        yield cluster


def missing_postgres(reason: str) -> None:
    message = f"{reason}; install Debian's postgresql with scripts/install_system.sh"
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path) -> Iterator:
    """An empty fact store on each engine: a SQLite file, or a fresh PostgreSQL database."""
    from ingest.store import Store

    if request.param == "sqlite":
        yield Store(tmp_path / "local" / "ingest.sqlite")
        return
    with request.getfixturevalue("pg_cluster").database() as url:
        yield Store(url=url)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A scratch copy of data/ that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(Path(__file__).resolve().parents[1] / "data", target)
    return target
