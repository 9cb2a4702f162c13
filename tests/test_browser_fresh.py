"""Deep links as the first request to a freshly started server (the pages/ layout's trap).

Streamlit routes a `pages/` folder beside the entry point the old way until the entry point's
st.navigation has run once: a first request is matched to a page file's name, a file run that
way has no sidebar, language or as-of date, and a path matching no file gets a "page not found"
dialog over the page. Each case here starts its own server.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.source_util import page_icon_and_name

from bench import harness
from catalog import t
from tests.conftest import is_benign
from ui.routes import PAGES

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
DATE_INPUT = "[data-testid='stSidebar'] .st-key-as_of input"
NAV = "[data-testid='stSidebarNav'] a"


def first_visit(chromium, path: str, query: str):
    """A fresh server, one browser tab opening /path?query as the server's first page view."""
    with harness.streamlit_server(ROOT) as server:
        context = chromium.new_context(viewport=harness.DESKTOP)
        try:
            page = context.new_page()
            console = []
            page.on("console", lambda m: m.type == "error" and not is_benign(m)
                    and console.append(m.text))
            page.on("pageerror", lambda e: console.append(str(e)))
            page.console_errors = console
            page.goto(f"{server.base_url}/{path}?{query}")
            harness.wait_for_charts(page)
            yield page, server
        finally:
            context.close()


def test_both_routers_give_each_page_file_its_url_path():
    """The old router names a file by its stem less a leading number: it must say the same URL
    path as st.navigation, and no file name is the URL path itself."""
    for name, script, *_ in PAGES:
        assert page_icon_and_name(Path(script))[1] == name, script
        assert Path(script).stem != name
        assert (ROOT / script).is_file()
    assert {p.name for p in (ROOT / "pages").glob("*.py")} == {
        Path(script).name for _name, script, *_ in PAGES}


@pytest.mark.parametrize("name", [name for name, *_ in PAGES])
def test_deep_link_to_a_fresh_server_keeps_the_sidebar(chromium, name):
    """/<page>?as_of=2016-01-01&lang=... first: the page, its sidebar, the date and the language."""
    default = next(n for n, *_rest, is_default in PAGES if is_default)
    path = "" if name == default else name
    lang = "ar" if name in ("map", "funding") else "en"
    for page, server in first_visit(chromium, path, f"as_of=2016-01-01&lang={lang}"):
        assert page.locator(DATE_INPUT).count() == 1, server.log()[-3000:]
        assert re.sub(r"\D", "", page.locator(DATE_INPUT).input_value()) == "20160101"
        assert page.locator(NAV).count() == len(PAGES)
        title = page.locator("[data-testid='stMain'] h1").first.inner_text()
        assert title.strip() == t(f"{name}.title", lang)
        assert page.locator("[data-testid='stException']").count() == 0
        assert page.get_by_role("dialog").count() == 0  # no "page not found" over the page
        assert page.console_errors == []


def test_an_unknown_path_as_first_request_draws_the_overview_with_its_sidebar(chromium):
    """/nowhere first: Streamlit's "page not found" notice, then the overview with its sidebar."""
    for page, server in first_visit(chromium, "nowhere", "as_of=2016-01-01"):
        assert page.locator(DATE_INPUT).count() == 1, server.log()[-3000:]
        assert page.locator(NAV).count() == len(PAGES)
        title = page.locator("[data-testid='stMain'] h1").first.inner_text()
        assert title.strip() == t("overview.title", "en")
        assert page.locator("[data-testid='stException']").count() == 0
