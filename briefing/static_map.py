"""Bundled outlines + site status on a date -> a plotly map with no tiles and no geo traces.

Plotly's geo traces fetch topojson from a CDN, so the outlines are drawn as filled lon/lat
polygons on ordinary axes with an equal-area-ish aspect; points use the map page's encodings."""

from __future__ import annotations

import math
import textwrap

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from briefing.text import bt
from catalog import format_date
from charts.stabilisation_map import (
    CAMP_COLOR,
    DETENTION_COLOR,
    FIGURE_RAMP,
    ISIS_COLOR,
    LIBERATION_RAMP,
    RAMP_END,
    RAMP_START,
    governorate_metrics,
    governorate_values,
    metric_label,
    ramp_color,
    site_status,
)
from charts.style import FONT_FAMILY, plot_text

# Syria, Iraq and a margin of their neighbours.
LON_RANGE = (34.8, 49.0)
LAT_RANGE = (29.0, 38.0)
ASPECT = 1 / math.cos(math.radians(34))
# The places briefers name first; labelled when drawn.
LABELLED = ("iq_mosul", "iq_fallujah", "sy_raqqa", "sy_baghuz", "sy_al_hol", "sy_deir_ez_zor")
DEFAULT_METRIC = "projects_total"
NEIGHBOUR_FILL = "#ECECEC"
HOME_FILL = "#FFFFFF"
UNDOF_FILL = "rgba(170,170,170,0.63)"


def rings(geometry: dict) -> list[list[list[float]]]:
    """Outer rings of a Polygon or MultiPolygon (holes are too small to matter here)."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    if geometry["type"] == "MultiPolygon":
        return [poly[0] for poly in geometry["coordinates"]]
    return []


def polygon_xy(features: list[dict]) -> tuple[list, list]:
    """All rings of the features as one path, rings separated by None (filled one by one)."""
    xs: list = []
    ys: list = []
    for feature in features:
        for ring in rings(feature["geometry"]):
            xs.extend(p[0] for p in ring)
            ys.extend(p[1] for p in ring)
            xs.append(None)
            ys.append(None)
    return xs, ys


def area_trace(features: list[dict], fill: str, line: str, width: float) -> go.Scatter:
    xs, ys = polygon_xy(features)
    return go.Scatter(x=xs, y=ys, mode="lines", fill="toself", fillcolor=fill,
                      line={"color": line, "width": width}, hoverinfo="skip", showlegend=False)


def rgb(color: list[int], alpha: float = 1.0) -> str:
    return f"rgba({color[0]},{color[1]},{color[2]},{alpha:.2f})"


def chosen_metric(data, as_of) -> str | None:
    metrics = governorate_metrics(data.stabilization_areas, data.governorates, as_of)
    if not metrics:
        return None
    return DEFAULT_METRIC if DEFAULT_METRIC in metrics else metrics[0]


def outline_traces(boundaries, values: pd.DataFrame) -> list[go.Scatter]:
    """Neighbours grey, governorates white or shaded by the figure, national borders dark."""
    countries = boundaries.region_countries["features"]
    home = [f for f in countries if f["properties"].get("iso3") in ("SYR", "IRQ")]
    traces = [area_trace([f for f in countries if f not in home], NEIGHBOUR_FILL, "#A0A0A0",
                         0.8)]
    by_area = values.set_index("area")["value"] if not values.empty else pd.Series(dtype=float)
    low, high = (by_area.min(), by_area.max()) if len(by_area) else (0, 0)
    plain, undof = [], []
    for feature in boundaries.admin1["features"]:
        props = feature["properties"]
        if props.get("kind") == "undof_zone":
            undof.append(feature)
        elif props["name_en"] in by_area.index:
            share = 1.0 if high == low else (by_area[props["name_en"]] - low) / (high - low)
            traces.append(area_trace([feature], rgb(ramp_color(FIGURE_RAMP, 0.15 + 0.85 * share),
                                                    0.59), "#969696", 0.7))
        else:
            plain.append(feature)
    traces.insert(1, area_trace(plain, HOME_FILL, "#969696", 0.7))
    if undof:
        traces.append(area_trace(undof, UNDOF_FILL, "#969696", 0.7))
    borders_x, borders_y = polygon_xy(home)
    traces.append(go.Scatter(x=borders_x, y=borders_y, mode="lines", hoverinfo="skip",
                             line={"color": "#464646", "width": 1.8}, showlegend=False))
    return traces


def year_fraction(day: pd.Timestamp) -> float:
    return day.year + (day.day_of_year - 1) / 365.25


def year_fractions(days: pd.Series) -> list[float]:
    return list(days.dt.year + (days.dt.day_of_year - 1) / 365.25)


def colorscale() -> list[list]:
    steps = len(LIBERATION_RAMP) - 1
    return [[i / steps, color] for i, color in enumerate(LIBERATION_RAMP)]


def place_traces(sites: pd.DataFrame, status: pd.DataFrame, lang: str) -> list[go.Scatter]:
    """Retaken places coloured by date (colour bar in years); held places as vermillion rings."""
    shown = status[(status["layer"] == "places") & status["shown"]]
    rows = sites.loc[shown.index].assign(status=shown["status"])
    done = rows[rows["status"] == "liberated"]
    held = rows[rows["status"].isin(["isis", "battle"])]
    traces = []
    if not done.empty:
        traces.append(go.Scatter(
            x=done["lon"], y=done["lat"], mode="markers", name=bt("briefing.map.liberated", lang),
            marker={"size": 13, "symbol": "circle", "line": {"color": "#282828", "width": 1.2},
                    "color": year_fractions(done["liberated_end"]),
                    "colorscale": colorscale(), "cmin": year_fraction(RAMP_START),
                    "cmax": year_fraction(RAMP_END) + 1 / 365,
                    "colorbar": {"title": {"text": bt("briefing.map.year", lang), "side": "top"},
                                 "tickvals": [2014.5 + i for i in range(6)],
                                 "ticktext": [str(2014 + i) for i in range(6)],
                                 "orientation": "h", "x": 0.5, "xanchor": "center", "y": -0.02,
                                 "yanchor": "top", "len": 0.6, "thickness": 12}},
            meta={"scale": "retaken"}))
    if not held.empty:
        traces.append(go.Scatter(
            x=held["lon"], y=held["lat"], mode="markers", name=bt("briefing.map.held", lang),
            marker={"size": 13, "symbol": "circle-open", "color": ISIS_COLOR,
                    "line": {"width": 3}}))
    return traces


CAMP_SYMBOLS = {("camp", "open"): ("square", CAMP_COLOR, "briefing.map.camp_open"),
                ("camp", "closed"): ("square-x-open", "#555555", "briefing.map.camp_closed"),
                ("camp", "unreported"): ("square-open", CAMP_COLOR,
                                         "briefing.map.camp_unreported"),
                ("detention", "open"): ("diamond", DETENTION_COLOR, "briefing.map.detention"),
                ("detention", "closed"): ("diamond-x-open", DETENTION_COLOR,
                                          "briefing.map.detention"),
                ("detention", "unreported"): ("diamond-open", DETENTION_COLOR,
                                              "briefing.map.detention")}


def camp_traces(sites: pd.DataFrame, status: pd.DataFrame, lang: str) -> list[go.Scatter]:
    """Camps as squares and detention sites as diamonds: filled open, crossed closed."""
    shown = status[(status["layer"] == "camps") & status["shown"]]
    rows = sites.loc[shown.index].assign(status=shown["status"])
    traces, named = [], set()
    for (kind, state), part in rows.groupby([rows["site_type"].astype(str), "status"]):
        symbol, color, key = CAMP_SYMBOLS.get((kind, state), CAMP_SYMBOLS[("camp", "open")])
        traces.append(go.Scatter(
            x=part["lon"], y=part["lat"], mode="markers", name=bt(key, lang),
            showlegend=key not in named,
            marker={"size": 15, "symbol": symbol, "color": color,
                    "line": {"color": "#1A1A1A" if state == "open" else color, "width": 1.5}}))
        named.add(key)
    return traces


def figure_scale(values: pd.DataFrame, label: str) -> go.Scatter:
    """An invisible trace whose colour bar explains the governorate shading."""
    low, high = float(values["value"].min()), float(values["value"].max())
    stops = [[i / 4, rgb(ramp_color(FIGURE_RAMP, 0.15 + 0.85 * i / 4), 0.59)] for i in range(5)]
    return go.Scatter(x=[None], y=[None], mode="markers", showlegend=False, hoverinfo="skip",
                      meta={"scale": "governorates"},
                      marker={"color": [low], "cmin": low, "cmax": high if high > low else low + 1,
                              "colorscale": stops, "showscale": True,
                              "colorbar": {"title": {"text": "<br>".join(textwrap.wrap(label, 22)),
                                                     "side": "top"}, "tickformat": ",d",
                                           "outlinecolor": "#999999", "outlinewidth": 1}})


# Pixels per degree of the exported map (the screen map is drawn at a similar scale).
PX_PER_LON, PX_PER_LAT = 45.0, 55.0
LABEL_FONT = 14
COUNTRY_NAMES = (("briefing.map.syria", 37.9, 33.9), ("briefing.map.iraq", 44.6, 31.4))
LABEL_GAP = 10  # pixels between a marker's centre and its label (half the label marker)
# Where a label may go around its marker, in order of preference: (textposition, dx, dy) of
# the label box's centre as multiples of its (width, height) plus the gap.
LABEL_SLOTS = (("top center", 0.0, 0.5), ("bottom center", 0.0, -0.5),
               ("middle right", 0.5, 0.0), ("middle left", -0.5, 0.0),
               ("top right", 0.5, 0.5), ("top left", -0.5, 0.5),
               ("bottom right", 0.5, -0.5), ("bottom left", -0.5, -0.5))


def label_box(lon: float, lat: float, text: str, slot,
              font: float = LABEL_FONT) -> tuple[float, float, float, float]:
    """The label's box in pixels (x0, y0, x1, y1) for a placement slot."""
    _, fx, fy = slot
    width, height = 0.58 * font * len(text), 1.2 * font
    cx = lon * PX_PER_LON + fx * (width + 2 * LABEL_GAP)
    cy = lat * PX_PER_LAT + fy * (height + 2 * LABEL_GAP)
    return cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2


def hits(box, points_px: np.ndarray, boxes) -> int:
    """Markers (with a 12 px margin) and labels already placed that the box would cover."""
    x0, y0, x1, y1 = box
    xs, ys = points_px[:, 0], points_px[:, 1]
    count = int(((xs > x0 - 12) & (xs < x1 + 12) & (ys > y0 - 12) & (ys < y1 + 12)).sum())
    return count + sum(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in boxes)


def label_positions(rows: pd.DataFrame, names: pd.Series, markers: pd.DataFrame) -> list[str]:
    """For each label, the first slot around its marker that covers the fewest other markers
    and labels (greedy, in the order given)."""
    points = np.column_stack([markers["lon"].to_numpy(float) * PX_PER_LON,
                              markers["lat"].to_numpy(float) * PX_PER_LAT])
    placed = [label_box(lon, lat, "SYRIA", ("", 0, 0), 22) for _, lon, lat in COUNTRY_NAMES]
    positions = []
    for (lon, lat), text in zip(zip(rows["lon"], rows["lat"], strict=False), names,
                                strict=False):
        boxes = [label_box(lon, lat, str(text), slot) for slot in LABEL_SLOTS]
        best = min(range(len(LABEL_SLOTS)), key=lambda i: (hits(boxes[i], points, placed), i))
        placed.append(boxes[best])
        positions.append(LABEL_SLOTS[best][0])
    return positions


def label_trace(sites: pd.DataFrame, status: pd.DataFrame, lang: str) -> go.Scatter | None:
    shown = status[status["shown"] & status["site_id"].isin(LABELLED)]
    if shown.empty:
        return None
    rows = sites.loc[shown.index]
    names = rows["name_ar"] if lang == "ar" else rows["name_en"].str.replace(
        r"\s*\(.*?\)|\s+camp$| city$", "", regex=True)
    markers = sites.loc[status.index[status["shown"]], ["lon", "lat"]]
    # Invisible markers the size of the drawn ones push the text clear of them.
    return go.Scatter(x=rows["lon"], y=rows["lat"], mode="markers+text",
                      text=names.map(plot_text),
                      textposition=label_positions(rows, names, markers), showlegend=False,
                      hoverinfo="skip", marker={"size": 2 * LABEL_GAP, "opacity": 0},
                      textfont={"size": LABEL_FONT, "color": "#1A1A1A",
                                "shadow": "0 0 3px white, 0 0 3px white"})


def static_map_figure(data, as_of, lang: str = "en", status: pd.DataFrame | None = None
                      ) -> go.Figure:
    """The stabilisation map on as_of as a plain plotly figure (no tiles, no geo traces);
    `status` is site_status on that date when the caller has it already."""
    if status is None:
        status = site_status(data.sites, as_of, data.camp_population)
    metric = chosen_metric(data, as_of)
    values = (governorate_values(data.stabilization_areas, data.governorates, metric, as_of)
              if metric else pd.DataFrame(columns=["area", "value"]))
    traces = (outline_traces(data.boundaries, values) + place_traces(data.sites, status, lang)
              + camp_traces(data.sites, status, lang))
    if metric and not values.empty:
        traces.append(figure_scale(values, metric_label(metric, lang)))
    labels = label_trace(data.sites, status, lang)
    if labels is not None:
        traces.append(labels)
    fig = go.Figure(traces)  # one figure of all traces: add_trace copies the figure each time
    fig.update_layout(annotations=[{"x": lon, "y": lat, "text": bt(key, lang), "showarrow": False,
                                    "font": {"size": 22, "color": "#9A9A9A"}}
                                   for key, lon, lat in COUNTRY_NAMES])
    fig.update_xaxes(range=list(LON_RANGE), visible=False, fixedrange=True)
    fig.update_yaxes(range=list(LAT_RANGE), visible=False, scaleanchor="x", scaleratio=ASPECT,
                     fixedrange=True)
    fig.update_layout(template="plotly_white", plot_bgcolor="#DDE8F0",
                      font={"family": FONT_FAMILY, "size": 13},
                      legend={"orientation": "v", "x": 1.0, "xanchor": "left", "y": 1.0,
                              "bgcolor": "rgba(255,255,255,0.85)"},
                      margin={"l": 8, "r": 8, "t": 8, "b": 8})
    fig.layout.meta = {"metric": metric, "metric_label": metric_label(metric, lang) if metric
                       else None, "date": format_date(as_of, "day", lang)}
    return fig
