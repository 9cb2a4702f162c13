"""Camp head counts + sites + sources -> one camp's population over time and its summary."""

from __future__ import annotations

import re
import textwrap

import pandas as pd
import plotly.graph_objects as go

from catalog import format_count, format_date, t
from catalog.formatting import QUALIFIER_WORDS
from charts.provenance import source_label
from charts.style import (
    EVENT_COLOR,
    OKABE_ITO,
    STAMP_COLOR,
    house_layout,
    hover_template,
    plot_text,
)
from loaders.asof import known_by

RESIDENTS = "camp_population"
REPATRIATED = "iraqi_repatriation_cumulative"
RESIDENT_STYLE = (OKABE_ITO["blue"], "circle", "solid")
# Nationality splits are parts of the residents: dashed, each with its own marker.
SPLIT_STYLE = {"iraqis": (OKABE_ITO["orange"], "triangle-up", "dash"),
               "syrians": (OKABE_ITO["green"], "square", "dash"),
               "third_country": (OKABE_ITO["purple"], "diamond", "dash")}
REPATRIATED_STYLE = (OKABE_ITO["grey"], "x", "dot")
# A ceiling ('fewer than') or floor ('more than') is drawn open, pointing the way it bounds.
BOUND_SYMBOLS = {"less_than": "triangle-down-open", "more_than": "triangle-up-open"}


def camp_choices(sites: pd.DataFrame, camp_population: pd.DataFrame) -> list[str]:
    """Camps with at least one head count, the most populous (at its peak) first."""
    counts = camp_population[camp_population["metric"] == RESIDENTS]
    peaks = counts.groupby("site_id")["population"].max().fillna(0)
    camps = sites[sites["site_type"].astype(str).eq("camp")
                  & sites["site_id"].isin(peaks.index)]["site_id"]
    return sorted(camps, key=lambda s: -peaks.get(s, 0))


def camp_rows(camp_population: pd.DataFrame, site_id: str, as_of) -> pd.DataFrame:
    """Every count for one camp reported by as_of, oldest first."""
    rows = known_by(camp_population[camp_population["site_id"] == site_id], as_of)
    return rows.sort_values("date")


def qualified(value, qualifier, lang: str) -> str:
    words = QUALIFIER_WORDS.get(lang, QUALIFIER_WORDS["en"]).get(str(qualifier), "")
    return words + format_count(value, lang)


def camp_name(site: pd.Series, lang: str) -> str:
    return str(site["name_ar"] if lang == "ar" else site["name_en"])


def short_name(site: pd.Series, lang: str) -> str:
    """'al-Hol' from 'al-Hol (al-Hawl) camp': the name without its parenthesis and kind."""
    if lang == "ar":
        return str(site["name_ar"])
    name = re.sub(r"\s*\(.*?\)", "", str(site["name_en"]))
    return re.sub(r"\s+(camp|community rehabilitation centre)$", "", name).strip()


def point_trace(rows: pd.DataFrame, column: str, name: str, style: tuple, labels: pd.Series,
                lang: str, bounds: bool = False) -> go.Scatter:
    color, symbol, dash = style
    symbols = [BOUND_SYMBOLS.get(str(q), symbol) if bounds else symbol
               for q in rows["qualifier"]]
    custom = [[plot_text(name), format_date(r.date, r.date_precision, lang),
               qualified(getattr(r, column), r.qualifier, lang),
               plot_text(t("map.source", lang, source=labels.get(r.source_id, r.source_id)))]
              for r in rows.itertuples()]
    return go.Scatter(
        x=rows["date"], y=rows[column], name=name, mode="lines+markers",
        line={"color": color, "dash": dash, "width": 2.4 if dash == "solid" else 1.6},
        marker={"color": color, "symbol": symbols, "size": 8 if dash == "solid" else 7,
                "line": {"color": color, "width": 1.5}},
        customdata=custom,
        hovertemplate=hover_template(["<b>%{customdata[0]}</b>", "%{customdata[1]}",
                                      "%{customdata[2]}", "%{customdata[3]}"]))


def residents_of(rows: pd.DataFrame) -> pd.DataFrame:
    return rows[(rows["metric"] == RESIDENTS) & rows["population"].notna()]


def camp_title(rows: pd.DataFrame, site: pd.Series, as_of, lang: str) -> str:
    name = short_name(site, lang)
    if pd.notna(site["closed"]) and site["closed"] <= pd.Timestamp(as_of):
        return t("map.camp.title_closed", lang, camp=name,
                 date=format_date(site["closed"], "day", lang))
    residents = residents_of(rows)
    if residents.empty:
        return t("map.camp.title_none", lang, camp=name)
    last = residents.iloc[-1]
    return t("map.camp.title", lang, camp=name,
             count=qualified(last["population"], last["qualifier"], lang),
             date=format_date(last["date"], last["date_precision"], lang))


def camp_population_figure(camp_population: pd.DataFrame, sites: pd.DataFrame,
                           sources: pd.DataFrame, site_id: str, as_of, lang: str = "en",
                           events: pd.DataFrame | None = None) -> go.Figure:
    """Residents with markers (open where a count is a bound), nationality splits dashed,
    cumulative repatriations dotted on their own, the closure and liberations annotated."""
    site = sites.set_index("site_id").loc[site_id]
    rows = camp_rows(camp_population, site_id, as_of)
    labels = source_label(sources)
    fig = go.Figure()
    residents = residents_of(rows)
    if not residents.empty:
        fig.add_trace(point_trace(residents, "population", t("map.camp.residents", lang),
                                  RESIDENT_STYLE, labels, lang, bounds=True))
    counts = rows[rows["metric"] == RESIDENTS]
    for column, style in SPLIT_STYLE.items():
        part = counts[counts[column].notna()]
        if not part.empty:
            fig.add_trace(point_trace(part, column, t(f"map.camp.{column}", lang), style,
                                      labels, lang, bounds=True))
    returned = rows[(rows["metric"] == REPATRIATED) & rows["iraqis"].notna()]
    if not returned.empty:
        fig.add_trace(point_trace(returned, "iraqis", t("map.camp.repatriated", lang),
                                  REPATRIATED_STYLE, labels, lang))
    annotate(fig, rows, site, as_of, lang, events)
    stamp = t("stamp.as_of", lang, date=format_date(as_of, "day", lang))
    house_layout(fig, camp_title(rows, site, as_of, lang), stamp, height=420, rtl=lang == "ar")
    fig.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.1, "x": 0,
                              "xanchor": "left", "font": {"size": 11}},
                      margin={"l": 56, "r": 16, "t": 70, "b": 40}, hovermode="closest")
    fig.update_yaxes(title_text=t("map.camp.yaxis", lang), rangemode="tozero",
                     tickformat=",")
    fig.update_xaxes(title_text=None)
    if not rows.empty and rows["date"].nunique() == 1:
        # One count alone: a year around it, not an axis of milliseconds.
        only = rows["date"].iloc[0]
        fig.update_xaxes(range=[only - pd.DateOffset(months=6), only + pd.DateOffset(months=6)],
                         tickformat="%b %Y")
    return fig


def annotate(fig: go.Figure, rows: pd.DataFrame, site: pd.Series, as_of, lang: str,
             events: pd.DataFrame | None) -> None:
    """The camp's closure, and liberations inside the chart's time span (Baghuz -> al-Hol)."""
    if rows.empty:
        return
    day = pd.Timestamp(as_of)
    first, last = rows["date"].min(), rows["date"].max()
    # Lines and labels are collected and added in one update: plotly copies the layout on each
    # add_vline/add_annotation, which grows with the square of their number.
    shapes, notes = [], []
    if pd.notna(site["closed"]) and site["closed"] <= day:
        shapes.append(vline(site["closed"], {"color": OKABE_ITO["vermillion"], "width": 1.5,
                                             "dash": "dash"}))
        notes.append({"x": site["closed"], "y": 0.97, "xref": "x", "yref": "paper",
                      "yanchor": "top", "xanchor": "right", "showarrow": False,
                      "bgcolor": "rgba(255,255,255,0.85)",
                      "text": t("map.camp.closed", lang,
                                date=format_date(site["closed"], "day", lang)),
                      "font": {"size": 11, "color": OKABE_ITO["vermillion"]}})
    if events is not None:
        shown = events[(events["category"] == "liberation") & (events["date"] >= first)
                       & (events["date"] <= min(last, day))]
        title = "title_ar" if lang == "ar" else "title_en"
        for date, text in zip(shown["date"], shown[title], strict=True):
            shapes.append(vline(date, {"color": EVENT_COLOR, "width": 1, "dash": "dot"}))
            # Mid-height, where the resident line (above) and the splits (below) leave room.
            notes.append({"x": date, "y": 0.5, "xref": "x", "yref": "paper",
                          "yanchor": "middle", "xanchor": "left", "showarrow": False,
                          "align": "left",
                          "text": "<br>".join(map(plot_text, textwrap.wrap(str(text), 24))),
                          "bgcolor": "rgba(255,255,255,0.85)",
                          "font": {"size": 10, "color": STAMP_COLOR}})
    if shapes:
        fig.update_layout(shapes=[*fig.layout.shapes, *shapes],
                          annotations=[*fig.layout.annotations, *notes])


def vline(x, line: dict) -> dict:
    """A vertical line across the plot at x, as add_vline draws it."""
    return {"type": "line", "x0": x, "x1": x, "xref": "x", "y0": 0, "y1": 1, "yref": "paper",
            "line": line}


def first_count_date(camp_population: pd.DataFrame, site_id: str, as_of) -> pd.Timestamp | None:
    """The date of the camp's first resident head count known by as_of, or None."""
    residents = residents_of(camp_rows(camp_population, site_id, as_of))
    return None if residents.empty else residents["date"].min()


def camp_population_summary(camp_population: pd.DataFrame, sites: pd.DataFrame, site_id: str,
                            as_of, lang: str = "en") -> str:
    """One sentence: the latest count (or the closure) against the peak, with dates."""
    site = sites.set_index("site_id").loc[site_id]
    name = camp_name(site, lang)
    residents = residents_of(camp_rows(camp_population, site_id, as_of))
    if residents.empty:
        return t("map.camp.summary_none", lang, camp=name,
                 date=format_date(as_of, "day", lang))
    peak = residents.loc[residents["population"].idxmax()]
    peak_words = {"peak": qualified(peak["population"], peak["qualifier"], lang),
                  "peak_date": format_date(peak["date"], peak["date_precision"], lang)}
    closed = pd.notna(site["closed"]) and site["closed"] <= pd.Timestamp(as_of)
    if closed:
        before = residents[(residents["date"] < site["closed"]) & (residents["population"] > 0)]
        last = before.iloc[-1] if not before.empty else residents.iloc[-1]
        return t("map.camp.summary_closed", lang, camp=name,
                 date=format_date(site["closed"], "day", lang),
                 count=qualified(last["population"], last["qualifier"], lang),
                 count_date=format_date(last["date"], last["date_precision"], lang),
                 **peak_words)
    last = residents.iloc[-1]
    return t("map.camp.summary", lang, camp=name,
             count=qualified(last["population"], last["qualifier"], lang),
             date=format_date(last["date"], last["date_precision"], lang), **peak_words)
