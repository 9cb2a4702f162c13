"""Dataset + as-of date -> headline figures (with their sources) and a compact event timeline."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from catalog import format_count, format_date, format_usd, t
from catalog.formatting import QUALIFIER_WORDS
from charts.provenance import source_label
from charts.style import OKABE_ITO, house_layout, hover_template, plot_text
from loaders.asof import funding_known_by, known_by, membership_snapshot

LIBERATED_TYPES = ["city", "town", "region"]
EVENT_STYLE = {"coalition": (OKABE_ITO["blue"], "star"),
               "meeting": (OKABE_ITO["orange"], "circle"),
               "liberation": (OKABE_ITO["green"], "triangle-up"),
               "camp": (OKABE_ITO["vermillion"], "square")}


@dataclass(frozen=True)
class Headline:
    """One headline number: what it is, how it reads, its caveat and where it comes from."""

    key: str
    label: str
    value: str
    detail: str
    source_ids: list[str] = field(default_factory=list)
    page: str = "overview"
    disputed: bool = False


def membership_headline(data, as_of, lang: str) -> Headline:
    snap = membership_snapshot(data.members, data.member_counts, data.sources, as_of)
    claims = ", ".join(f"{int(c.count)} ({c.stated_by})" for c in snap.claims.itertuples())
    value = format_count(snap.stated_total, lang) if snap.stated_total else "—"
    detail = t("overview.members_detail", lang, identified=snap.identified_count,
               gap=snap.gap if snap.gap is not None else "—")
    if snap.disputed:
        detail += " " + t("overview.members_disputed", lang, claims=claims)
    return Headline("members", t("overview.members", lang), value, detail,
                    list(snap.claims["source_id"]), "membership", snap.disputed)


def funding_headline(data, as_of, lang: str) -> Headline:
    known = funding_known_by(data.pledges, as_of)
    goals = known[known["status"] == "goal"]
    if goals.empty:
        return Headline("goal", t("overview.goal", lang), "—", t("overview.no_goal", lang),
                        page="funding")
    goal = goals.sort_values("date").iloc[-1]
    same_day = known[(known["date"] == goal["date"]) & (known["status"] != "goal")]
    # A total raised in an earlier drive, repeated in that day's news, is not this drive's.
    same_day = same_day[same_day["period"].isna()
                        | same_day["period"].eq(str(goal["date"].year))]
    # A drive counts stabilisation money only (not humanitarian or counter-terrorism packages).
    if "purpose" in same_day.columns:
        same_day = same_day[same_day["purpose"].astype(str).eq("stabilisation")]
    detail = t("overview.goal_detail", lang, event=event_name(goal, data.events, lang),
               date=format_date(goal["date"], goal["date_precision"], lang))
    reported = reported_against_goal(same_day, lang)
    ids = [goal["source_id"], *same_day["source_id"]]
    return Headline("goal", t("overview.goal", lang),
                    format_usd(goal["amount_usd"], goal["qualifier"], lang),
                    detail + (" " + reported if reported else ""), ids, "funding")


def event_name(row: pd.Series, events: pd.DataFrame, lang: str) -> str:
    """The meeting's title from events.csv (which has Arabic titles), else the row's own text."""
    same_day = events[(events["date"] == row["date"]) & (events["category"] == "meeting")]
    if not same_day.empty:
        return same_day.iloc[0]["title_ar" if lang == "ar" else "title_en"]
    return row["event"]


def reported_against_goal(rows: pd.DataFrame, lang: str) -> str:
    """A drive total if one was reported that day, else the largest single pledge."""
    totals = rows[rows["status"] == "drive_total"]
    if not totals.empty:
        row = totals.sort_values("amount_usd").iloc[-1]
        return t("overview.drive_reported", lang,
                 amount=format_usd(row["amount_usd"], row["qualifier"], lang))
    pledges = rows[rows["status"] == "pledge"]
    if pledges.empty:
        return ""
    row = pledges.sort_values("amount_usd").iloc[-1]
    return t("overview.largest_pledge", lang, donor=row["donor"],
             amount=format_usd(row["amount_usd"], row["qualifier"], lang))


def liberated_headline(data, as_of, lang: str) -> Headline:
    places = liberated_by(data.sites, as_of)
    latest = places.sort_values("liberated_end").iloc[-1] if not places.empty else None
    detail = (t("overview.latest_liberated", lang,
                place=latest["name_ar" if lang == "ar" else "name_en"],
                date=format_date(latest["liberated_end"], "day", lang))
              if latest is not None else "")
    return Headline("liberated", t("overview.liberated", lang), format_count(len(places), lang),
                    detail, list(places["source_id"]), "map")


def liberated_by(sites: pd.DataFrame, as_of) -> pd.DataFrame:
    done = sites["site_type"].isin(LIBERATED_TYPES) & sites["liberated_end"].notna()
    return sites[done & (sites["liberated_end"] <= pd.Timestamp(as_of))]


def camp_headcounts(data, as_of) -> pd.DataFrame:
    """The latest resident count per camp known by as_of (0 once the camp has closed)."""
    rows = known_by(data.camp_population, as_of)
    rows = rows[(rows["metric"] == "camp_population") & rows["population"].notna()]
    latest = rows.sort_values("date").groupby("site_id", observed=True).tail(1)
    closed = data.sites.set_index("site_id")["closed"]
    shut = latest["site_id"].map(closed) <= pd.Timestamp(as_of)
    return latest.assign(population=latest["population"].where(~shut, 0))


def qualified_count(value, qualifier: str, lang: str) -> str:
    words = QUALIFIER_WORDS.get(lang, QUALIFIER_WORDS["en"]).get(str(qualifier), "")
    return words + format_count(value, lang)


def site_names(sites: pd.DataFrame, lang: str) -> pd.Series:
    """Site names by site_id in the page language."""
    return sites.set_index("site_id")["name_ar" if lang == "ar" else "name_en"]


def camp_part(row, names: pd.Series, closures: pd.Series, as_of, lang: str) -> str:
    """'Roj camp: fewer than 2,000 (September 2020)', or 'al-Hol: closed (22 February 2026)'."""
    closed = closures.get(row.site_id)
    name = names.get(row.site_id, row.site_id)
    if pd.notna(closed) and closed <= pd.Timestamp(as_of):
        return t("overview.camp_closed", lang, camp=name, date=format_date(closed, "day", lang))
    return (f"{name}: {qualified_count(row.population, row.qualifier, lang)} "
            f"({format_date(row.date, row.date_precision, lang)})")


def camps_headline(data, as_of, lang: str) -> Headline:
    """The largest camp's latest count as the figure; the other camps listed with their dates.

    Counts of different camps are taken on different dates (and some are ceilings), so they
    are never added into one total."""
    counts = camp_headcounts(data, as_of)
    if counts.empty:
        return Headline("camps", t("overview.camps", lang), "—",
                        t("overview.camps_none", lang), page="map")
    names = site_names(data.sites, lang)
    counts = counts.sort_values("population", ascending=False)
    top = counts.iloc[0]
    closures = data.sites.set_index("site_id")["closed"]
    parts = [camp_part(r, names, closures, as_of, lang) for r in counts.iloc[1:].itertuples()]
    largest = t("overview.camps_largest", lang, camp=names.get(top["site_id"], top["site_id"]),
                date=format_date(top["date"], top["date_precision"], lang))
    others = t("overview.camps_others", lang, others="; ".join(parts)) if parts else ""
    detail = " ".join(filter(None, [largest, others, t("overview.camps_not_added", lang)]))
    return Headline("camps", t("overview.camps", lang),
                    qualified_count(top["population"], top["qualifier"], lang), detail,
                    list(counts["source_id"]), "map")


def headline_figures(data, as_of, lang: str = "en") -> list[Headline]:
    """The four numbers a briefer quotes first, each traceable to its sources."""
    return [membership_headline(data, as_of, lang), funding_headline(data, as_of, lang),
            liberated_headline(data, as_of, lang), camps_headline(data, as_of, lang)]


def key_events_figure(events: pd.DataFrame, sources: pd.DataFrame, as_of,
                      lang: str = "en") -> go.Figure:
    """Dated events up to as_of on one line, one marker style per category."""
    shown = events[events["date"] <= pd.Timestamp(as_of)]
    labels = source_label(sources)
    fig = go.Figure()
    title_column = "title_ar" if lang == "ar" else "title_en"
    for category, (color, symbol) in EVENT_STYLE.items():
        rows = shown[shown["category"] == category]
        if rows.empty:
            continue
        fig.add_trace(go.Scatter(
            x=rows["date"], y=[category] * len(rows), mode="markers",
            name=t(f"overview.category.{category}", lang),
            marker={"color": color, "symbol": symbol, "size": 13,
                    "line": {"width": 1, "color": "white"}},
            customdata=list(zip(rows[title_column].map(plot_text),
                                rows["date"].dt.strftime("%Y-%m-%d"),
                                rows["source_id"].map(labels).map(plot_text), strict=True)),
            hovertemplate=hover_template(["<b>%{customdata[0]}</b>", "%{customdata[1]}",
                                          "Source: %{customdata[2]}"])))
    house_layout(fig, events_title(shown, lang),
                 t("stamp.as_of", lang, date=format_date(as_of, "day", lang)), height=260,
                 rtl=lang == "ar")
    fig.update_yaxes(visible=False)
    fig.update_xaxes(title_text=None)
    return fig


def events_title(shown: pd.DataFrame, lang: str) -> str:
    """A finding: how many ministerials and liberations so far, and the latest event."""
    if shown.empty:
        return t("overview.events_none", lang)
    last = shown.iloc[-1]
    counts = shown["category"].value_counts()
    return t("overview.events_finding", lang, meetings=int(counts.get("meeting", 0)),
             liberations=int(counts.get("liberation", 0)),
             last=last["title_ar" if lang == "ar" else "title_en"],
             date=format_date(last["date"], last["date_precision"], lang))


def events_summary(events: pd.DataFrame, as_of, lang: str = "en") -> str:
    shown = events[events["date"] <= pd.Timestamp(as_of)]
    if shown.empty:
        return t("overview.events_none", lang)
    last = shown.iloc[-1]
    return t("overview.events_summary", lang, count=len(shown),
             first=format_date(shown["date"].min(), "month", lang),
             last=last["title_ar" if lang == "ar" else "title_en"],
             date=format_date(last["date"], last["date_precision"], lang))
