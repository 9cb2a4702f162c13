"""Hostile facts in the local store -> every served page in Chromium shows them as text: no
element made from them, nothing fetched from another host, no error."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest

from bench import harness

pytestmark = pytest.mark.browser

AS_OF = "2023-06-08"
PAGES = harness.dashboard_pages()
ARTICLE = ("OSLO - Norway pledged $25 million for stabilisation in Syria on Thursday, the "
           "foreign ministry said after the Coalition ministerial in Riyadh.")
TRACKER = "http://tracker.invalid/p.png"
PUBLISHER = f"Wire<style>body{{display:none}}</style><img src=x>![t]({TRACKER})"
TITLE = f"Norway<img src=x onerror=alert(1)>![t]({TRACKER}) <b>pledges</b>"
DONOR = f"Norway<img src=x>![d]({TRACKER})"
# Any element the values could have become: an image from them, or their style sheet.
MADE_FROM_VALUE_JS = """() => [
  ...[...document.querySelectorAll('img')].filter(i => /tracker\\.invalid|^x$/.test(
      i.getAttribute('src') || '')).map(i => 'img ' + i.getAttribute('src')),
  ...[...document.querySelectorAll('style')].filter(s => s.textContent.includes(
      'body{display:none}')).map(() => 'style body{display:none}'),
  ...[...document.querySelectorAll('b')].filter(b => b.textContent === 'pledges')
      .map(() => 'b pledges')]"""
PLOT_TEXT_JS = """() => JSON.stringify([...document.querySelectorAll('.js-plotly-plot')]
  .flatMap(p => (p.data || []).map(d => [d.text, d.hovertext, d.customdata, d.name])))"""


@pytest.fixture(scope="module")
def app_server(tmp_path_factory) -> Iterator[harness.Server]:
    """The app serving a local store that holds one article whose publisher, headline and
    donor carry markup and markdown images (overrides the session server of conftest)."""
    from ingest import flow
    from ingest.store import Store
    from loaders import load_all

    db = tmp_path_factory.mktemp("hostile_browser") / "ingest.sqlite"
    data = load_all()
    article = flow.read_article(ARTICLE, None, publisher=PUBLISHER, title=TITLE,
                                url="https://example.org/hostile", published=dt.date(2023, 6, 8),
                                language=None)
    found = flow.find(article, data)
    table = flow.corrected(found.table, found.table.index[0], accept=True, status="pledge",
                           donor=DONOR)
    flow.save_accepted(Store(db), found, table, data)
    with harness.streamlit_server(harness.ROOT, env={"COALITION_LOCAL_DB": str(db)}) as server:
        yield server


@pytest.mark.parametrize("name", [name for name, _ in PAGES])
def test_page_shows_hostile_store_values_as_text(open_page, name):
    """No <img>/<style> from the values, the page still visible, no foreign request or error."""
    recorded = open_page()
    recorded.open(harness.url_path(name, PAGES), f"as_of={AS_OF}")
    page = recorded.page
    assert page.locator("[data-testid='stException']").count() == 0, recorded.server_log_tail()
    alerts = page.locator("[data-testid='stAlertContentError']")
    assert alerts.count() == 0, alerts.first.inner_text()
    assert page.evaluate(MADE_FROM_VALUE_JS) == []
    assert page.locator("[data-testid='stMain'] h1").first.is_visible()
    charts = page.locator(".js-plotly-plot, [data-testid='stDeckGlJsonChart']")
    if charts.count():
        assert charts.first.is_visible()
    plotted = page.evaluate(PLOT_TEXT_JS)
    assert "<img" not in plotted and "<style" not in plotted
    assert recorded.foreign_requests() == []
    assert recorded.errors() == []


def test_ingest_page_lists_the_hostile_save_as_typed(open_page):
    """The saves list shows the publisher and headline literally: markup reaches the reader as
    characters, so the test above is not passing on a page that never showed them."""
    recorded = open_page()
    recorded.open("ingest", f"as_of={AS_OF}")
    main = recorded.page.locator("[data-testid='stMain']")
    text = main.inner_text()
    assert PUBLISHER in text and TITLE in text, text[-2000:]
    assert recorded.page.evaluate(MADE_FROM_VALUE_JS) == []
    assert recorded.foreign_requests() == []


def test_funding_chart_carries_the_hostile_donor_escaped(open_page):
    """The saved donor reaches the funding chart's hover text with its tags as entities."""
    recorded = open_page()
    from charts.funding import PURPOSES

    recorded.open("funding", f"as_of={AS_OF}&funding_purposes={','.join(PURPOSES)}")
    plotted = json.loads(recorded.page.evaluate(PLOT_TEXT_JS))
    flat = json.dumps(plotted, ensure_ascii=False)
    assert "Norway&lt;img src=x&gt;" in flat, flat[:2000]
    assert "<img" not in flat
    assert recorded.foreign_requests() == []


@pytest.mark.parametrize(("path", "query", "named"), [
    ("funding", "as_of=20200101&funding_years=%C2%B2,2020", "20200101"),
    ("map", "as_of=2999-12-31&map_month=2099-13", "2999-12-31"),
    ("briefing", "as_of=%E2%80%AE2020-01-01&present=1&slide=%E2%91%A0", "<U+202E>2020-01-01"),
])
def test_deep_link_with_bad_values_warns_and_draws(open_page, path, query, named):
    """A deep link's first run names a bad as_of in the sidebar and still draws the page."""
    recorded = open_page()
    recorded.open(path, query)
    page = recorded.page
    assert page.locator("[data-testid='stException']").count() == 0, recorded.server_log_tail()
    assert page.locator("[data-testid='stAlertContentError']").count() == 0
    warning = page.locator("[data-testid='stSidebar'] [data-testid='stAlertContentWarning']")
    assert warning.count() == 1 and named in warning.first.text_content()
    charts = page.locator(".js-plotly-plot, [data-testid='stDeckGlJsonChart']")
    assert charts.count() and charts.first.is_visible()
    assert recorded.foreign_requests() == []
    assert recorded.errors() == []
