"""Deep links as the first request to a freshly started server (the pages/ layout's trap).

Streamlit serves a `pages/` folder beside the entry point the old way until the entry point's
st.navigation has run once: a first request naming a page file runs that script alone, without
the sidebar, the language or the as-of date. Each case here starts its own server.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench import harness
from catalog import t
from ui.routes import PAGES

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
DATE_INPUT = "[data-testid='stSidebar'] [data-testid='stDateInput'] input"
NAV = "[data-testid='stSidebarNav'] a"


def first_visit(chromium, path: str, query: str):
    """A fresh server, one browser tab opening /path?query as the server's first page view."""
    with harness.streamlit_server(ROOT) as server:
        context = chromium.new_context(viewport=harness.DESKTOP)
        try:
            page = context.new_page()
            page.goto(f"{server.base_url}/{path}?{query}")
            harness.wait_for_charts(page)
            yield page, server
        finally:
            context.close()


def test_no_page_file_is_named_like_a_url_path():
    """The trap is only sprung by a path that names a file: no URL path the app gives out does."""
    stems = {Path(script).stem for _name, script, _icon, _default in PAGES}
    assert stems.isdisjoint({name for name, *_ in PAGES})
    assert all((ROOT / script).is_file() for _name, script, *_ in PAGES)
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


@pytest.mark.parametrize("script", ["pages/funding_timeline.py", "pages/add_article.py"])
def test_a_page_file_name_as_first_request_still_gets_the_entry_point(chromium, script):
    """Even /funding_timeline (a file name, not a link the app gives out) draws with the sidebar."""
    for page, server in first_visit(chromium, Path(script).stem, "as_of=2016-01-01"):
        assert page.locator(DATE_INPUT).count() == 1, server.log()[-3000:]
        assert re.sub(r"\D", "", page.locator(DATE_INPUT).input_value()) == "20160101"
        assert page.locator(NAV).count() == len(PAGES)
        assert page.locator("[data-testid='stException']").count() == 0
