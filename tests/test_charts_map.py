"""Tests for charts.stabilisation_map and charts.camps: statuses, the deck, figures, summaries."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from charts import stabilisation_map as sm
from charts.camps import camp_choices, camp_population_figure, camp_population_summary
from loaders import load_all

RIYADH = "2023-06-08"
ARABIC = r"[\u0600-\u06FF]"


@pytest.fixture(scope="module")
def data():
    """The real dataset, loaded once."""
    return load_all()


def statuses(data, as_of) -> dict[str, str]:
    frame = sm.site_status(data.sites, as_of, data.camp_population)
    return dict(zip(frame["site_id"], frame["status"], strict=True))


def deck_layers(deck) -> dict[str, dict]:
    return {layer["id"]: layer for layer in json.loads(deck.to_json())["layers"]}


def riyadh_deck(data, lang="en", layers=sm.LAYERS, metric="projects_total", as_of=RIYADH):
    return sm.stabilisation_map_deck(data.sites, data.boundaries, data.camp_population,
                                     data.stabilization_areas, data.sources, as_of, layers,
                                     metric, lang, data.governorates)


def test_deck_has_no_basemap_provider_or_tile_url(data):
    """map_provider is None and no Mapbox/Carto URL or token appears anywhere in the deck JSON."""
    deck = riyadh_deck(data)
    assert deck.map_provider is None
    text = deck.to_json()
    spec = json.loads(text)
    assert spec.get("mapProvider") is None
    for word in ("mapbox", "carto", "api.maptiler", "tile.openstreetmap"):
        assert word not in text.lower()
    assert {"neighbours", "governorates", "places", "camps"} <= set(deck_layers(deck))


def test_riyadh_places_liberated_and_al_hol_open(data):
    """On 8 June 2023 Mosul, Raqqa and Baghuz are retaken and al-Hol is an open camp."""
    status = statuses(data, RIYADH)
    assert {status[s] for s in ("iq_mosul", "sy_raqqa", "sy_baghuz")} == {"liberated"}
    assert status["sy_al_hol"] == "open"
    places = {p["site_id"] for p in deck_layers(riyadh_deck(data))["places"]["data"]}
    assert {"iq_mosul", "sy_raqqa", "sy_baghuz"} <= places


def test_mosul_held_by_isis_on_new_year_2016(data):
    """On 1 January 2016 Mosul is held by ISIS, not liberated, and drawn as a hollow ring."""
    assert statuses(data, "2016-01-01")["iq_mosul"] == "isis"
    places = deck_layers(riyadh_deck(data, as_of="2016-01-01"))["places"]["data"]
    mosul = next(p for p in places if p["site_id"] == "iq_mosul")
    assert mosul["fill"][3] == 0
    assert mosul["status"] == "Held by ISIS on this date"


def test_offensive_under_way_reads_contested(data):
    """Between the start and end of the Mosul offensive the city is contested, not retaken."""
    assert statuses(data, "2017-01-15")["iq_mosul"] == "battle"


def test_al_hol_closed_after_february_2026(data):
    """On 1 March 2026 al-Hol is closed and its tooltip names the closure date and source."""
    assert statuses(data, "2026-03-01")["sy_al_hol"] == "closed"
    camps = deck_layers(riyadh_deck(data, as_of="2026-03-01"))["camps"]["data"]
    al_hol = next(c for c in camps if c["site_id"] == "sy_al_hol")
    assert "closed on 22 February 2026" in al_hol["status"]
    assert al_hol["source"] == "Source: Kurdistan24, 2026-02-22"


def test_palmyra_recapture_hides_first_liberation(data):
    """After ISIS retook Palmyra (Dec 2016) only the later row is drawn, as held by ISIS."""
    status = statuses(data, "2017-01-15")
    assert status["sy_palmyra_2016"] == "recaptured"
    assert status["sy_palmyra_2017"] == "isis"
    places = {p["site_id"] for p in deck_layers(riyadh_deck(data, as_of="2017-01-15"))
              ["places"]["data"]}
    assert "sy_palmyra_2016" not in places and "sy_palmyra_2017" in places


def test_tooltips_carry_arabic_names_and_sources(data):
    """Every pickable object has an Arabic name and places and camps end with their source."""
    deck = riyadh_deck(data, lang="ar")
    layers = deck_layers(deck)
    for layer in ("places", "camps"):
        for row in layers[layer]["data"]:
            assert pd.Series([row["name_ar"]]).str.contains(ARABIC).all()
            assert row["source"].startswith("المصدر: ")
            # The date may be followed by the isolate mark that closes an embedded Latin name.
            assert pd.Series([row["source"]]).str.contains(r"\d{4}-\d{2}-\d{2}\u2069?$").all()
    mosul = next(p for p in layers["places"]["data"] if p["site_id"] == "iq_mosul")
    assert mosul["name_ar"] == "الموصل"
    assert len(mosul["detail"]) <= len("القوات: ") + sm.FORCES_LIMIT
    html = deck._tooltip["html"]
    assert "{name_ar}" in html and "{source}" in html
    neighbours = layers["neighbours"]["data"]["features"]
    assert all(f["properties"]["name_ar"] for f in neighbours)


def test_nearby_town_flag_reaches_tooltip_and_icon(data):
    """Camps located by a nearby town say so in the tooltip and get the dashed-ring icon."""
    camps = {c["site_id"]: c for c in deck_layers(riyadh_deck(data))["camps"]["data"]}
    assert camps["sy_roj"]["note"] == "Located by nearby town (position approximate)"
    assert camps["sy_roj"]["icon"]["id"].endswith("-1")
    assert camps["sy_al_hol"]["note"] == ""
    assert camps["sy_al_hol"]["icon"]["id"].endswith("-0")


def test_camp_tooltip_has_latest_count_by_date(data):
    """al-Hol's tooltip on 8 June 2023 gives the June 2023 count, not a later one."""
    camps = {c["site_id"]: c for c in deck_layers(riyadh_deck(data))["camps"]["data"]}
    assert camps["sy_al_hol"]["detail"] == "Residents: 50,000"
    assert camps["sy_al_hol"]["dates"] == "Latest count: June 2023"


def test_governorate_values_pick_latest_by_as_of(data):
    """projects_total per governorate is the Sep 2019 value in Dec 2019, the Mar 2020 one later."""
    early = sm.governorate_values(data.stabilization_areas, data.governorates, "projects_total",
                                  "2019-12-31").set_index("area")
    late = sm.governorate_values(data.stabilization_areas, data.governorates, "projects_total",
                                 RIYADH).set_index("area")
    assert early.loc["Ninewa", "value"] == 1866 and late.loc["Ninewa", "value"] == 2433
    assert set(late.index) == {"Ninewa", "Anbar", "Salah al-Din", "Kirkuk", "Diyala"}
    assert late["as_of"].max() <= pd.Timestamp(RIYADH)
    none = sm.governorate_values(data.stabilization_areas, data.governorates, "projects_total",
                                 "2018-01-01")
    assert none.empty


def test_multi_governorate_totals_never_mapped(data):
    """Metrics offered are those with single-governorate rows; area lists are not among them."""
    metrics = sm.governorate_metrics(data.stabilization_areas, data.governorates, RIYADH)
    assert metrics[0] == "projects_total"
    assert "contributions_received_usd" not in metrics
    features = deck_layers(riyadh_deck(data))["governorates"]["data"]["features"]
    filled = {f["properties"]["title"] for f in features
              if f["properties"]["detail"].startswith("FFS projects")}
    assert filled == {"Ninewa", "Anbar", "Salah al-Din", "Kirkuk", "Diyala"}


def test_undof_zone_is_greyed_and_labelled(data):
    """The UNDOF area of separation is drawn grey with its own label, never as a governorate."""
    features = deck_layers(riyadh_deck(data))["governorates"]["data"]["features"]
    undof = [f for f in features if f["properties"]["title"] == "UNDOF Area of Separation"]
    assert len(undof) == 1
    assert undof[0]["properties"]["fill"] == sm.UNDOF_FILL
    assert undof[0]["properties"]["status"] == "UNDOF area of separation"


def test_layer_toggles_drop_layers(data):
    """Switching places and camps off leaves the outlines only, and no figure fill."""
    layers = deck_layers(riyadh_deck(data, layers=[]))
    # The key-place labels stay for orientation (English map only).
    assert set(layers) == {"neighbours", "neighbour_lines", "governorates",
                    "governorate_lines", "borders", "labels"}
    fills = {tuple(f["properties"]["fill"]) for f in layers["governorates"]["data"]["features"]}
    assert fills <= {tuple(sm.GOVERNORATE_FILL), tuple(sm.UNDOF_FILL)}


def test_liberation_colour_runs_along_the_ramp(data):
    """Earlier liberations take the dark end of the ramp, later ones the light end."""
    early, late = sm.liberation_color(pd.Timestamp("2014-08-31")), sm.liberation_color(
        pd.Timestamp("2019-03-23"))
    assert sum(early[:3]) < sum(late[:3])


def test_title_and_summary_state_the_finding(data):
    """The title counts places retaken and names al-Hol's state; the summary names the latest."""
    assert sm.map_title(data.sites, data.camp_population, RIYADH, "en") == (
        "34 places retaken from ISIS by 8 June 2023; al-Hol open with 50,000 residents")
    assert "al-Hol closed on 22 February 2026" in sm.map_title(
        data.sites, data.camp_population, "2026-03-01", "en")
    summary = sm.map_summary(data.sites, data.camp_population, RIYADH)
    assert "34 places" in summary and "Baghuz" in summary and "23 March 2019" in summary


def test_replay_never_passes_as_of():
    """The replay month ends at its last day unless the as-of date comes first."""
    assert sm.replay_date("2016-01", RIYADH) == pd.Timestamp("2016-01-31")
    assert sm.replay_date("2023-06", RIYADH) == pd.Timestamp(RIYADH)
    assert sm.replay_months(RIYADH)[0] == "2014-01"
    assert sm.replay_months(RIYADH)[-1] == "2023-06"


def test_map_rows_list_what_is_drawn_with_sources_known_then(data):
    """Export rows cover every drawn place and camp and cite no source published later."""
    rows = sm.map_rows(data.sites, data.camp_population, data.stabilization_areas,
                       data.governorates, RIYADH, sm.LAYERS, "projects_total", data.sources)
    assert (rows["layer"] == "places").sum() == 34
    from charts.provenance import cited_sources
    cited = cited_sources([rows], data.sources)
    assert cited["published"].dropna().max() <= pd.Timestamp(RIYADH)


def test_camp_figure_traces_and_hover_source(data):
    """al-Hol: residents, nationality splits dashed, repatriations apart, closure annotated."""
    fig = camp_population_figure(data.camp_population, data.sites, data.sources, "sy_al_hol",
                                 "2026-03-01", "en", data.events)
    names = [tr.name for tr in fig.data]
    assert names[0] == "Residents"
    assert "Iraqis repatriated, cumulative (not residents)" in names
    splits = [tr for tr in fig.data if "(of residents)" in tr.name]
    assert splits and all(tr.line.dash == "dash" for tr in splits)
    residents = fig.data[0]
    assert max(residents.y) == 75000
    assert all(str(c[3]).startswith("Source: ") for c in residents.customdata)
    assert "Source: " in residents.hovertemplate or "customdata[3]" in residents.hovertemplate
    texts = [a.text for a in fig.layout.annotations]
    assert "Closed 22 February 2026" in texts
    assert any("Baghuz" in text for text in texts)
    assert fig.layout.title.text.startswith("al-Hol closed on 22 February 2026")


def test_camp_figure_respects_as_of_and_marks_ceilings(data):
    """Roj by 2023 shows only earlier counts; its 'fewer than 2,000' point is an open marker."""
    fig = camp_population_figure(data.camp_population, data.sites, data.sources, "sy_roj",
                                 RIYADH, "en")
    residents = fig.data[0]
    assert max(pd.to_datetime(residents.x)) <= pd.Timestamp(RIYADH)
    assert residents.marker.symbol[0] == "triangle-down-open"
    assert residents.customdata[0][2] == "fewer than 2,000"


def test_camp_summary_and_choices(data):
    """al-Hol is the first camp offered; its summary gives the latest count against the peak."""
    assert camp_choices(data.sites, data.camp_population)[0] == "sy_al_hol"
    text = camp_population_summary(data.camp_population, data.sites, "sy_al_hol", RIYADH)
    assert "50,000" in text and "75,000" in text
    before = camp_population_summary(data.camp_population, data.sites, "sy_al_hol", "2016-01-01")
    assert before.startswith("No head count")


def test_key_places_labelled_in_english_only_and_listed_in_arabic(data):
    """A TextLayer with ASCII labels offset off their markers in English; none in Arabic, where
    the legend names the places instead."""
    labels = deck_layers(riyadh_deck(data))["labels"]
    texts = {row["text"] for row in labels["data"]}
    assert {"Mosul", "Raqqa", "Baghuz", "al-Hol", "Fallujah", "Ramadi", "Kobani",
            "Deir ez-Zor"} == texts
    assert all(max(map(abs, row["offset"])) >= 10 for row in labels["data"])
    assert "characterSet" not in labels
    assert labels["fontSettings"]["sdf"] and labels["outlineWidth"] > 0  # a halo, no box
    assert not labels.get("background")
    assert "labels" not in deck_layers(riyadh_deck(data, lang="ar"))
    names = sm.key_place_names(data.sites, "ar")
    legend = sm.legend_html(pd.DataFrame(), None, [], "ar", names)
    assert "الموصل" in legend and "الباغوز" in legend


def test_home_view_fits_syria_and_iraq_on_a_phone():
    """At the opening zoom Syria and Iraq's 13 degrees of longitude fit a 358 px wide map."""
    view = sm.home_view()
    pixels_per_degree = 512 * 2 ** view["zoom"] / 360
    west, _, east, _ = sm.HOME_BOUNDS
    assert (east - west) * pixels_per_degree <= 358
    assert west < view["longitude"] < east


def test_city_figures_never_fill_a_governorate(data):
    """Tikrit's or Raqqa city's figures are not offered as governorate figures."""
    metrics = sm.governorate_metrics(data.stabilization_areas, data.governorates, "2026-01-01")
    assert "projects_total" in metrics
    assert not [m for m in metrics if "tikrit" in m or "city" in m or "periphery" in m]
    assert sm.governorate_metrics(data.stabilization_areas, data.governorates,
                                  "2016-01-01") == []


def test_chosen_figure_without_value_says_so_and_when(data):
    """Replayed to 2016, the FFS project count has no value: the caption says when it starts."""
    values = sm.governorate_values(data.stabilization_areas, data.governorates,
                                   "projects_total", "2016-01-31")
    first = sm.first_value_date(data.stabilization_areas, data.governorates, "projects_total",
                                RIYADH)
    caption = sm.figure_caption(values, "projects_total", "2016-01-31", "en", first)
    assert values.empty and "September 2019" in caption


def test_summary_counts_the_camps_it_draws(data):
    """On 1 January 2016 the camps drawn as outlines are counted as having no count yet."""
    summary = sm.map_summary(data.sites, data.camp_population, "2016-01-01")
    drawn = sm.site_status(data.sites, "2016-01-01", data.camp_population)
    drawn = drawn[(drawn["layer"] == "camps") & drawn["shown"]]
    assert f"{len(drawn)} with no head count on record yet" in summary


def test_status_scales_linearly(data):
    """site_status over whole columns matches the row rules on every site."""
    day = pd.Timestamp("2017-01-01")
    reported = set(data.camp_population[data.camp_population["date"] <= day]["site_id"])
    frame = sm.site_status(data.sites, day, data.camp_population)
    for (_, site), state in zip(data.sites.iterrows(), frame["status"], strict=True):
        if state == "recaptured":
            continue
        rule = (sm.place_status(site, day) if str(site["site_type"]) in sm.PLACE_TYPES
                else sm.camp_status(site, day, reported))
        assert rule == state, site["site_id"]
