"""Every page through Streamlit's AppTest: no exception, reads the URL, obeys its controls."""

from __future__ import annotations

from pathlib import Path

import pytest
from apptest_helpers import shown_text
from streamlit.testing.v1 import AppTest

from catalog import t
from loaders import load_all
from loaders.asof import membership_snapshot
from tests.apptest_helpers import open_page, open_revealed
from ui.routes import PAGES

ROOT = Path(__file__).resolve().parents[1]


def page_files() -> list[str]:
    """The page scripts dashboard.py navigates over (ui.routes.PAGES)."""
    return [script for _name, script, _icon, _default in PAGES]


def open_app(as_of: str | None = "2023-06-08", lang: str | None = None,
             page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    if as_of:
        at.query_params["as_of"] = as_of
    if lang:
        at.query_params["lang"] = lang
    at.run()
    if page:
        at.switch_page(page).run()
    return at


def metric_values(at: AppTest) -> dict[str, str]:
    return {shown_text(m.label): m.value for m in at.metric}


@pytest.mark.parametrize("page", page_files())
def test_page_renders_without_exception(page):
    """Each page opened through the entry point with ?as_of=2023-06-08 raises nothing."""
    at = open_app(page=page)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "every page has a title"


@pytest.mark.parametrize("page", page_files())
def test_page_renders_in_arabic(page):
    """With ?lang=ar every page renders, and its title is in Arabic script."""
    at = open_app(lang="ar", page=page)
    assert not at.exception, [e.value for e in at.exception]
    assert any("\u0600" <= ch <= "\u06ff" for ch in at.title[0].value)


def test_as_of_is_read_from_the_url():
    """?as_of= sets the sidebar date, and it survives a round trip through another page.

    (AppTest keeps no sidebar elements after switch_page, so the sidebar is checked on the
    first run only; the browser tests check it on every page.)"""
    at = open_app(as_of="2016-01-01")
    assert str(at.date_input(key="as_of").value) == "2016-01-01"
    before = metric_values(at)
    at.switch_page("pages/5_sources.py").run()
    assert at.query_params["as_of"] == "2016-01-01"
    at.switch_page("pages/1_overview.py").run()
    assert metric_values(at) == before


def test_overview_shows_riyadh_day_with_disagreement():
    """On 2023-06-08 the overview headlines 86 members, marks 85 as disputed, goal > $601M."""
    at = open_app(as_of="2023-06-08")
    values = metric_values(at)
    assert not at.exception
    assert values["Coalition members (stated)"] == "86"
    assert any("Sources disagree" in m.value for m in at.markdown)
    captions = [shown_text(c.value) for c in at.caption]
    assert any("85 (" in c and "86 (" in c for c in captions)
    assert values["Latest stabilisation goal"] == "more than $601M"


def test_overview_member_figure_is_the_one_stated_by_then():
    """On 2016-01-01 the headline total is the latest total stated by that date."""
    data = load_all()
    expected = membership_snapshot(data.members, data.member_counts, data.sources,
                                   "2016-01-01").stated_total
    values = metric_values(open_app(as_of="2016-01-01"))
    members = next(label for label in values if label.startswith("Coalition members"))
    assert values[members] == str(expected)


def test_overview_follows_the_as_of_control():
    """Changing the sidebar date to before Riyadh drops the Riyadh goal from the headline."""
    at = open_app(as_of="2023-06-08")
    at.date_input(key="as_of").set_value("2022-06-01").run()
    assert not at.exception
    assert metric_values(at)["Latest stabilisation goal"] == "$700M"


def test_sources_filter_narrows_the_table():
    """Choosing kind 'official' on the sources page narrows the source table."""
    at = open_app(page="pages/5_sources.py")
    before = len(at.dataframe[0].value)
    at.multiselect(key="sources_kind").select("official").run()
    after = at.dataframe[0].value
    assert not at.exception
    assert 0 < len(after) < before
    assert set(after["kind"].astype(str)) == {"official"}


def test_broken_data_shows_a_message_not_a_traceback(tmp_path, monkeypatch):
    """A bad table is named where it is used; a page that needs it says so and stops, the
    other pages still draw their charts, and nothing raises."""
    import shutil

    broken = tmp_path / "data"
    shutil.copytree(ROOT / "data", broken)
    (broken / "events.csv").write_text("event_id\n", encoding="utf-8")
    (broken / "sites.csv").write_text("not,a,table\n1,2,3\n", encoding="utf-8")
    monkeypatch.setenv("COALITION_DATA_DIR", str(broken))
    at = open_app()
    assert not at.exception
    assert any("events.csv" in shown_text(w.value) for w in at.warning)
    assert any("events.csv" in c.value and "required column" in c.value for c in at.code)
    assert at.get("plotly_chart"), "the overview still draws its charts"
    at.switch_page("pages/4_map.py").run()
    assert not at.exception
    assert any("sites.csv" in shown_text(e.value) for e in at.error)
    assert not at.get("deck_gl_json_chart")
    at.switch_page("pages/2_funding.py").run()
    assert not at.exception and not at.error
    assert [c.key for c in at.get("plotly_chart")] == ["funding_timeline", "funding_drives",
                                                        "funding_donors_fig"]


def footer_counts(at: AppTest) -> list[int]:
    """The N of every "Sources behind this view (N)" expander on the page."""
    prefix = t("footer.sources", count=0).split("(")[0]
    return [int("".join(ch for ch in e.label if ch.isdigit())) for e in at.expander
            if e.label.startswith(prefix)]


@pytest.mark.parametrize("page", page_files())
def test_tier_control_is_obeyed_on_every_page(page):
    """?tiers=official stays in the URL on every page, and a page with a sources footer cites
    fewer sources than with all sources (its rows are kept to official and wire facts)."""
    everything = open_page(page)
    strict = open_page(page, tiers="official")
    assert not strict.exception, [e.value for e in strict.exception]
    assert strict.query_params["tiers"] == "official"
    full, kept = footer_counts(everything), footer_counts(strict)
    if full:  # a panel whose facts all rest on other sources is left out, not drawn empty
        assert sum(kept) < sum(full), (full, kept)


def test_tier_control_drives_the_url_and_the_headlines():
    """Choosing "official and wire only" in the sidebar writes ?tiers=official and the briefing
    headlines count only the facts such sources carry; choosing "all" again removes it."""
    at = open_app()
    assert at.radio(key="tiers").value == "all"
    at.radio(key="tiers").set_value("official").run()
    assert at.query_params["tiers"] == "official"
    at.switch_page("pages/6_briefing.py").run()
    strict = metric_values(at)
    loose = metric_values(open_page("pages/6_briefing.py"))
    assert strict != loose
    again = open_app()
    again.radio(key="tiers").set_value("official").run()
    again.radio(key="tiers").set_value("all").run()
    assert "tiers" not in again.query_params


@pytest.mark.parametrize("page", ["pages/2_funding.py", "pages/3_membership.py",
                                  "pages/4_map.py"])
def test_source_lists_are_built_only_once_opened(page):
    """A "Sources behind this view" list is closed on arrival and carries no lines until the
    reader opens it; opened, it lists every source it counts, with links."""
    at = open_page(page)
    prefix = t("footer.sources", count=0).split("(")[0]
    footers = [e for e in at.expander if e.label.startswith(prefix)]
    assert footers and all(not e.markdown for e in footers)
    open_revealed(at)
    assert not at.exception, [e.value for e in at.exception]
    footers = [e for e in at.expander if e.label.startswith(prefix)]
    lines = [m.value for e in footers for m in e.markdown]
    assert len(lines) == len(footers)
    count = int("".join(ch for ch in footers[-1].label if ch.isdigit()))
    listed = lines[-1].splitlines()
    assert len(listed) == count and all(line.startswith("- **") for line in listed)
    assert any("](<https://" in line for line in listed)
