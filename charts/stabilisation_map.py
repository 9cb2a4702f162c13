"""Sites, camps, stabilisation figures and bundled outlines + a date -> a pydeck map and legend."""

from __future__ import annotations

import base64
import copy
import functools
import math
import re

import numpy as np
import pandas as pd
import pydeck as pdk

from catalog import format_count, format_date, format_usd, t
from catalog.formatting import QUALIFIER_WORDS
from catalog.markup import Trusted, html, joined
from charts.camps import short_name
from charts.geometry import (
    NEIGHBOUR_TOLERANCE,
    REGION_DIGITS,
    REGION_TOLERANCE,
    outline_layer,
    thinned,
)
from charts.provenance import source_label
from charts.style import FONT_FAMILY, OKABE_ITO
from loaders.asof import known_by

PLACE_TYPES = ["city", "town", "region"]
CAMP_TYPES = ["camp", "detention"]
LAYERS = ("governorates", "places", "camps")
LAYER_ORDER = ("places", "camps", "governorates")  # order of the toggles under the map
# Syria and Iraq (west, south, east, north); the opening view fits them into the narrowest map
# the page is read on (a 390 px phone leaves about 358 px), so no country is cut off there.
HOME_BOUNDS = (35.6, 29.0, 48.7, 37.4)
NARROW_MAP_WIDTH = 358
MAP_HEIGHT = 440
TOOLTIP_FIELDS = ("title", "name_ar", "status", "dates", "detail", "note", "source")
FORCES_LIMIT = 160
# Liberation dates run over a colour-blind-safe sequential ramp (viridis, stopped short of its
# palest yellow so the last liberations still read against a white governorate).
RAMP_START, RAMP_END = pd.Timestamp("2014-01-01"), pd.Timestamp("2019-12-31")
LIBERATION_RAMP = ["#440154", "#414487", "#2A788E", "#22A884", "#7AD151", "#D2E21B"]
# Governorate figures: light yellow-orange-brown, kept semi-transparent under the points.
FIGURE_RAMP = ["#FFF7BC", "#FEC44F", "#EC7014", "#993404"]
FIGURE_ALPHA = 150
ISIS_COLOR = OKABE_ITO["vermillion"]
CAMP_COLOR = OKABE_ITO["blue"]
DETENTION_COLOR = OKABE_ITO["purple"]
NEIGHBOUR_FILL = [236, 236, 236, 255]
GOVERNORATE_FILL = [255, 255, 255, 255]
UNDOF_FILL = [170, 170, 170, 160]
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
BOUNDARY_SOURCES = ("natural_earth_admin1", "natural_earth_admin0")
ICON_SIZE = 64
# Metrics about one city or part of a governorate: a whole governorate filled by them would
# misstate them, so they are never offered as a governorate figure.
PART_METRIC = re.compile(r"(?:_city|_tikrit|_periphery|_villages)(?:_|$)")
# Key places labelled on the English map (deck.gl draws Arabic text left to right, so the Arabic
# legend lists them instead): site id, label, text anchor and pixel offset clear of the marker.
KEY_PLACES = (
    ("iq_mosul", "Mosul", "start", [10, 0]),
    ("sy_raqqa", "Raqqa", "end", [-10, 0]),
    ("sy_baghuz", "Baghuz", "start", [10, 6]),
    ("sy_al_hol", "al-Hol", "start", [13, 0]),
    ("iq_fallujah", "Fallujah", "start", [10, 4]),
    ("iq_ramadi", "Ramadi", "end", [-10, 4]),
    ("sy_kobani", "Kobani", "middle", [0, -14]),
    ("sy_deir_ez_zor", "Deir ez-Zor", "end", [-10, 0]),
)
LABEL_COLOR = [26, 26, 26, 255]
# The columns the tooltips read, so rows become dicts without carrying the rest.
PLACE_COLUMNS = ["site_id", "lon", "lat", "status", "name_en", "name_ar", "source_id",
                 "isis_captured", "liberated_start", "liberated_start_precision",
                 "liberated_end", "liberated_end_precision", "liberating_forces"]
CAMP_COLUMNS = ["site_id", "lon", "lat", "status", "name_en", "name_ar", "source_id",
                "site_type", "coord_precision", "closed", "closed_precision", "closed_source_id"]


# --- status on a date -------------------------------------------------------------------

def capture_date(value) -> pd.Timestamp | None:
    """The last day of the period an 'isis_captured' date names ('2014' -> 31 Dec 2014), so a
    place is drawn as held only once it surely was; words ('besieged') give None."""
    if not isinstance(value, str) or not PARTIAL_DATE.match(value):
        return None
    parts = value.split("-")
    start = pd.Timestamp(value if len(parts) == 3 else "-".join(parts + ["01"] * (3 - len(parts))))
    if len(parts) == 1:
        return start + pd.offsets.YearEnd(0)
    if len(parts) == 2:
        return start + pd.offsets.MonthEnd(0)
    return start


def capture_precision(value) -> str:
    return {4: "year", 7: "month"}.get(len(str(value)), "day")


def capture_dates(values: pd.Series) -> pd.Series:
    """capture_date for a column, computed once per distinct value."""
    distinct = {v: capture_date(v) for v in values.dropna().unique()}
    return pd.to_datetime(values.map(distinct), errors="coerce")


def place_status(site: pd.Series, day: pd.Timestamp) -> str:
    """liberated, battle (offensive under way), isis (held), or not_yet (not held or unknown)."""
    if pd.notna(site["liberated_end"]) and site["liberated_end"] <= day:
        return "liberated"
    if pd.notna(site["liberated_start"]) and site["liberated_start"] <= day:
        return "battle"
    captured = capture_date(site["isis_captured"])
    if captured is not None and captured <= day:
        return "isis"
    return "not_yet"


def camp_status(site: pd.Series, day: pd.Timestamp, reported: set[str]) -> str:
    """closed once its closure date has passed; open once a head count (a detention site: any
    dated event) is on record; unreported before that (the data hold no opening dates)."""
    if pd.notna(site["closed"]) and site["closed"] <= day:
        return "closed"
    if site["site_id"] in reported:
        return "open"
    first = capture_date(site["isis_captured"]) or site["liberated_start"]
    if site["site_type"] == "detention" and pd.notna(first) and first <= day:
        return "open"
    return "unreported"


def site_status(sites: pd.DataFrame, as_of, camp_population: pd.DataFrame | None = None
                ) -> pd.DataFrame:
    """Each site's status on as_of, with `layer` (places or camps) and `shown` (drawn or not).

    The same rules as place_status and camp_status, over whole columns. A place retaken and
    then lost again (Palmyra 2016, recaptured December 2016) reads 'recaptured' while the
    later capture stands."""
    day = pd.Timestamp(as_of).normalize()
    reported: set[str] = set()
    if camp_population is not None:
        reported = set(known_by(camp_population, day)["site_id"])
    is_place = sites["site_type"].astype(str).isin(PLACE_TYPES).to_numpy()
    captured = capture_dates(sites["isis_captured"])
    place = np.select([(sites["liberated_end"] <= day).to_numpy(),
                       (sites["liberated_start"] <= day).to_numpy(),
                       (captured <= day).to_numpy()],
                      ["liberated", "battle", "isis"], "not_yet")
    first = captured.fillna(sites["liberated_start"])
    detention_open = (sites["site_type"].astype(str).eq("detention") & (first <= day))
    camp = np.select([(sites["closed"] <= day).to_numpy(),
                      sites["site_id"].isin(reported).to_numpy() | detention_open.to_numpy()],
                     ["closed", "open"], "unreported")
    frame = pd.DataFrame({"site_id": sites["site_id"].values,
                          "status": np.where(is_place, place, camp),
                          "layer": np.where(is_place, "places", "camps")}, index=sites.index)
    frame.loc[recaptured(sites, frame, day, captured), "status"] = "recaptured"
    # The later row at the same place (captured again) tells the story while ISIS holds it.
    frame["shown"] = ~frame["status"].isin(["not_yet", "recaptured"])
    return frame


def recaptured(sites: pd.DataFrame, status: pd.DataFrame, day: pd.Timestamp,
               captured: pd.Series | None = None) -> pd.Series:
    """Liberated rows whose place (same coordinates) ISIS took again after, and still holds."""
    later = capture_dates(sites["isis_captured"]) if captured is None else captured
    held = status["status"].isin(["isis", "battle"]) & later.notna()
    if not held.any():
        return pd.Series(False, index=sites.index)
    last_capture = (pd.DataFrame({"lat": sites["lat"], "lon": sites["lon"], "later": later})[held]
                    .groupby(["lat", "lon"])["later"].max())
    keys = pd.MultiIndex.from_arrays([sites["lat"], sites["lon"]])
    again = pd.Series(last_capture.reindex(keys).to_numpy(), index=sites.index)
    return (status["status"] == "liberated") & (again > sites["liberated_end"]).fillna(False)


# --- governorate figures ----------------------------------------------------------------

def governorate_rows(stabilization_areas: pd.DataFrame, governorates: pd.DataFrame,
                     as_of) -> pd.DataFrame:
    """Figures whose area is one governorate (multi-governorate totals cannot be mapped)."""
    single = stabilization_areas[stabilization_areas["area"].isin(governorates["name_en"])]
    return known_by(single, as_of, column="as_of")


def governorate_metrics(stabilization_areas: pd.DataFrame, governorates: pd.DataFrame,
                        as_of) -> list[str]:
    """Metrics about a whole governorate with a value for at least one by as_of, most
    governorates first (figures for one city in it, such as Tikrit's returns, left out)."""
    rows = governorate_rows(stabilization_areas, governorates, as_of)
    rows = rows[~rows["metric"].astype(str).str.contains(PART_METRIC)]
    spread = rows.groupby("metric")["area"].nunique()
    return sorted(spread.index, key=lambda m: (-spread[m], m))


def governorate_values(stabilization_areas: pd.DataFrame, governorates: pd.DataFrame,
                       metric: str | None, as_of) -> pd.DataFrame:
    """The latest value of metric known by as_of for each governorate that has one."""
    rows = governorate_rows(stabilization_areas, governorates, as_of)
    rows = rows[rows["metric"] == metric].sort_values(["as_of", "figure_id"])
    latest = rows.groupby("area").tail(1)
    names = governorates[["name_en", "name_ar", "gov_id"]].rename(columns={"name_en": "area"})
    return latest.merge(names, on="area", how="left").reset_index(drop=True)


def first_value_date(stabilization_areas: pd.DataFrame, governorates: pd.DataFrame,
                     metric: str | None, as_of) -> pd.Timestamp | None:
    """When metric was first known for a single governorate (by as_of), or None."""
    rows = governorate_rows(stabilization_areas, governorates, as_of)
    dates = rows.loc[rows["metric"] == metric, "as_of"]
    return None if dates.empty else dates.min()


def format_value(value: float, unit: str, lang: str) -> str:
    if unit == "pct":
        return f"{value:g}%"
    if unit == "usd":
        return format_usd(value, "exact", lang)
    if unit in ("eur", "gbp"):
        return f"{format_count(value, lang)} {unit.upper()}"
    if unit == "m2":
        return f"{format_count(value, lang)} m²"
    return format_count(value, lang)


def metric_label(metric: str, lang: str) -> str:
    """The catalog's name for a metric, or its id made readable if the catalog lacks it."""
    try:
        return t(f"map.metric.{metric}", lang)
    except KeyError:
        return metric.replace("_", " ").capitalize()


# --- colours and icons ------------------------------------------------------------------

def hex_rgb(color: str) -> list[int]:
    color = color.lstrip("#")
    return [int(color[i:i + 2], 16) for i in (0, 2, 4)]


def ramp_color(stops: list[str], fraction: float) -> list[int]:
    """Linear interpolation along a list of hex colours, fraction clipped to 0..1."""
    fraction = min(max(float(fraction), 0.0), 1.0) * (len(stops) - 1)
    low = min(int(fraction), len(stops) - 2)
    a, b = hex_rgb(stops[low]), hex_rgb(stops[low + 1])
    share = fraction - low
    return [round(x + (y - x) * share) for x, y in zip(a, b, strict=True)]


def liberation_color(day: pd.Timestamp) -> list[int]:
    fraction = (day - RAMP_START) / (RAMP_END - RAMP_START)
    return [*ramp_color(LIBERATION_RAMP, fraction), 240]


def svg_url(body: str) -> str:
    svg = (f"<svg xmlns='http://www.w3.org/2000/svg' width='{ICON_SIZE}' height='{ICON_SIZE}' "
           f"viewBox='0 0 32 32'>{body}</svg>")
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def icon_svg(site_type: str, status: str, nearby: bool) -> str:
    """Square for a camp, diamond for a detention site; filled while open, crossed once closed,
    outline only when no count is on record; a dashed ring when located by a nearby town."""
    color = DETENTION_COLOR if site_type == "detention" else CAMP_COLOR
    fill = {"open": color, "closed": "#FFFFFF", "unreported": "#FFFFFF"}[status]
    stroke = "#555555" if status == "closed" else ("#1A1A1A" if status == "open" else color)
    shape = ("<polygon points='16,5 27,16 16,27 5,16' " if site_type == "detention"
             else "<rect x='7' y='7' width='18' height='18' ")
    body = f"{shape}fill='{fill}' stroke='{stroke}' stroke-width='2.2'/>"
    if status == "closed":
        body += "<path d='M10 10 L22 22 M22 10 L10 22' stroke='#555555' stroke-width='2.2'/>"
    if nearby:
        body += ("<circle cx='16' cy='16' r='14.2' fill='none' stroke='#1A1A1A' "
                 "stroke-width='1.6' stroke-dasharray='3 2.4'/>")
    return body


@functools.lru_cache(maxsize=64)
def icon_url(site_type: str, status: str, nearby: bool) -> str:
    return svg_url(icon_svg(site_type, status, nearby))


def icon_for(site_type: str, status: str, nearby: bool) -> dict:
    return {"url": icon_url(site_type, status, bool(nearby)), "width": ICON_SIZE,
            "height": ICON_SIZE, "anchorY": ICON_SIZE // 2,
            "id": f"{site_type}-{status}-{int(nearby)}"}


# --- tooltip rows -----------------------------------------------------------------------

def trimmed(text, limit: int = FORCES_LIMIT) -> str:
    if not isinstance(text, str) or not text.strip():
        return ""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"


def source_line(source_id, labels: pd.Series, lang: str) -> str:
    return t("map.source", lang, source=labels.get(source_id, source_id))


def precision(value) -> str:
    return value if isinstance(value, str) and value else "day"


def capture_text(value, lang: str) -> str:
    if not isinstance(value, str):
        return ""
    if value in ("besieged", "partial"):
        return t(f"map.captured.{value}", lang)
    stamp = pd.Timestamp(value if len(value) == 10 else (value + "-01-01")[:10])
    return t("map.captured.date", lang, date=format_date(stamp, capture_precision(value), lang))


def liberation_dates(site: pd.Series, lang: str) -> str:
    end = format_date(site["liberated_end"], precision(site["liberated_end_precision"]), lang)
    if pd.isna(site["liberated_start"]) or site["liberated_start"] == site["liberated_end"]:
        return t("map.dates.retaken", lang, end=end)
    start = format_date(site["liberated_start"], precision(site["liberated_start_precision"]), lang)
    return t("map.dates.retaken_span", lang, start=start, end=end)


def place_dates(site: pd.Series, status: str, lang: str) -> str:
    captured = capture_text(site["isis_captured"], lang)
    if status in ("liberated", "recaptured"):
        return "; ".join(p for p in (captured, liberation_dates(site, lang)) if p)
    if status == "battle":
        start = format_date(site["liberated_start"],
                            precision(site["liberated_start_precision"]), lang)
        return "; ".join(p for p in (captured, t("map.dates.battle", lang, start=start)) if p)
    return captured


def place_rows(sites: pd.DataFrame, status: pd.DataFrame, sources: pd.DataFrame,
               lang: str) -> pd.DataFrame:
    """Places drawn on the map with colour, radius and tooltip fields."""
    labels = source_label(sources).to_dict()
    shown = status[(status["layer"] == "places") & status["shown"]]
    rows = sites.loc[shown.index].assign(status=shown["status"])
    rows = rows.sort_values("liberated_end", na_position="first")
    records = []
    # Plain dicts: a pandas row per site costs more than the tooltip text built from it.
    for site in rows[PLACE_COLUMNS].to_dict("records"):
        state = site["status"]
        liberated = state == "liberated"
        records.append({
            "site_id": site["site_id"], "lon": site["lon"], "lat": site["lat"],
            "fill": liberation_color(site["liberated_end"]) if liberated else [255, 255, 255, 0],
            "line": [40, 40, 40, 255] if liberated else [*hex_rgb(ISIS_COLOR), 255],
            "title": site["name_en"], "name_ar": site["name_ar"],
            "status": t(f"map.status.{state}", lang),
            "dates": place_dates(site, state, lang),
            "detail": (t("map.forces", lang, forces=trimmed(site["liberating_forces"]))
                       if liberated and isinstance(site["liberating_forces"], str) else ""),
            "note": "",
            "source": source_line(site["source_id"], labels, lang),
        })
    return pd.DataFrame(records, columns=["site_id", "lon", "lat", "fill", "line",
                                          *TOOLTIP_FIELDS])


def latest_counts(camp_population: pd.DataFrame, as_of) -> pd.DataFrame:
    """The latest resident head count per camp known by as_of."""
    rows = known_by(camp_population, as_of)
    rows = rows[(rows["metric"] == "camp_population") & rows["population"].notna()]
    return rows.sort_values("date").groupby("site_id").tail(1).set_index("site_id")


def qualified(value, qualifier, lang: str) -> str:
    words = QUALIFIER_WORDS.get(lang, QUALIFIER_WORDS["en"]).get(str(qualifier), "")
    return words + format_count(value, lang)


def camp_status_text(site: pd.Series, state: str, lang: str) -> str:
    kind = t(f"map.kind.{site['site_type']}", lang)
    if state == "closed":
        when = format_date(site["closed"], precision(site["closed_precision"]), lang)
        return t("map.status.closed", lang, kind=kind, date=when)
    return t(f"map.status.{state}", lang, kind=kind)


def camp_rows(sites: pd.DataFrame, status: pd.DataFrame, camp_population: pd.DataFrame,
              sources: pd.DataFrame, as_of, lang: str) -> pd.DataFrame:
    """Camps and detention sites with their icon, status and latest count in the tooltip."""
    labels = source_label(sources).to_dict()
    counts = latest_counts(camp_population, as_of)
    shown = status[(status["layer"] == "camps") & status["shown"]]
    rows = sites.loc[shown.index].assign(status=shown["status"])
    counts = {site_id: row for site_id, row in zip(counts.index, counts.to_dict("records"),
                                                      strict=True)}
    records = []
    for site in rows[CAMP_COLUMNS].to_dict("records"):
        nearby = site["coord_precision"] == "nearby_town"
        count = counts.get(site["site_id"])
        detail, dates, source_id = "", "", site["source_id"]
        if count is not None:
            detail = t("map.residents", lang, count=qualified(count["population"],
                                                               count["qualifier"], lang))
            dates = t("map.count_date", lang,
                      date=format_date(count["date"], count["date_precision"], lang))
            source_id = count["source_id"]
        elif site["site_type"] == "camp":
            detail = t("map.no_count", lang)
        if site["status"] == "closed":
            source_id = site["closed_source_id"]
        records.append({
            "site_id": site["site_id"], "lon": site["lon"], "lat": site["lat"],
            "icon": icon_for(str(site["site_type"]), site["status"], nearby),
            "title": site["name_en"], "name_ar": site["name_ar"],
            "status": camp_status_text(site, site["status"], lang),
            "dates": dates, "detail": detail,
            "note": t("map.nearby_town", lang) if nearby else "",
            "source": source_line(source_id, labels, lang),
        })
    return pd.DataFrame(records, columns=["site_id", "lon", "lat", "icon", *TOOLTIP_FIELDS])


def blank_tooltip(**values) -> dict:
    return {field: "" for field in TOOLTIP_FIELDS} | values


def country_name_ar(name_en: str) -> str:
    try:
        return t(f"map.country.{name_en}", "ar")
    except KeyError:
        return ""


def neighbour_features(region_countries: dict, lang: str) -> dict:
    """Countries around Syria and Iraq, light grey, named in both languages."""
    features = []
    for feature in region_countries["features"]:
        props = feature["properties"]
        if props.get("iso3") in ("SYR", "IRQ"):
            continue
        features.append({"type": "Feature",
                         "geometry": thinned(feature["geometry"], NEIGHBOUR_TOLERANCE,
                                             REGION_DIGITS),
                         "properties": blank_tooltip(
                             title=props["name_en"], name_ar=country_name_ar(props["name_en"]),
                             status=t("map.neighbour", lang))})
    return {"type": "FeatureCollection", "features": features}


def home_borders(region_countries: dict) -> dict:
    features = [{**copy.deepcopy(f), "geometry": thinned(f["geometry"], REGION_TOLERANCE,
                                                              REGION_DIGITS)}
                for f in region_countries["features"]
                if f["properties"].get("iso3") in ("SYR", "IRQ")]
    return {"type": "FeatureCollection", "features": features}


def governorate_features(admin1: dict, values: pd.DataFrame, metric: str | None,
                         sources: pd.DataFrame, lang: str, filled: bool) -> dict:
    """Governorate outlines; filled by the chosen figure where one is known, UNDOF greyed."""
    labels = source_label(sources).to_dict()
    by_name = values.set_index("area")
    low, high = (values["value"].min(), values["value"].max()) if not values.empty else (0, 0)
    features = []
    for feature in admin1["features"]:
        props = feature["properties"]
        if props.get("kind") == "undof_zone":
            tip = blank_tooltip(title=props["name_en"], name_ar=props["name_ar"],
                                status=t("map.undof", lang), note=t("map.undof_note", lang))
            features.append({"type": "Feature",
                             "geometry": thinned(feature["geometry"], REGION_TOLERANCE,
                                                 REGION_DIGITS),
                             "properties": tip | {"fill": UNDOF_FILL}})
            continue
        tip = blank_tooltip(title=props["name_en"], name_ar=props["name_ar"],
                            status=t("map.governorate", lang,
                                     country=t(f"recipient.{props['country']}", lang)))
        fill = GOVERNORATE_FILL
        if filled and metric and props["name_en"] in by_name.index:
            row = by_name.loc[props["name_en"]]
            share = 1.0 if high == low else (row["value"] - low) / (high - low)
            fill = [*ramp_color(FIGURE_RAMP, 0.15 + 0.85 * share), FIGURE_ALPHA]
            tip |= {"detail": f"{metric_label(metric, lang)}: "
                              f"{format_value(row['value'], row['unit'], lang)}",
                    "dates": t("map.figure_date", lang,
                               date=format_date(row["as_of"], row["as_of_precision"], lang)),
                    "note": trimmed(row["program"], 110),
                    "source": source_line(row["source_id"], labels, lang)}
        elif filled and metric:
            tip |= {"detail": t("map.no_figure", lang, metric=metric_label(metric, lang))}
        features.append({"type": "Feature",
                         "geometry": thinned(feature["geometry"], REGION_TOLERANCE,
                                             REGION_DIGITS),
                         "properties": tip | {"fill": fill}})
    return {"type": "FeatureCollection", "features": features}


# --- the deck ---------------------------------------------------------------------------

def tooltip_spec(lang: str) -> dict:
    """One HTML template for every layer; Streamlit escapes the values it fills in."""
    direction = "rtl" if lang == "ar" else "ltr"
    html = (f"<div dir='{direction}' style='max-width:270px;line-height:1.35'>"
            "<div style='font-weight:600'>{title}</div>"
            "<div><span dir='rtl' lang='ar' style='font-size:14px'>{name_ar}</span></div>"
            "<div style='margin-top:3px'>{status}</div>"
            "<div>{dates}</div><div>{detail}</div>"
            "<div style='font-style:italic'>{note}</div>"
            "<div style='color:#555;font-size:11px;margin-top:3px'>{source}</div></div>")
    return {"html": html, "style": {"backgroundColor": "#FFFFFF", "color": "#1A1A1A",
                                    "fontFamily": FONT_FAMILY, "fontSize": "12px",
                                    "border": "1px solid #999", "borderRadius": "4px",
                                    "padding": "6px 8px", "zIndex": "10"}}


def stabilisation_map_deck(sites: pd.DataFrame, boundaries, camp_population: pd.DataFrame,
                           stabilization_areas: pd.DataFrame, sources: pd.DataFrame, as_of,
                           layers=LAYERS, metric: str | None = None, lang: str = "en",
                           governorates: pd.DataFrame | None = None) -> pdk.Deck:
    """Neighbours, governorates (optionally filled by a figure), places by liberation date and
    camps by status on as_of, over no basemap at all."""
    layers = set(layers or ())
    governorates = governorates if governorates is not None else admin1_table(boundaries)
    status = site_status(sites, as_of, camp_population)
    values = governorate_values(stabilization_areas, governorates, metric, as_of)
    neighbours = neighbour_features(boundaries.region_countries, lang)
    areas = governorate_features(boundaries.admin1, values, metric, sources, lang,
                                 "governorates" in layers)
    # Fills as GeoJsonLayers without their own outlines; every outline is a LineLayer of edges
    # (charts.geometry.outline_layer: cheaper to draw in software WebGL, shared edges once).
    deck_layers = [
        pdk.Layer("GeoJsonLayer", neighbours, id="neighbours", stroked=False, filled=True,
                  pickable=True, get_fill_color=NEIGHBOUR_FILL),
        outline_layer(neighbours["features"], "neighbour_lines", [160, 160, 160, 255], 0.8),
        pdk.Layer("GeoJsonLayer", areas, id="governorates", stroked=False, filled=True,
                  pickable=True, get_fill_color="properties.fill"),
        outline_layer(areas["features"], "governorate_lines", [150, 150, 150, 255], 0.7),
        outline_layer(home_borders(boundaries.region_countries)["features"], "borders",
                      [70, 70, 70, 255], 1.6),
    ]
    if lang == "en":  # under the markers, so a label never hides one
        # A white halo (signed-distance font) instead of a background box: the box is a layer
        # and shader of its own, the halo is the text layer's (bench/README.md).
        deck_layers.append(pdk.Layer(
            "TextLayer", key_place_labels(sites), id="labels", pickable=False,
            get_position=["lon", "lat"], get_text="text", get_text_anchor="anchor",
            get_alignment_baseline="'center'", get_pixel_offset="offset", get_size=12,
            get_color=LABEL_COLOR, font_family=f"'{FONT_FAMILY}'", font_weight=600,
            font_settings={"sdf": True, "fontSize": 48, "buffer": 6},
            outline_width=3, outline_color=[255, 255, 255, 235]))
    if "places" in layers:
        places = place_rows(sites, status, sources, lang)
        deck_layers.append(pdk.Layer(
            "ScatterplotLayer", places, id="places", pickable=True, stroked=True, filled=True,
            get_position=["lon", "lat"], get_fill_color="fill", get_line_color="line",
            radius_units="'pixels'", get_radius=6, line_width_units="'pixels'",
            get_line_width=2))
    if "camps" in layers:
        camps = camp_rows(sites, status, camp_population, sources, as_of, lang)
        deck_layers.append(pdk.Layer(
            "IconLayer", camps, id="camps", pickable=True, get_icon="icon",
            get_position=["lon", "lat"], size_units="'pixels'", get_size=22))
    view = pdk.ViewState(**home_view())
    return pdk.Deck(layers=deck_layers, initial_view_state=view, map_provider=None,
                    tooltip=tooltip_spec(lang))


def key_place_labels(sites: pd.DataFrame) -> pd.DataFrame:
    """The key places found in sites, with label text, anchor and offset (English only)."""
    spots = sites.drop_duplicates("site_id").set_index("site_id")[["lon", "lat"]]
    rows = [{"site_id": site_id, "text": text, "anchor": anchor, "offset": offset,
             "lon": float(spots.at[site_id, "lon"]), "lat": float(spots.at[site_id, "lat"])}
            for site_id, text, anchor, offset in KEY_PLACES if site_id in spots.index]
    return pd.DataFrame(rows, columns=["site_id", "text", "anchor", "offset", "lon", "lat"])


def key_place_names(sites: pd.DataFrame, lang: str) -> list[str]:
    """The key places' names in lang, for the legend of the Arabic map (no labels drawn)."""
    names = sites.drop_duplicates("site_id").set_index("site_id")
    column = "name_ar" if lang == "ar" else "name_en"
    return [str(names.at[site_id, column]) for site_id, *_ in KEY_PLACES
            if site_id in names.index]


def mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def fitted_zoom(bounds=HOME_BOUNDS, width: int = NARROW_MAP_WIDTH, height: int = MAP_HEIGHT,
                padding: int = 8) -> float:
    """The deck.gl zoom (512 px world at zoom 0) at which bounds fill width x height."""
    west, south, east, north = bounds
    x_share = (east - west) / 360
    y_share = (mercator_y(north) - mercator_y(south)) / (2 * math.pi)
    zoom = min(math.log2((width - 2 * padding) / (512 * x_share)),
               math.log2((height - 2 * padding) / (512 * y_share)))
    return math.floor(zoom * 20) / 20


def home_view() -> dict:
    """Centre and zoom that show all of Syria and Iraq on the narrowest screen."""
    west, south, east, north = HOME_BOUNDS
    centre = math.degrees(math.atan(math.sinh((mercator_y(north) + mercator_y(south)) / 2)))
    return {"latitude": round(centre, 3), "longitude": (west + east) / 2,
            "zoom": fitted_zoom(), "min_zoom": 3.5, "max_zoom": 10}


def admin1_table(boundaries) -> pd.DataFrame:
    props = [f["properties"] for f in boundaries.admin1["features"]
             if f["properties"].get("kind") != "undof_zone"]
    return pd.DataFrame(props)[["gov_id", "country", "name_en", "name_ar"]]


# --- words and rows around the map ------------------------------------------------------

def status_counts(sites: pd.DataFrame, as_of) -> dict[str, int]:
    status = site_status(sites, as_of)
    places = status[status["layer"] == "places"]["status"]
    return {"liberated": int((places == "liberated").sum()),
            "held": int(places.isin(["isis", "battle"]).sum())}


def camp_phrase(sites: pd.DataFrame, camp_population: pd.DataFrame, as_of, lang: str) -> str:
    """The camp that held most people by as_of: still open with its latest count, or closed."""
    day = pd.Timestamp(as_of)
    rows = known_by(camp_population, day)
    rows = rows[(rows["metric"] == "camp_population") & rows["population"].notna()]
    if rows.empty:
        return ""
    site_id = rows.loc[rows["population"].idxmax(), "site_id"]
    site = sites.set_index("site_id").loc[site_id]
    if pd.notna(site["closed"]) and site["closed"] <= day:
        return t("map.title_camp_closed", lang, camp=short_name(site, lang),
                 date=format_date(site["closed"], "day", lang))
    count = latest_counts(camp_population, day).loc[site_id]
    return t("map.title_camp", lang, camp=short_name(site, lang),
             count=qualified(count["population"], count["qualifier"], lang))


def map_title(sites: pd.DataFrame, camp_population: pd.DataFrame, as_of, lang: str) -> str:
    """The finding: places retaken by the date, and the largest camp's state."""
    counts = status_counts(sites, as_of)
    date = format_date(as_of, "day", lang)
    places = (t("map.title_places_held", lang, count=counts["liberated"], held=counts["held"],
                date=date) if counts["held"]
              else t("map.title_places", lang, count=counts["liberated"], date=date))
    camp = camp_phrase(sites, camp_population, as_of, lang)
    return places + (t("map.title_join", lang) + camp if camp else "")


def map_summary(sites: pd.DataFrame, camp_population: pd.DataFrame, as_of,
                lang: str = "en") -> str:
    """One sentence: how many places were retaken, the latest one, and the camps' state."""
    status = site_status(sites, as_of, camp_population)
    places = sites[(status["layer"] == "places") & (status["status"] == "liberated")]
    counts = {"held": int(status.loc[status["layer"] == "places", "status"]
                          .isin(["isis", "battle"]).sum())}
    date = format_date(as_of, "day", lang)
    if places.empty:
        text = t("map.summary_none", lang, date=date)
    else:
        latest = places.sort_values("liberated_end").iloc[-1]
        text = t("map.summary", lang, count=len(places), date=date,
                 latest=latest["name_ar"] if lang == "ar" else latest["name_en"],
                 latest_date=format_date(latest["liberated_end"], "day", lang))
    if counts["held"]:
        text += t("map.summary_held", lang, held=counts["held"])
    camps = status[(status["layer"] == "camps")]
    open_camps = int((camps["status"] == "open").sum())
    closed = int((camps["status"] == "closed").sum())
    # Sites drawn as outlines (no count yet) are counted too, so the words match the map.
    unreported = int((camps["status"] == "unreported").sum())
    key = "map.summary_camps_unreported" if unreported else "map.summary_camps"
    return text + " " + t(key, lang, open=open_camps, closed=closed, unreported=unreported)


def published_by(cells: pd.Series, sources: pd.DataFrame | None, day) -> pd.Series:
    """';'-separated source ids, keeping those published by day (or undated): a later article
    that also covers the row was not known on that date."""
    if sources is None:
        return cells
    published = sources.set_index("source_id")["published"]
    limit = pd.Timestamp(day)

    def keep(cell):
        if not isinstance(cell, str):
            return cell
        ids = [i.strip() for i in cell.split(";") if i.strip()]
        kept = [i for i in ids if not (pd.notna(published.get(i)) and published.get(i) > limit)]
        return ";".join(kept) or None

    return cells.map(keep)


def map_rows(sites: pd.DataFrame, camp_population: pd.DataFrame,
             stabilization_areas: pd.DataFrame, governorates: pd.DataFrame, as_of,
             layers=LAYERS, metric: str | None = None,
             sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Exactly the facts the map draws, one row each, with the sources behind each (additional
    sources published after as_of left out when `sources` is given)."""
    layers = set(layers or ())
    status = site_status(sites, as_of, camp_population)
    frames = [pd.DataFrame({"layer": "boundaries", "id": list(BOUNDARY_SOURCES),
                            "name_en": ["Governorate outlines", "Country outlines"],
                            "source_id": list(BOUNDARY_SOURCES)})]
    for layer in ("places", "camps"):
        if layer not in layers:
            continue
        shown = status[(status["layer"] == layer) & status["shown"]]
        rows = sites.loc[shown.index]
        closed = shown["status"] == "closed"
        frames.append(pd.DataFrame({
            "layer": layer, "id": rows["site_id"], "name_en": rows["name_en"],
            "name_ar": rows["name_ar"], "status": shown["status"],
            "date": rows["liberated_end"] if layer == "places" else rows["closed"].where(closed),
            "lat": rows["lat"], "lon": rows["lon"], "coord_precision": rows["coord_precision"],
            "source_id": rows["source_id"],
            "also_sources": published_by(rows["also_sources"], sources, as_of),
            "closed_source_id": rows["closed_source_id"].where(closed)}))
        if layer == "camps":
            counts = latest_counts(camp_population, as_of).reset_index()
            counts = counts[counts["site_id"].isin(rows["site_id"])]
            frames.append(pd.DataFrame({
                "layer": "camp_population", "id": counts["site_id"],
                "status": "latest_count", "date": counts["date"],
                "value": counts["population"], "qualifier": counts["qualifier"].astype(str),
                "source_id": counts["source_id"], "also_sources": counts["also_sources"]}))
    if "governorates" in layers and metric:
        values = governorate_values(stabilization_areas, governorates, metric, as_of)
        frames.append(pd.DataFrame({
            "layer": "governorate_figure", "id": values["figure_id"], "name_en": values["area"],
            "name_ar": values["name_ar"], "metric": values["metric"], "value": values["value"],
            "unit": values["unit"], "date": values["as_of"], "source_id": values["source_id"],
            "also_sources": values["also_sources"]}))
    frames = [f for f in frames if not f.empty]
    return pd.concat(frames, ignore_index=True)


def map_heading(sites: pd.DataFrame, camp_population: pd.DataFrame, as_of, lang: str) -> str:
    """The finding in bold over the map, with the date the map stands at (HTML)."""
    return html("<div dir='{direction}'><b>{title}</b><br>"
                "<span style='color:#555;font-size:0.85rem'>{shown}</span></div>",
                direction="rtl" if lang == "ar" else "ltr",
                title=map_title(sites, camp_population, as_of, lang),
                shown=t("map.shown_date", lang, date=format_date(as_of, "day", lang)))


def figure_caption(values: pd.DataFrame, metric: str | None, as_of, lang: str,
                   first: pd.Timestamp | None = None) -> str:
    """Which figure fills the governorates, of which date, and what is left unmapped; when the
    chosen figure has no value yet, says so and from when it has one (first)."""
    date = format_date(as_of, "day", lang)
    if not metric:
        return t("map.no_metrics", lang, date=date)
    if len(values):
        return t("map.caption_figure", lang, metric=metric_label(metric, lang), date=date,
                 count=len(values))
    text = t("map.caption_figure_none", lang, metric=metric_label(metric, lang), date=date)
    if first is not None and first > pd.Timestamp(as_of):
        text += " " + t("map.caption_figure_first", lang,
                        first=format_date(first, "month", lang))
    return text


# --- legend -----------------------------------------------------------------------------

def css_rgb(rgb: list[int]) -> str:
    return f"rgb({rgb[0]},{rgb[1]},{rgb[2]})"


def icon_img(site_type: str, status: str, nearby: bool = False) -> Trusted:
    """The icon as a data: address of SVG drawn here (nothing fetched, nothing from data)."""
    return Trusted(html("<img src='{src}' width='18' height='18' style='vertical-align:middle'"
                        " alt=''/>", src=icon_url(site_type, status, nearby)))


def legend_row(template: str, **parts) -> Trusted:
    return Trusted(html("<div class='map-legend-row'>" + template + "</div>", **parts))


def legend_html(values: pd.DataFrame, metric: str | None, layers, lang: str,
                places: list[str] | None = None) -> str:
    """The colour ramps and symbols deck.gl cannot draw a legend for, as HTML; places lists the
    key places by name where the map carries no labels (Arabic). Every text is escaped."""
    layers = set(layers or ())
    parts = []
    if places:
        parts.append(legend_row("<b>{label}</b> {names}", label=t("map.legend.key_places", lang),
                                names=t("map.list_sep", lang).join(places)))
    if "places" in layers:
        stops = Trusted(", ".join(css_rgb(ramp_color(LIBERATION_RAMP, i / 10))
                                  for i in range(11)))
        years = joined("", (Trusted(f"<span>{y}</span>") for y in range(2014, 2020)))
        parts.append(legend_row(
            "<b>{label}</b><div class='map-ramp' style='background:linear-gradient(to right, "
            "{stops})'></div><div class='map-ramp-labels'>{years}</div>",
            label=t("map.legend.retaken", lang), stops=stops, years=years))
        parts.append(legend_row("{liberated_dot} {liberated} &nbsp; {held_dot} {held}",
                                liberated_dot=dot("#2A788E", "#282828"),
                                liberated=t("map.legend.liberated", lang),
                                held_dot=dot("transparent", ISIS_COLOR),
                                held=t("map.legend.held", lang)))
    if "camps" in layers:
        symbols = [(icon_img("camp", "open"), "map.legend.camp_open"),
                   (icon_img("camp", "closed"), "map.legend.camp_closed"),
                   (icon_img("camp", "unreported"), "map.legend.camp_unreported"),
                   (icon_img("detention", "open"), "map.legend.detention"),
                   (icon_img("camp", "open", True), "map.legend.nearby")]
        parts.append(legend_row("{symbols}", symbols=joined(" &nbsp; ", (
            Trusted(html("{icon} {label}", icon=icon, label=t(key, lang)))
            for icon, key in symbols))))
    if "governorates" in layers and metric and not values.empty:
        stops = Trusted(", ".join(css_rgb(ramp_color(FIGURE_RAMP, 0.15 + 0.85 * i / 10))
                                  for i in range(11)))
        unit = values["unit"].iloc[0]
        parts.append(legend_row(
            "<b>{label}</b><div class='map-ramp' style='opacity:0.75;background:"
            "linear-gradient(to right, {stops})'></div><div class='map-ramp-labels'>"
            "<span>{low}</span><span>{high}</span></div>",
            label=metric_label(metric, lang), stops=stops,
            low=format_value(values["value"].min(), unit, lang),
            high=format_value(values["value"].max(), unit, lang)))
    parts.append(legend_row("<span class='map-swatch' style='background:{fill}'></span> {label}",
                            fill=Trusted(css_rgb(UNDOF_FILL)), label=t("map.undof", lang)))
    return html("<div class='map-legend' dir='{direction}' role='note' aria-label='{label}'>"
                "{rows}</div>", direction="rtl" if lang == "ar" else "ltr",
                label=t("map.legend.label", lang), rows=joined("", parts))


def dot(fill: str, line: str) -> Trusted:
    return Trusted(html("<span class='map-dot' style='background:{fill};border:2px solid {line}'>"
                        "</span>", fill=fill, line=line))


LEGEND_CSS = """
<style>
/* deck.gl clips its tooltip at the map's edge; let it float over the column beside. */
[data-testid="stDeckGlJsonChart"] > div,
.deck-widget-container > div {overflow: visible !important;}
[data-testid="stColumn"]:has([data-testid="stDeckGlJsonChart"]) {position: relative; z-index: 3;}
.map-legend {font-size: 0.8rem; line-height: 1.5; color: #333;}
.map-legend-row {margin: 0.15rem 0;}
.map-ramp {height: 10px; width: 220px; max-width: 100%; border: 1px solid #999;
           margin-top: 2px; direction: ltr;}
.map-ramp-labels {display: flex; justify-content: space-between; width: 220px;
                  max-width: 100%; font-size: 0.7rem; direction: ltr;}
.map-dot {display: inline-block; width: 11px; height: 11px; border-radius: 50%;
          vertical-align: middle;}
.map-swatch {display: inline-block; width: 14px; height: 10px; vertical-align: middle;
             border: 1px solid #888;}
</style>
"""


# --- the replay control -----------------------------------------------------------------

REPLAY_START = pd.Timestamp("2014-01-01")


def replay_months(as_of) -> list[str]:
    """'YYYY-MM' from January 2014 to the as-of month: the steps of the replay slider."""
    months = pd.period_range(REPLAY_START, pd.Timestamp(as_of), freq="M")
    return [str(m) for m in months] or [f"{pd.Timestamp(as_of):%Y-%m}"]


def replay_date(month: str | None, as_of) -> pd.Timestamp:
    """The end of the chosen month, never later than the as-of date."""
    day = pd.Timestamp(as_of).normalize()
    if not month:
        return day
    return min(pd.Period(month, freq="M").end_time.normalize(), day)
