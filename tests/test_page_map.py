"""The stabilisation map page through AppTest via dashboard.py: no basemap, the replay driven."""

from __future__ import annotations

import json

import pytest
from apptest_helpers import shown_text
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import DASHBOARD, open_page


def deck_spec(at: AppTest) -> dict:
    return json.loads(at.get("deck_gl_json_chart")[0].proto.json)


def place_ids(at: AppTest, status: str | None = None) -> set[str]:
    places = next(layer for layer in deck_spec(at)["layers"] if layer["id"] == "places")
    return {p["site_id"] for p in places["data"] if status is None or p["status"] == status}


@pytest.fixture()
def page() -> AppTest:
    """The map page opened with ?as_of=2023-06-08."""
    return open_page("pages/4_map.py")


def test_page_renders_without_basemap(page):
    """No exception; the deck has no map provider and the title states the finding."""
    assert not page.exception
    spec = deck_spec(page)
    assert spec.get("mapProvider") is None
    assert "carto" not in page.get("deck_gl_json_chart")[0].proto.json.lower()
    assert "iq_mosul" in place_ids(page, "Retaken from ISIS")
    assert any("34 places retaken from ISIS by 8 June 2023" in m.value for m in page.markdown)
    assert [c.key for c in page.get("plotly_chart")] == ["camp_population", "territory"]


def test_replay_to_january_2016_removes_mosul_from_liberated(page):
    """Setting the month slider to 2016-01 draws Mosul as held by ISIS, not as retaken."""
    page.select_slider(key="map_month").set_value("2016-01").run()
    assert not page.exception
    assert "iq_mosul" not in place_ids(page, "Retaken from ISIS")
    assert "iq_mosul" in place_ids(page, "Held by ISIS on this date")
    assert any("31 January 2016" in m.value for m in page.markdown)
    assert page.info, "al-Hol has no count yet: a message replaces the empty chart"
    infos = [shown_text(i.value) for i in page.info]
    assert any("December 2018" in i for i in infos), "the first count is suggested"


def test_switching_layers_off_explains_itself(page):
    """With every layer unticked the page says so instead of drawing an empty map silently."""
    for key in ("map_places", "map_camps", "map_governorates"):
        page.checkbox(key=key).uncheck()
    page.run()
    assert not page.exception
    ids = {layer["id"] for layer in deck_spec(page)["layers"]}
    assert ids == {"neighbours", "neighbour_lines", "governorates",
                    "governorate_lines", "borders", "labels"}
    assert page.info


def test_camp_and_figure_kept_as_codes_in_an_arabic_link():
    """/map?lang=ar&map_camp=sy_roj opens on Roj, and the URL keeps the code, not a label."""
    at = AppTest.from_file(DASHBOARD, default_timeout=120)
    at.query_params["as_of"] = "2023-06-08"
    at.query_params["lang"] = "ar"
    at.query_params["map_camp"] = "sy_roj"
    at.query_params["map_metric"] = "returnees"
    at.run()
    at.switch_page("pages/4_map.py").run()
    assert not at.exception
    assert at.selectbox(key="map_camp").value == "sy_roj"
    assert at.selectbox(key="map_metric").value == "returnees"
    assert at.query_params["map_camp"] == "sy_roj"
    layers = {layer["id"] for layer in deck_spec(at)["layers"]}
    assert "labels" not in layers


def test_camp_not_yet_counted_on_the_replayed_day_says_when_counting_began():
    """Replayed to January 2016, al-Hol has no count yet: no chart, a message naming the
    month of its first count in the data (December 2018) instead."""
    at = open_page("pages/4_map.py", map_camp="sy_al_hol", map_month="2016-01")
    assert not at.exception
    assert at.selectbox(key="map_camp").value == "sy_al_hol"
    assert [c.key for c in at.get("plotly_chart")] == ["territory"]
    messages = " ".join(shown_text(info.value) for info in at.info)
    assert "December 2018" in messages, messages
