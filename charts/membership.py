"""Members, stated totals, events + as-of date -> growth chart, joins per year, world map, table."""

from __future__ import annotations

import re
from itertools import pairwise

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pydeck as pdk

from catalog import CATALOGS, format_date, t
from catalog.formatting import QUALIFIER_WORDS
from catalog.markup import md
from charts.geometry import WORLD_DIGITS, WORLD_TOLERANCE, outline_layer, thinned
from charts.provenance import source_label
from charts.style import (
    EVENT_COLOR,
    OKABE_ITO,
    SEQUENCE,
    house_layout,
    hover_template,
    plot_text,
    right_to_left,
)
from loaders.asof import as_timestamp, known_by, membership_snapshot

START = pd.Timestamp("2014-09-01")
REGIONS = ["Middle East", "Europe", "Africa", "Asia", "Americas", "Oceania", "Global"]
KINDS = ["state", "organisation"]
GROUPINGS = ["region", "kind"]
# Second encoding for stacked bars, so groups stay apart without colour.
PATTERNS = ["", "/", ".", "x", "\\", "+", "-", "|"]
CLAIM_STYLE = {
    "official": {"color": OKABE_ITO["black"], "symbol": "diamond", "size": 10},
    "news": {"color": OKABE_ITO["vermillion"], "symbol": "circle-open", "size": 9},
    "lower_bound": {"color": OKABE_ITO["purple"], "symbol": "triangle-up-open", "size": 11},
    "core_group": {"color": OKABE_ITO["grey"], "symbol": "x-thin-open", "size": 10},
}
IDENTIFIED_COLOR = OKABE_ITO["blue"]
POSSIBLE_FILL = "rgba(86, 180, 233, 0.22)"
# Map colours: the founding members (2014, most of the Coalition) in one clear blue; later join
# years on a stepped yellow-orange-brown ramp (ColorBrewer YlOrBr, colour-blind safe), stopped
# short of its palest yellow so new members stay distinct from the grey of non-members.
FOUNDING_HEX = OKABE_ITO["blue"]
LATER_RAMP = ["#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#993404", "#662506"]
NON_MEMBER_RGB = [228, 228, 228]
FILTERED_RGB = [176, 176, 176]
WORLD_VIEW = {"latitude": 25.0, "longitude": 15.0, "zoom": 0.45}
ORDINAL = re.compile(r"(one of the |the )(\d+)(?:st|nd|rd|th)(?:/(\d+)(?:st|nd|rd|th))? member")
NOT_IDENTIFIED = re.compile(r"(could not be|not) identified")
NAMES_IN_HOVER = 6
TABLE_COLUMNS = ["name", "kind", "region", "joined", "founding", "source", "link"]


# --- rows ------------------------------------------------------------------------------------

def identified_by(members: pd.DataFrame, as_of) -> pd.DataFrame:
    """Members surely in by as_of: the last day of their stated join period is not after it."""
    return members[members["joined_end"] <= as_timestamp(as_of)]


def filter_members(members: pd.DataFrame, as_of, regions=None,
                   years: tuple[int, int] | None = None) -> pd.DataFrame:
    """Identified members by as_of in the given regions (None/empty: all) and join years."""
    rows = identified_by(members, as_of)
    if regions:
        rows = rows[rows["region"].astype(str).isin(list(regions))]
    if years is not None:
        year = rows["joined"].dt.year
        rows = rows[(year >= years[0]) & (year <= years[1])]
    return rows.sort_values(["joined", "name"])


def region_options(members: pd.DataFrame) -> list[str]:
    present = set(members["region"].astype(str))
    return [r for r in REGIONS if r in present]


def stated_claims(counts: pd.DataFrame, sources: pd.DataFrame, as_of) -> pd.DataFrame:
    """Every stated total (and core-group claim) made by as_of, with its source kind."""
    kinds = sources.set_index("source_id")["kind"].astype(str)
    rows = known_by(counts, as_of).sort_values(["date", "count"])
    return rows.assign(kind=rows["source_id"].map(kinds).fillna("news"))


def claim_group(row) -> str:
    if row.scope == "core_group":
        return "core_group"
    if row.qualifier == "more_than":
        return "lower_bound"
    return "official" if row.kind == "official" else "news"


def shown_events(events: pd.DataFrame, as_of) -> pd.DataFrame:
    """Coalition milestones (formation, accessions) by as_of: the few worth annotating."""
    rows = known_by(events, as_of)
    return rows[rows["category"] == "coalition"]


def rtl(text: str, lang: str) -> str:
    """Arabic text for plotly's SVG, which lays text out left to right: a right-to-left mark
    at the start of each line keeps a leading number or bracket on the right side."""
    return right_to_left(text) if lang == "ar" else text


def isolate(text: str, lang: str) -> str:
    """A Latin name inside an Arabic sentence, isolated so its commas do not reorder it."""
    return f"\u2068{text}\u2069" if lang == "ar" else text


def name_list(names, lang: str, limit: int = NAMES_IN_HOVER) -> str:
    names = list(names)
    shown = ", ".join(names[:limit])
    if len(names) > limit:
        shown += " " + t("membership.and_more", lang, count=len(names) - limit)
    return shown


def sources_text(ids, labels: pd.Series) -> str:
    return "; ".join(dict.fromkeys(labels.get(i, "unknown source") for i in ids))


# --- the gap between stated and identified -------------------------------------------------

def unidentified_accessions(counts: pd.DataFrame, as_of) -> list[tuple[tuple[int, ...], bool]]:
    """Accessions the sources count but nobody could name, read from the claims' notes:
    [((85,), False), ((88, 89), True)] for 'the 85th' and 'one of the 88th/89th'."""
    found: dict[tuple[int, ...], bool] = {}
    for note in known_by(counts, as_of)["notes"].fillna(""):
        if not NOT_IDENTIFIED.search(note):
            continue
        match = ORDINAL.search(note)
        if match:
            numbers = tuple(int(n) for n in match.group(2, 3) if n)
            found[numbers] = match.group(1).startswith("one of") or len(numbers) > 1
    return sorted(found.items())


def ordinal_text(numbers: tuple[int, ...], one_of: bool, lang: str) -> str:
    if one_of:
        options = t("membership.ordinal_or", lang).join(
            f"{n}th" if lang != "ar" else str(n) for n in numbers)
        return t("membership.ordinal_one_of", lang, options=options)
    return t("membership.ordinal", lang, n=numbers[0])


def accessions_text(accessions, lang: str) -> str:
    parts = [ordinal_text(numbers, one_of, lang) for numbers, one_of in accessions]
    if len(parts) <= 1:
        return "".join(parts)
    return t("membership.list_sep", lang).join(parts[:-1]) + t("membership.list_and",
                                                              lang) + parts[-1]


def gap_accessions(snapshot, counts: pd.DataFrame, as_of) -> list:
    """The named missing accessions, only when they account for the whole gap."""
    accessions = unidentified_accessions(counts, as_of)
    return accessions if snapshot.gap and len(accessions) == snapshot.gap else []


def gap_label(snapshot, counts: pd.DataFrame, as_of, lang: str) -> str:
    gap = snapshot.gap
    if gap is None:
        return ""
    if gap < 0:
        return t("membership.gap.surplus", lang, gap=-gap)
    if gap == 0:
        return t("membership.gap.none", lang)
    floor = headline_claim(snapshot)["qualifier"] == "more_than"
    key = "at_least" if floor else "missing_one" if gap == 1 else "missing_many"
    label = t(f"membership.gap.{key}", lang, gap=gap)
    if len(snapshot.pending):
        label += "<br>" + t("membership.gap.pending", lang, count=len(snapshot.pending))
    accessions = gap_accessions(snapshot, counts, as_of)
    if accessions:
        key = "membership.gap.which_plural" if len(accessions) > 1 else "membership.gap.which"
        label += "<br>" + plot_text(t(key, lang, which=accessions_text(accessions, lang)))
    return label


# --- growth chart ----------------------------------------------------------------------------

def growth_steps(members: pd.DataFrame, as_of) -> pd.DataFrame:
    """Per date: members surely in (identified) and members possibly in (period started)."""
    day = as_timestamp(as_of)
    dates = pd.concat([pd.Series([START, day]), members["joined_end"], members["joined"]])
    dates = dates[(dates >= START) & (dates <= day)].drop_duplicates().sort_values()
    # Counts by binary search in the sorted dates: linear in the members, not dates x members.
    ends = np.sort(members["joined_end"].dropna().to_numpy())
    starts = np.sort(members["joined"].dropna().to_numpy())
    at = dates.to_numpy()
    return pd.DataFrame({
        "date": at,
        "identified": np.searchsorted(ends, at, side="right"),
        "possible": np.searchsorted(starts, at, side="right"),
    })


def join_points(members: pd.DataFrame, sources: pd.DataFrame, as_of, lang: str) -> pd.DataFrame:
    """One row per date on which identified members came in: count so far, names, sources."""
    shown = identified_by(members, as_of).sort_values(["joined_end", "name"])
    labels = source_label(sources)
    labels = dict(labels)
    # One pass over plain lists per date (iterating pandas groups costs ~1 ms each).
    days = shown.groupby("joined_end", sort=True).agg(names=("name", list),
                                                       ids=("source_id", list))
    return pd.DataFrame({
        "date": days.index,
        "count": np.cumsum([len(n) for n in days["names"]], dtype=int),
        "names": [name_list(n, lang) for n in days["names"]],
        "source": [sources_text(i, labels) for i in days["ids"]],
    }, columns=["date", "count", "names", "source"])


def add_steps(fig: go.Figure, steps: pd.DataFrame, lang: str) -> None:
    fig.add_trace(go.Scatter(
        x=steps["date"], y=steps["identified"], mode="lines", line_shape="hv",
        name=t("membership.trace.identified", lang), hoverinfo="skip",
        line={"color": IDENTIFIED_COLOR, "width": 2.5}))
    if (steps["possible"] > steps["identified"]).any():
        fig.add_trace(go.Scatter(
            x=steps["date"], y=steps["possible"], mode="lines", line_shape="hv",
            fill="tonexty", fillcolor=POSSIBLE_FILL, name=t("membership.trace.possible", lang),
            line={"color": OKABE_ITO["sky"], "width": 1.5, "dash": "dot"},
            customdata=[t("membership.hover.possible", lang, count=c) for c in steps["possible"]],
            hovertemplate=hover_template(["%{x|%d %b %Y}", "%{customdata}"])))


def add_join_markers(fig: go.Figure, points: pd.DataFrame, lang: str) -> None:
    source = t("membership.hover.source", lang, label="%{customdata[2]}")
    fig.add_trace(go.Scatter(
        x=points["date"], y=points["count"], mode="markers", showlegend=False,
        name=t("membership.trace.identified", lang),
        marker={"color": IDENTIFIED_COLOR, "size": 5},
        customdata=list(zip([t("membership.hover.identified", lang, count=c)
                             for c in points["count"]],
                            [plot_text(t("membership.hover.joined", lang, names=n))
                             for n in points["names"]],
                            points["source"].map(plot_text), strict=True)),
        hovertemplate=hover_template(["<b>%{x|%d %b %Y}</b>", "%{customdata[0]}",
                                      "%{customdata[1]}", source])))


def claim_hover_rows(rows: pd.DataFrame, labels, lang: str) -> list:
    labels = dict(labels)
    kinds = {k: t(f"membership.hover.kind.{k}", lang) for k in set(rows["kind"].astype(str))}
    more = "more than " if lang != "ar" else "أكثر من "
    out = []
    for scope, qualifier, number, date, precision, stated_by, kind, source_id in zip(
            rows["scope"], rows["qualifier"], rows["count"], rows["date"],
            rows["date_precision"], rows["stated_by"], rows["kind"].astype(str),
            rows["source_id"], strict=True):
        key = "membership.hover.core" if scope == "core_group" else "membership.hover.stated"
        count = (more if qualifier == "more_than" else "") + str(number)
        out.append((t(key, lang, count=count), format_date(date, precision, lang),
                    plot_text(stated_by), kinds[kind], plot_text(labels.get(source_id, "unknown"))))
    return out


def claim_groups(claims: pd.DataFrame) -> np.ndarray:
    """claim_group for every row at once."""
    return np.select([claims["scope"].astype(str).eq("core_group").to_numpy(),
                      claims["qualifier"].astype(str).eq("more_than").to_numpy(),
                      claims["kind"].astype(str).eq("official").to_numpy()],
                     ["core_group", "lower_bound", "official"], "news")


def add_claims(fig: go.Figure, claims: pd.DataFrame, sources: pd.DataFrame, lang: str) -> None:
    labels = source_label(sources)
    groups = claims.assign(group=claim_groups(claims))
    source = t("membership.hover.source", lang, label="%{customdata[4]}")
    for group, style in CLAIM_STYLE.items():
        rows = groups[groups["group"] == group]
        if rows.empty:
            continue
        fig.add_trace(go.Scatter(
            x=rows["date"], y=rows["count"], mode="markers",
            name=t(f"membership.trace.{group}", lang),
            marker={"color": style["color"], "symbol": style["symbol"], "size": style["size"],
                    "line": {"width": 1.5, "color": style["color"]}},
            customdata=claim_hover_rows(rows, labels, lang),
            hovertemplate=hover_template(["<b>%{customdata[0]}</b>", "%{customdata[1]}",
                                          "%{customdata[2]}", "%{customdata[3]}", source])))


def add_event_notes(fig: go.Figure, events: pd.DataFrame, steps: pd.DataFrame,
                    lang: str) -> None:
    title = "title_ar" if lang == "ar" else "title_en"
    first, last = steps["date"].min(), steps["date"].max()
    span = max((last - first).days, 1)
    # The step level at each event by binary search, and every note in one layout update:
    # add_annotation one at a time copies the layout each time (quadratic in the events).
    dates = steps["date"].to_numpy()
    where = np.searchsorted(dates, events["date"].to_numpy(), side="right") - 1
    levels = steps["identified"].to_numpy()
    notes = []
    for row, i in zip(events.itertuples(), where, strict=True):
        y = int(levels[i]) if i >= 0 else 0
        near_end = (row.date - first).days / span > 0.6
        notes.append({"x": row.date, "y": y, "text": plot_text(getattr(row, title)),
                      "showarrow": True,
                      "arrowhead": 0, "arrowcolor": EVENT_COLOR, "ax": -30 if near_end else 30,
                      "ay": -34 if y > 30 else -60, "xanchor": "right" if near_end else "left",
                      "font": {"size": 11, "color": "#444"}, "bgcolor": "rgba(255,255,255,0.8)"})
    fig.update_layout(annotations=[*fig.layout.annotations, *notes])


def add_gap_note(fig: go.Figure, snapshot, counts: pd.DataFrame, as_of, lang: str) -> None:
    label = rtl(gap_label(snapshot, counts, as_of, lang), lang)
    if not label or snapshot.stated_total is None:
        return
    day = as_timestamp(as_of)
    low, high = sorted([snapshot.identified_count, snapshot.stated_total])
    fig.add_shape(type="line", x0=day, x1=day, y0=low, y1=high,
                  line={"color": OKABE_ITO["vermillion"], "width": 3})
    fig.add_annotation(x=day, y=(low + high) / 2, text=label, showarrow=True, arrowhead=0,
                       arrowcolor=OKABE_ITO["vermillion"], ax=-20, ay=110, xanchor="right",
                       align="right", font={"size": 12, "color": "#8a3a00"},
                       bgcolor="rgba(255,255,255,0.9)", bordercolor=OKABE_ITO["vermillion"])


def headline_claim(snapshot) -> pd.Series:
    """The claim behind the headline total: an official one if it gave that number."""
    claims = snapshot.claims[snapshot.claims["count"] == snapshot.stated_total]
    official = claims[claims["kind"] == "official"]
    return (official if not official.empty else claims).iloc[-1]


def stated_text(claim: pd.Series, lang: str) -> str:
    """'86', or 'more than 50' when the source gave a floor."""
    words = QUALIFIER_WORDS.get(lang, QUALIFIER_WORDS["en"]).get(str(claim["qualifier"]), "")
    return f"{words}{int(claim['count'])}"


def growth_title(snapshot, lang: str) -> str:
    if snapshot.stated_total is None:
        return t("membership.growth_title_none", lang, identified=snapshot.identified_count)
    claim = headline_claim(snapshot)
    title = t("membership.growth_title", lang, stated=stated_text(claim, lang),
              date=format_date(claim["date"], claim["date_precision"], lang),
              identified=snapshot.identified_count)
    return title[:1].upper() + title[1:]


def membership_growth_figure(members: pd.DataFrame, member_counts: pd.DataFrame,
                             sources: pd.DataFrame, events: pd.DataFrame, as_of,
                             lang: str = "en") -> go.Figure:
    """Identified members as a step line against every total stated by as_of."""
    snapshot = membership_snapshot(members, member_counts, sources, as_of)
    steps = growth_steps(members, as_of)
    claims = stated_claims(member_counts, sources, as_of)
    fig = go.Figure()
    add_steps(fig, steps, lang)
    add_join_markers(fig, join_points(members, sources, as_of, lang), lang)
    add_claims(fig, claims, sources, lang)
    add_event_notes(fig, shown_events(events, as_of), steps, lang)
    add_gap_note(fig, snapshot, member_counts, as_of, lang)
    day = as_timestamp(as_of)
    top = max([steps["possible"].max(), *claims["count"]]) if len(claims) else steps[
        "possible"].max()
    house_layout(fig, rtl(growth_title(snapshot, lang), lang), stamp_text(as_of, lang),
                 rtl=lang == "ar")
    # Under the axis: inside the plot it would cover claims or the gap note at some dates.
    fig.update_layout(legend={"orientation": "h", "x": 0.0, "xanchor": "left", "y": -0.1,
                              "yanchor": "top", "font": {"size": 11}, "traceorder": "normal"},
                      margin={"b": 70}, hovermode="closest")
    span = max((day - START).days, 60)
    fig.update_xaxes(range=[START - pd.Timedelta(days=span * 0.02),
                            day + pd.Timedelta(days=span * 0.03)], title_text=None)
    fig.update_yaxes(range=[0, top * 1.12 + 2], title_text=t("membership.axis.members", lang),
                     rangemode="tozero")
    return fig


def stamp_text(as_of, lang: str) -> str:
    return t("stamp.as_of", lang, date=format_date(as_of, "day", lang))


def membership_summary(members: pd.DataFrame, member_counts: pd.DataFrame,
                       sources: pd.DataFrame, as_of, lang: str = "en") -> str:
    """The stated total, the identified count and what separates them, in one sentence."""
    snap = membership_snapshot(members, member_counts, sources, as_of)
    date = format_date(as_of, "day", lang)
    if snap.stated_total is None:
        return t("membership.summary_no_claim", lang, date=date,
                 identified=snap.identified_count)
    claims = snap.claims
    chosen = headline_claim(snap)
    publishers = sources.set_index("source_id")["publisher"]
    text = t("membership.summary", lang, date=date, identified=snap.identified_count,
             stated=stated_text(chosen, lang),
             source=isolate(publishers.get(chosen["source_id"], "unknown"), lang),
             stated_date=format_date(chosen["date"], chosen["date_precision"], lang),
             gap_sentence=gap_sentence(snap, member_counts, as_of, lang))
    if snap.disputed:
        listed = t("membership.list_sep", lang).join(dict.fromkeys(
            t("membership.claim_item", lang, count=int(c.count),
              kind=t(f"membership.hover.kind.{c.kind}", lang).lower() if lang != "ar"
              else t(f"membership.hover.kind.{c.kind}", lang))
            for c in claims.sort_values("count").itertuples()))
        text += " " + t("membership.summary.disputed", lang, claims=listed)
    if len(snap.pending):
        text += " " + t("membership.summary.pending", lang, count=len(snap.pending))
    return text


def gap_sentence(snap, counts: pd.DataFrame, as_of, lang: str) -> str:
    if snap.gap < 0:
        return t("membership.summary.surplus", lang)
    if snap.gap == 0:
        return t("membership.summary.match", lang)
    accessions = gap_accessions(snap, counts, as_of)
    one = "_one" if snap.gap == 1 else ""
    if accessions:
        return t(f"membership.summary.gap{one}", lang, gap=snap.gap,
                 which=accessions_text(accessions, lang))
    return t(f"membership.summary.gap_plain{one}", lang, gap=snap.gap)


def growth_export(members: pd.DataFrame, member_counts: pd.DataFrame, sources: pd.DataFrame,
                  as_of) -> pd.DataFrame:
    """The rows behind the growth chart as one tidy table: joins and stated totals."""
    joined = identified_by(members, as_of).sort_values(["joined_end", "name"])
    joins = pd.DataFrame({"row": "member_joined", "date": joined["joined_end"],
                          "precision": joined["joined_precision"].astype(str),
                          "count": range(1, len(joined) + 1), "who": joined["name"],
                          "qualifier": "exact", "scope": "identified",
                          "source_id": joined["source_id"]})
    claims = stated_claims(member_counts, sources, as_of)
    stated = pd.DataFrame({"row": "stated_total", "date": claims["date"],
                           "precision": claims["date_precision"], "count": claims["count"],
                           "who": claims["stated_by"],
                           "qualifier": claims["qualifier"].astype(str),
                           "scope": claims["scope"].astype(str),
                           "source_id": claims["source_id"]})
    return pd.concat([joins, stated], ignore_index=True).sort_values("date", kind="stable")


# --- joins per year --------------------------------------------------------------------------

def group_label(value: str, by: str, lang: str) -> str:
    return t(f"membership.{by}.{value}", lang)


def group_order(by: str) -> list[str]:
    return REGIONS if by == "region" else KINDS


def joins_title(rows: pd.DataFrame, by: str, lang: str) -> str:
    years = rows["joined"].dt.year
    per_year = years.value_counts()
    year, peak = int(per_year.idxmax()), int(per_year.max())
    later, earlier = rows[years > year], int((years < year).sum())
    if earlier:  # '5 of 19 members shown joined in 2017 (6 earlier)': none left unsaid
        year = f"{year}{t('membership.joins_earlier', lang, count=earlier)}"
    if later.empty:
        return t("membership.joins_title", lang, peak=peak, total=len(rows), year=year)
    top = later[by].astype(str).value_counts()
    if by == "kind":
        parts = [t(f"membership.kind_count.{kind}", lang, count=int(top[kind]))
                 for kind in KINDS if top.get(kind, 0)]
        return t("membership.joins_title_later_kind", lang, peak=peak, total=len(rows),
                 year=year, later=len(later), parts=t("membership.list_and", lang).join(parts))
    return t("membership.joins_title_later", lang, peak=peak, total=len(rows), year=year,
             later=len(later), group=group_label(top.index[0], by, lang),
             group_count=int(top.iloc[0]))


def joins_by_year_figure(members: pd.DataFrame, by: str, as_of, lang: str = "en",
                         sources: pd.DataFrame | None = None) -> go.Figure:
    """Identified members by year joined, stacked by region or kind (colour + pattern)."""
    rows = identified_by(members, as_of)
    labels = source_label(sources) if sources is not None else pd.Series(dtype=str)
    years = list(range(START.year, as_timestamp(as_of).year + 1))
    fig = go.Figure()
    source = t("membership.hover.source", lang, label="%{customdata[2]}")
    for index, group in enumerate(group_order(by)):
        part = rows[rows[by].astype(str) == group]
        if part.empty:
            continue
        by_year = part.groupby(part["joined"].dt.year)
        counts = by_year.size().reindex(years, fill_value=0)
        names = by_year["name"].apply(lambda s: name_list(sorted(s), lang)).reindex(years)
        cited = by_year["source_id"].apply(lambda s: sources_text(s, labels)).reindex(years)
        fig.add_trace(go.Bar(
            x=years, y=counts.to_numpy(), name=group_label(group, by, lang),
            marker={"color": SEQUENCE[index % len(SEQUENCE)],
                    "pattern": {"shape": PATTERNS[index % len(PATTERNS)], "solidity": 0.3,
                                "fgcolor": "white"},
                    "line": {"color": "white", "width": 0.5}},
            customdata=list(zip([t("membership.hover.joins", lang, count=c, year=y)
                                 for c, y in zip(counts, years, strict=True)],
                                names.fillna("").map(plot_text), cited.fillna("").map(plot_text),
                                strict=True)),
            hovertemplate=hover_template([f"<b>{group_label(group, by, lang)}</b>",
                                          "%{customdata[0]}", "%{customdata[1]}", source])))
    totals = rows["joined"].dt.year.value_counts().reindex(years, fill_value=0)
    fig.add_trace(go.Scatter(x=years, y=totals.to_numpy(), mode="text", showlegend=False,
                             text=[str(v) if v else "" for v in totals], textposition="top center",
                             hoverinfo="skip", textfont={"size": 11, "color": "#333"}))
    title = joins_title(rows, by, lang) if len(rows) else t("membership.empty", lang)
    house_layout(fig, rtl(title, lang), stamp_text(as_of, lang), height=360, rtl=lang == "ar")
    fig.update_layout(barmode="stack", legend={
        "title": {"text": t(f"membership.by.{by}", lang)}, "orientation": "v", "x": 1.01,
        "xanchor": "left", "y": 1.0, "yanchor": "top"})
    fig.update_yaxes(range=[0, max(totals.max(), 1) * 1.12])
    fig.update_xaxes(title_text=t("membership.axis.year", lang), dtick=1)
    fig.update_yaxes(title_text=t("membership.axis.joins", lang))
    return fig


def joins_summary(members: pd.DataFrame, as_of, lang: str = "en") -> str:
    """How many joined over which years, and the busiest year."""
    rows = identified_by(members, as_of)
    if rows.empty:
        return t("membership.empty", lang)
    per_year = rows["joined"].dt.year.value_counts()
    return t("membership.joins_summary", lang, total=len(rows),
             first=int(rows["joined"].dt.year.min()), last=int(rows["joined"].dt.year.max()),
             year=int(per_year.idxmax()), peak=int(per_year.max()))


# --- world map -------------------------------------------------------------------------------

def hex_rgb(code: str) -> list[int]:
    return [int(code[i:i + 2], 16) for i in (1, 3, 5)]


def year_range(as_of) -> tuple[int, int]:
    return START.year, max(as_timestamp(as_of).year, START.year + 1)


def year_steps(members: pd.DataFrame, as_of) -> list[tuple[list[int], str]]:
    """([years], '#rrggbb') per colour step, over the join years that occur by as_of: the
    founding year alone, then one step per later year, the last step grouping the rest when
    there are more years than steps. Steps are spread over the ramp when there are few."""
    years = sorted(set(identified_by(members, as_of)["joined"].dt.year.astype(int)))
    steps = [([y], FOUNDING_HEX) for y in years if y <= START.year][:1]
    later = [y for y in years if y > START.year]
    size = len(LATER_RAMP)
    if len(later) <= size:
        for i, year in enumerate(later):
            at = round(i * (size - 1) / (len(later) - 1)) if len(later) > 1 else 0
            steps.append(([year], LATER_RAMP[at]))
    else:
        steps += [([y], LATER_RAMP[i]) for i, y in enumerate(later[:size - 1])]
        steps.append((later[size - 1:], LATER_RAMP[-1]))
    return steps


def year_colors(members: pd.DataFrame, as_of) -> dict[int, list[int]]:
    """Join year -> [r, g, b] fill for the map."""
    return {year: hex_rgb(colour) for years, colour in year_steps(members, as_of)
            for year in years}


def year_legend(members: pd.DataFrame, as_of, lang: str = "en") -> list[tuple[str, str, str]]:
    """(label, fill '#rrggbb', text colour) per colour step: '2014 (founding)', '2015',
    '2020–2023'."""
    legend = []
    for years, colour in year_steps(members, as_of):
        # A left-to-right isolate keeps '2020–2023' in order inside Arabic text.
        label = (str(years[0]) if len(years) == 1
                 else f"\u2066{years[0]}–{years[-1]}\u2069" if lang == "ar"
                 else f"{years[0]}–{years[-1]}")
        if years == [START.year]:
            label = t("membership.legend_founding", lang, year=label)
        r, g, b = hex_rgb(colour)
        text = "#000" if 0.299 * r + 0.587 * g + 0.114 * b > 140 else "#fff"
        legend.append((label, colour, text))
    return legend


def feature_properties(base: dict, member, status: str, lang: str, labels: pd.Series,
                       as_of, colours: dict[int, list[int]]) -> dict:
    if member is None:
        colour = FILTERED_RGB if status == "filtered" else NON_MEMBER_RGB
        note = t(f"membership.tooltip.{'filtered' if status == 'filtered' else 'non_member'}",
                 lang, date=format_date(as_of, "day", lang))
        return {**base, "fill": colour, "status": note, "region": "", "source": ""}
    joined = format_date(member.joined, member.joined_precision, lang)
    fill = colours.get(member.joined.year, hex_rgb(LATER_RAMP[-1]))
    return {**base, "name_en": member.name, "fill": fill,
            "status": t("membership.tooltip.joined", lang, date=joined),
            "region": group_label(str(member.region), "region", lang),
            "source": t("membership.hover.source", lang,
                        label=labels.get(member.source_id, "unknown"))}


def unwrapped_ring(ring: list) -> list:
    """A ring crossing the antimeridian (Fiji, Chukotka) moved east of it, so it is not drawn
    as a band across the whole map."""
    crosses = any(abs(a[0] - b[0]) > 180 for a, b in pairwise(ring))
    return [[x + 360 if x < 0 else x, y] for x, y in ring] if crosses else ring


def unwrapped(geometry: dict) -> dict:
    if geometry["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [unwrapped_ring(r)
                                                   for r in geometry["coordinates"]]}
    if geometry["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[unwrapped_ring(r) for r in polygon]
                                                        for polygon in geometry["coordinates"]]}
    return geometry


def membership_world_deck(members: pd.DataFrame, boundaries, sources: pd.DataFrame,
                          as_of, lang: str = "en",
                          all_members: pd.DataFrame | None = None) -> pdk.Deck:
    """Countries coloured by the year they joined; others grey. No tiles, no token."""
    shown = identified_by(members, as_of)
    by_iso = {row.iso3: row for row in shown.itertuples() if isinstance(row.iso3, str)}
    others = identified_by(all_members, as_of) if all_members is not None else shown
    hidden = set(others["iso3"].dropna()) - set(by_iso)
    labels = source_label(sources)
    # Colours from all members, so a region filter does not shift the year steps.
    colours = year_colors(others, as_of)
    features = []
    for feature in boundaries.world_countries["features"]:
        props = feature["properties"]
        iso = props.get("iso3")
        status = "member" if iso in by_iso else "filtered" if iso in hidden else "none"
        base = {"iso3": iso, "name_en": props.get("name_en", "")}
        features.append({"type": "Feature",
                         "geometry": thinned(unwrapped(feature["geometry"]), WORLD_TOLERANCE,
                                             WORLD_DIGITS),
                         "properties": feature_properties(base, by_iso.get(iso), status, lang,
                                                          labels, as_of, colours)})
    layer = pdk.Layer("GeoJsonLayer", {"type": "FeatureCollection", "features": features},
                      id="members", pickable=True, stroked=False, filled=True,
                      get_fill_color="properties.fill", auto_highlight=True)
    # Country borders as white hairlines, each shared border once (charts.geometry).
    borders = outline_layer(features, "member_borders", [255, 255, 255], 0.6)
    tooltip = {"html": "<b>{name_en}</b><br/>{status}<br/>{region}<br/>{source}",
               "style": {"fontSize": "12px", "backgroundColor": "#222", "color": "white"}}
    return pdk.Deck(layers=[layer, borders], initial_view_state=pdk.ViewState(**WORLD_VIEW),
                    views=[pdk.View("MapView", controller=True)], map_provider=None,
                    tooltip=tooltip)


def organisation_members(members: pd.DataFrame, as_of) -> pd.DataFrame:
    """Members with no country shape (EU, NATO, Arab League, INTERPOL, CEN-SAD)."""
    rows = identified_by(members, as_of)
    return rows[rows["kind"].astype(str) == "organisation"].sort_values(["joined", "name"])


def organisation_name(member_id: str, name: str, lang: str) -> str:
    """The organisation's name in the page language; an untranslated Latin name is isolated
    in Arabic text so it keeps its own order."""
    if lang == "ar" and f"membership.org.{member_id}" in CATALOGS["ar"]:
        return t(f"membership.org.{member_id}", lang)
    return isolate(name, lang)


def organisation_lines(members: pd.DataFrame, sources: pd.DataFrame, as_of,
                       lang: str = "en") -> list[str]:
    """'**NATO**' and its join date on a second line, so a Latin name and an Arabic date never
    share a line (mixed lines reorder confusingly when they wrap)."""
    return [f"**{md(organisation_name(row.member_id, row.name, lang))}**  \n"
            f"{md(format_date(row.joined, row.joined_precision, lang))}"
            for row in organisation_members(members, as_of).itertuples()]


def map_summary(members: pd.DataFrame, as_of, lang: str = "en") -> str:
    """How many states the map colours, over which years, and how many organisations aside."""
    rows = identified_by(members, as_of)
    states = rows[rows["kind"].astype(str) == "state"]
    if states.empty:
        return t("membership.empty", lang)
    return t("membership.map_summary", lang, states=len(states),
             first=int(states["joined"].dt.year.min()), last=int(states["joined"].dt.year.max()),
             orgs=len(rows) - len(states))


# --- table -----------------------------------------------------------------------------------

def member_table(members: pd.DataFrame, sources: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """One row per member: name, kind, region, join date at its precision, founding, source."""
    info = sources.set_index("source_id")
    rows = members.sort_values(["joined", "name"])
    return pd.DataFrame({
        "name": rows["name"].to_numpy(),
        "kind": [group_label(str(k), "kind", lang) for k in rows["kind"]],
        "region": [group_label(str(r), "region", lang) for r in rows["region"]],
        "joined": [format_date(d, p, lang) for d, p in
                   zip(rows["joined"], rows["joined_precision"], strict=True)],
        "founding": rows["founding"].to_numpy(),
        "source": rows["source_id"].map(info["publisher"]).fillna("").to_numpy(),
        "link": rows["source_id"].map(info["url"]).fillna("").to_numpy(),
    })
