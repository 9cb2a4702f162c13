"""Territory + sites -> the area ISIS held over time, one line per measurer and scope, with the
places retaken on the same time axis.

Measurers count differently (IHS Conflict Monitor's "territorial dominance", the US military's
estimates, RAND's), so each keeps its own line and none is joined to another. Figures of ground
retaken (the Coalition's) are another quantity: they are listed, not drawn on the held chart.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from catalog import format_date, t
from charts.overview import liberated_by, qualified_count
from charts.provenance import source_label
from charts.reconcile import dates_text
from charts.style import OKABE_ITO, house_layout, hover_template, plot_text
from loaders.asof import as_timestamp

MEASURER_COLORS = [OKABE_ITO[k] for k in ("blue", "vermillion", "green", "purple", "orange",
                                          "sky")]
SCOPE_DASH = {"iraq_syria": "solid", "iraq": "dash", "syria": "dot"}
START = pd.Timestamp("2014-06-01")


def held_rows(territory: pd.DataFrame, as_of) -> pd.DataFrame:
    """Area-held figures for dates on or before as_of."""
    rows = territory[(territory["measure"] == "held")
                     & (territory["date"] <= as_timestamp(as_of))]
    return rows.sort_values("date")


def retaken_rows(territory: pd.DataFrame, as_of) -> pd.DataFrame:
    rows = territory[(territory["measure"] == "retaken_cumulative")
                     & (territory["date"] <= as_timestamp(as_of))]
    return rows.sort_values("date")


def measurer_name(code: str, lang: str) -> str:
    key = f"territory.measurer.{code}"
    try:
        return t(key, lang)
    except KeyError:  # a measurer the catalog does not name yet: its code, readable
        return code.replace("_", " ")


def short_name(code: str, lang: str) -> str:
    """The measurer's short name for a title ('IHS'), else its full name."""
    try:
        return t(f"territory.short.{code}", lang)
    except KeyError:
        return measurer_name(code, lang)


def area_text(area, qualifier: str, lang: str) -> str:
    return t("territory.km2", lang, area=qualified_count(area, str(qualifier), lang))


def series_name(measurer: str, scope: str, lang: str) -> str:
    return f"{measurer_name(measurer, lang)} · {t(f'territory.scope.{scope}', lang)}"


def add_held(fig: go.Figure, rows: pd.DataFrame, labels: pd.Series, lang: str) -> None:
    measurers = list(dict.fromkeys(rows["measurer"]))
    for (measurer, scope), group in rows.groupby(["measurer", "scope"], observed=True,
                                                  sort=False):
        color = MEASURER_COLORS[measurers.index(measurer) % len(MEASURER_COLORS)]
        name = plot_text(series_name(measurer, str(scope), lang))
        custom = list(zip(
            [plot_text(area_text(a, q, lang)) for a, q in
             zip(group["area_km2"], group["qualifier"].astype(str), strict=True)],
            dates_text(group["date"], group["date_precision"], lang),
            group["source_id"].map(labels).fillna("").map(plot_text), strict=True))
        fig.add_trace(go.Scatter(
            x=group["date"], y=group["area_km2"], mode="lines+markers",
            name=name,
            legendgroup=measurer, line={"color": color, "dash": SCOPE_DASH.get(str(scope))},
            marker={"size": 8, "color": color}, customdata=custom,
            hovertemplate=hover_template([f"<b>{name}</b>", "%{customdata[0]} (%{customdata[1]})",
                                          t("territory.source", lang) + ": %{customdata[2]}"])),
            row=1, col=1)


def add_places(fig: go.Figure, sites: pd.DataFrame, labels: pd.Series, as_of,
               lang: str) -> int:
    places = liberated_by(sites, as_of).sort_values("liberated_end")
    if places.empty:
        return 0
    names = places["name_ar" if lang == "ar" else "name_en"].map(plot_text)
    fig.add_trace(go.Scatter(
        x=places["liberated_end"], y=[0] * len(places), mode="markers",
        name=t("territory.places", lang),
        marker={"symbol": "triangle-up", "size": 11, "color": OKABE_ITO["green"],
                "line": {"width": 1, "color": "white"}},
        customdata=list(zip(names, places["liberated_end"].dt.strftime("%Y-%m-%d"),
                            places["source_id"].map(labels).fillna("").map(plot_text),
                            strict=True)),
        hovertemplate=hover_template(["<b>%{customdata[0]}</b>",
                                      t("territory.retaken_on", lang) + " %{customdata[1]}",
                                      t("territory.source", lang) + ": %{customdata[2]}"])),
        row=2, col=1)
    return len(places)


def territory_title(rows: pd.DataFrame, lang: str) -> str:
    """The first and the latest figure, each with who measured it: measurers are named, never
    merged into one number."""
    if rows.empty:
        return t("territory.title_none", lang)
    first, last = rows.iloc[0], rows.iloc[-1]
    if len(rows) == 1:
        return t("territory.title_latest", lang, measurer=measurer_name(last["measurer"], lang),
                 area=area_text(last["area_km2"], last["qualifier"], lang),
                 date=format_date(last["date"], last["date_precision"], lang))
    return t("territory.title", lang,
             first=area_text(first["area_km2"], first["qualifier"], lang),
             first_by=short_name(first["measurer"], lang),
             first_date=format_date(first["date"], "month", lang),
             last=area_text(last["area_km2"], last["qualifier"], lang),
             last_by=short_name(last["measurer"], lang),
             last_date=format_date(last["date"], "month", lang))


def territory_figure(territory: pd.DataFrame, sites: pd.DataFrame, sources: pd.DataFrame,
                     as_of, lang: str = "en") -> go.Figure:
    """Area held by date (km²), one line per measurer and scope; places retaken below it on
    the same time axis; the as-of date marked on both."""
    day = as_timestamp(as_of)
    rows = held_rows(territory, day)
    labels = source_label(sources)
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.82, 0.18],
                        vertical_spacing=0.04)
    add_held(fig, rows, labels, lang)
    places = add_places(fig, sites, labels, day, lang)
    last = max([d for d in (territory["date"].max(), sites["liberated_end"].max())
                if pd.notna(d)], default=day)
    # The axis ends soon after the last figure; an as-of date beyond it is named at the edge.
    end = max(min(day, last + pd.DateOffset(months=6)), START + pd.DateOffset(months=6))
    inside = day <= end
    if inside:
        fig.add_vline(x=day, line={"color": "#555555", "dash": "dot", "width": 1})
    fig.add_annotation(x=day if inside else end, y=1, yref="paper", showarrow=False,
                       text=plot_text(t("territory.as_of_mark" if inside else
                                        "territory.as_of_later", lang,
                                        date=format_date(day, "day", lang))),
                       xanchor="right", yanchor="top", xshift=-4,
                       font={"size": 11, "color": "#555555"},
                       bgcolor="rgba(255,255,255,0.8)")  # inside the plot: clear of the stamp
    stamp = t("territory.stamp", lang, date=format_date(day, "day", lang), places=places)
    house_layout(fig, territory_title(rows, lang), stamp, height=380, rtl=lang == "ar")
    fig.update_xaxes(range=[START, end + pd.DateOffset(days=20)])
    fig.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0.0,
                              "xanchor": "left"}, margin={"b": 90}, height=430)
    fig.update_yaxes(title_text=t("territory.axis", lang), rangemode="tozero", row=1, col=1)
    fig.update_yaxes(visible=False, range=[-1, 1], row=2, col=1)
    return fig


def territory_summary(territory: pd.DataFrame, sites: pd.DataFrame, as_of,
                      lang: str = "en") -> str:
    rows = held_rows(territory, as_of)
    if rows.empty:
        return t("territory.summary_none", lang)
    measurers = ", ".join(measurer_name(m, lang) for m in dict.fromkeys(rows["measurer"]))
    return t("territory.summary", lang, count=len(rows), measurers=measurers,
             title=territory_title(rows, lang))


def territory_table(territory: pd.DataFrame, sources: pd.DataFrame, as_of,
                    lang: str = "en") -> pd.DataFrame:
    """Every figure known by as_of (held and retaken), as shown under the chart."""
    rows = territory[territory["date"] <= as_timestamp(as_of)].sort_values("date")
    labels = source_label(sources)
    return pd.DataFrame({
        "date": dates_text(rows["date"], rows["date_precision"], lang).to_numpy(),
        "measure": rows["measure"].astype(str).map(lambda m: t(f"territory.measure.{m}", lang)),
        "area": [area_text(a, q, lang) for a, q in
                 zip(rows["area_km2"], rows["qualifier"].astype(str), strict=True)],
        "who": [series_name(m, str(s), lang) for m, s in
                zip(rows["measurer"], rows["scope"], strict=True)],
        "source": rows["source_id"].map(labels).fillna("").to_numpy(),
    })
