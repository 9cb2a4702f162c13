"""Dataset + as-of date -> the briefing's views: finding, chart, key numbers, caveats, sources."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from briefing.text import bt
from catalog import format_count, format_date, format_usd, t
from charts.provenance import cited_sources
from loaders.asof import funding_known_by, known_by, membership_snapshot

SECTIONS = ("overview", "funding", "membership", "map", "camps")
log = logging.getLogger("briefing")


@dataclass
class View:
    """One slide's worth: the finding as a headline, a chart, numbers, caveats and sources."""

    key: str
    section: str
    headline: str
    figure: go.Figure | None
    numbers: list[tuple[str, str]]
    caveats: list[str]
    sources: pd.DataFrame
    summary: str = ""
    missing: str = ""  # why there is no figure, when there is none
    notes: list[str] = field(default_factory=list)


def stamp(as_of, lang: str) -> str:
    return t("stamp.as_of", lang, date=format_date(as_of, "day", lang))


# Official statements first, copies of other publishers' pages last; a tier not listed here
# ranks with news.
TIER_RANK = {"official": 0, "wire": 1, "news": 2, "copy": 3}


def tier_rank(tiers: pd.Series) -> pd.Series:
    return tiers.astype(str).map(TIER_RANK).fillna(TIER_RANK["news"]).astype(int)


def sources_of(frames: list[pd.DataFrame], data, as_of) -> pd.DataFrame:
    """Cited sources behind the rows, official first and copies last (newest first within a
    tier), with their date precision; any published after the as-of date is left out."""
    cited = cited_sources([f for f in frames if f is not None and not f.empty], data.sources)
    later = cited["published"].notna() & (cited["published"] > pd.Timestamp(as_of))
    cited = cited[~later]
    precision = data.sources.drop_duplicates("source_id").set_index("source_id")
    precision = (precision["published_precision"] if "published_precision" in precision
                 else pd.Series(dtype="object"))
    cited = cited.assign(published_precision=cited["source_id"].map(precision),
                         rank=tier_rank(cited["tier"]))
    return (cited.sort_values("rank", kind="stable").drop(columns="rank")
            .reset_index(drop=True))


def by_ids(data, ids) -> pd.DataFrame:
    return data.sources[data.sources["source_id"].isin(list(ids))]


# --- overview ---------------------------------------------------------------------------

def overview_view(data, as_of, lang: str) -> View:
    from charts.overview import events_summary, headline_figures, key_events_figure

    heads = {h.key: h for h in headline_figures(data, as_of, lang)}
    values = {key: h.value for key, h in heads.items()}
    has_goal = values.get("goal", "—") != "—"
    headline = bt("briefing.overview_headline" if has_goal else
                  "briefing.overview_headline_nogoal", lang, members=values["members"],
                  goal=values.get("goal"), liberated=values["liberated"])
    numbers = [(h.label, h.value) for h in heads.values()]
    caveats = [f"{h.label}: {h.detail}" for h in heads.values() if h.detail]
    caveats.append(bt("briefing.caveat.overview", lang))
    shown = data.events[data.events["date"] <= pd.Timestamp(as_of)]
    ids = [i for h in heads.values() for i in h.source_ids]
    return View("overview", bt("briefing.section.overview", lang), headline,
                key_events_figure(data.events, data.sources, as_of, lang), numbers, caveats,
                sources_of([by_ids(data, ids), shown], data, as_of),
                events_summary(data.events, as_of, lang))


# --- funding ----------------------------------------------------------------------------

def funding_view(data, as_of, lang: str) -> View:
    from charts import funding as fc

    # As on the Funding page by default: the $30B Kuwait reconstruction conference is another
    # order of money and would flatten the stabilisation series on the chart.
    known = funding_known_by(data.pledges, as_of)
    rows = fc.filter_pledges(known, reconstruction=False)
    hidden = len(known) - len(rows)
    headline = fc.funding_title(rows, data.events, lang)
    numbers, caveats = [], []
    goal = fc.latest_goal(rows)
    # A drive's headline pledge is stabilisation money, as on the Funding page by default.
    pledge = fc.headline_pledge(rows[rows["purpose"].astype(str).eq("stabilisation")], goal)
    if goal is not None:
        numbers.append((bt("briefing.num.goal", lang,
                           place=fc.event_place(goal, data.events, lang)
                           or str(goal["event"])),
                        format_usd(goal["amount_usd"], goal["qualifier"], lang)))
        caveats.append(bt("briefing.caveat.goal", lang))
    if pledge is not None:
        donor = fc.donor_name(pledge["donor_iso3"], pledge["donor"], lang)
        label = (bt("briefing.num.largest_pledge", lang, donor=donor)
                 if goal is not None and pledge["date"] == goal["date"] else
                 bt("briefing.num.latest_pledge", lang, donor=donor,
                    date=format_date(pledge["date"], pledge["date_precision"], lang)))
        numbers.append((label, format_usd(pledge["amount_usd"], pledge["qualifier"], lang)))
    received = rows[rows["series"] == "FFS contributions received (all donors)"]
    if not received.empty:
        last = received.sort_values("date").iloc[-1]
        numbers.append((bt("briefing.num.ffs_received", lang,
                           date=format_date(last["date"], last["date_precision"], lang)),
                        format_usd(last["amount_usd"], last["qualifier"], lang)))
    if hidden:
        caveats.append(bt("briefing.caveat.reconstruction_hidden", lang,
                          count=format_count(hidden, lang)))
    if rows.empty:
        caveats.append(bt("briefing.caveat.no_funding", lang))
    else:
        if (rows["qualifier"].astype(str) == "more_than").any():
            caveats.append(bt("briefing.caveat.floor", lang))
        caveats.append(bt("briefing.caveat.no_adding", lang))
        converted = int(rows["converted"].astype(bool).sum())
        if converted:
            caveats.append(bt("briefing.caveat.converted", lang, count=converted))
    if not numbers:
        numbers.append((bt("briefing.num.funding_rows", lang), format_count(len(rows), lang)))
    figure = (fc.funding_timeline_figure(rows, data.events, data.sources, as_of, lang)
              if not rows.empty else None)
    return View("funding", bt("briefing.section.funding", lang), headline, figure, numbers[:3],
                caveats, sources_of([rows, fc.fx_rows_used(rows, data.fx_rates)], data, as_of),
                fc.funding_summary(rows, lang),
                missing="" if figure is not None else bt("briefing.no_data", lang, date=format_date(
                    as_of, "day", lang)))


# --- membership -------------------------------------------------------------------------

def membership_figure(data, as_of, lang: str) -> tuple[go.Figure | None, str]:
    """The membership page's growth chart; (None, why) if its builder is unavailable."""
    try:
        from charts.membership import membership_growth_figure
    except ImportError as err:
        return None, f"membership chart builder unavailable ({err})"
    return membership_growth_figure(data.members, data.member_counts, data.sources,
                                    data.events, as_of, lang=lang), ""


def membership_summary(data, as_of, lang: str) -> str:
    try:
        from charts.membership import membership_summary as summary
    except ImportError:
        return ""
    return summary(data.members, data.member_counts, data.sources, as_of, lang=lang)


def membership_view(data, as_of, lang: str) -> View:
    snap = membership_snapshot(data.members, data.member_counts, data.sources, as_of)
    date = format_date(as_of, "day", lang)
    identified = format_count(snap.identified_count, lang)
    if snap.stated_total:
        claim_day = snap.claims["date"].max()
        headline = bt("briefing.membership_headline", lang,
                      stated=format_count(snap.stated_total, lang), identified=identified,
                      date=format_date(claim_day, "day", lang))
    else:
        headline = bt("briefing.membership_headline_none", lang, identified=identified, date=date)
    numbers = []
    if snap.stated_total:
        official = snap.claims[snap.claims["count"] == snap.stated_total].iloc[0]
        numbers.append((bt("briefing.num.stated", lang, by=short(official["stated_by"], 40)),
                        format_count(snap.stated_total, lang)))
    numbers.append((bt("briefing.num.identified", lang), identified))
    year_ago = pd.Timestamp(as_of) - pd.DateOffset(years=1)
    recent = snap.identified[snap.identified["joined_end"] > year_ago]
    numbers.append((bt("briefing.num.joined_year", lang), format_count(len(recent), lang)))
    caveats = []
    gap = snap.gap
    if gap is not None and gap > 0:
        caveats.append(gap_caveat(snap, data, as_of, lang))
    elif gap is not None:
        caveats.append(bt("briefing.caveat.all_identified", lang))
    if len(snap.pending):
        caveats.append(bt("briefing.caveat.pending", lang, count=len(snap.pending)))
    if snap.disputed:
        claims = ", ".join(f"{int(c.count)} ({short(c.stated_by, 50)})"
                           for c in snap.claims.itertuples())
        caveats.append(bt("briefing.caveat.disputed", lang, claims=claims))
    figure, why = membership_figure(data, as_of, lang)
    counts = known_by(data.member_counts, as_of)
    return View("membership", bt("briefing.section.membership", lang), headline, figure,
                numbers, caveats,
                sources_of([snap.identified, snap.pending, counts], data, as_of),
                membership_summary(data, as_of, lang), missing=why)


def gap_caveat(snap, data, as_of, lang: str) -> str:
    """'1 accession not identified by name', naming which (the 85th) when the sources say."""
    text = (bt("briefing.caveat.unidentified_one", lang) if snap.gap == 1 else
            bt("briefing.caveat.unidentified", lang, gap=snap.gap))
    try:
        from charts.membership import accessions_text, gap_accessions
    except ImportError:
        return text
    accessions = gap_accessions(snap, data.member_counts, as_of)
    if not accessions:
        return text
    return text.rstrip(".") + f" ({accessions_text(accessions, lang)})."


def short(text, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- map --------------------------------------------------------------------------------

def map_view(data, as_of, lang: str) -> View:
    from briefing.static_map import static_map_figure
    from charts.stabilisation_map import (
        LAYERS,
        map_rows,
        map_summary,
        map_title,
        site_status,
    )

    status = site_status(data.sites, as_of, data.camp_population)
    figure = static_map_figure(data, as_of, lang, status)
    metric = figure.layout.meta.get("metric")
    places = status.loc[status["layer"] == "places", "status"]  # as status_counts counts them
    camps = status[(status["layer"] == "camps") & (status["status"] == "open")]
    numbers = [(bt("briefing.num.retaken", lang),
                format_count(int((places == "liberated").sum()), lang)),
               (bt("briefing.num.held", lang),
                format_count(int(places.isin(["isis", "battle"]).sum()), lang)),
               (bt("briefing.num.camps_open", lang), format_count(len(camps), lang))]
    caveats = [bt("briefing.caveat.boundaries", lang)]
    drawn = data.sites.loc[status.index[status["shown"]]]
    nearby = int((drawn["coord_precision"] == "nearby_town").sum())
    if nearby:
        caveats.append(bt("briefing.caveat.nearby", lang, count=nearby))
    if metric:
        caveats.append(bt("briefing.caveat.map_fill", lang,
                          metric=figure.layout.meta.get("metric_label")))
    # Without `sources`: sources_of already leaves out anything published after as_of, so the
    # per-cell filtering of also_sources (a Python loop over the rows) would be done twice.
    rows = map_rows(data.sites, data.camp_population, data.stabilization_areas,
                    data.governorates, as_of, LAYERS, metric)
    return View("map", bt("briefing.section.map", lang),
                map_title(data.sites, data.camp_population, as_of, lang), figure, numbers,
                caveats, sources_of([rows], data, as_of),
                map_summary(data.sites, data.camp_population, as_of, lang))


# --- camps ------------------------------------------------------------------------------

def camp_shown(data, as_of) -> str | None:
    """The camp to show: the one with the largest resident count reported by as_of."""
    rows = known_by(data.camp_population, as_of)
    rows = rows[(rows["metric"] == "camp_population") & rows["population"].notna()]
    if rows.empty:
        return None
    return str(rows.loc[rows["population"].idxmax(), "site_id"])


def camps_view(data, as_of, lang: str) -> View:
    from charts.camps import (
        REPATRIATED,
        camp_population_figure,
        camp_population_summary,
        camp_rows,
        camp_title,
        qualified,
        residents_of,
    )

    site_id = camp_shown(data, as_of)
    date = format_date(as_of, "day", lang)
    if site_id is None:
        return View("camps", bt("briefing.section.camps", lang),
                    bt("briefing.caveat.no_camp", lang), None, [],
                    [bt("briefing.caveat.no_camp", lang)], data.sources.iloc[0:0],
                    missing=bt("briefing.no_data", lang, date=date))
    site = data.sites.set_index("site_id").loc[site_id]
    rows = camp_rows(data.camp_population, site_id, as_of)
    residents = residents_of(rows)
    last, peak = residents.iloc[-1], residents.loc[residents["population"].idxmax()]
    numbers = [(bt("briefing.num.latest_count", lang,
                   date=format_date(last["date"], last["date_precision"], lang)),
                qualified(last["population"], last["qualifier"], lang)),
               (bt("briefing.num.peak", lang,
                   date=format_date(peak["date"], peak["date_precision"], lang)),
                qualified(peak["population"], peak["qualifier"], lang))]
    caveats = [bt("briefing.caveat.camp_methods", lang)]
    returned = rows[(rows["metric"] == REPATRIATED) & rows["iraqis"].notna()]
    if not returned.empty:
        back = returned.iloc[-1]
        numbers.append((bt("briefing.num.repatriated", lang,
                           date=format_date(back["date"], back["date_precision"], lang)),
                        qualified(back["iraqis"], back["qualifier"], lang)))
        caveats.append(bt("briefing.caveat.repatriated", lang))
    figure = camp_population_figure(data.camp_population, data.sites, data.sources, site_id,
                                    as_of, lang, data.events)
    return View("camps", bt("briefing.section.camps", lang),
                camp_title(rows, site, as_of, lang), figure, numbers, caveats,
                sources_of([rows], data, as_of),
                camp_population_summary(data.camp_population, data.sites, site_id, as_of, lang))


BUILDERS: dict[str, Callable] = {"overview": overview_view, "funding": funding_view,
                                 "membership": membership_view, "map": map_view,
                                 "camps": camps_view}


def failed_view(key: str, lang: str, err: Exception) -> View:
    reason = f"{type(err).__name__}: {' '.join(str(err).split())[:160]}"
    section = bt(f"briefing.section.{key}", lang)
    return View(key, section, section, None, [], [], pd.DataFrame(
        columns=["source_id", "publisher", "title", "published", "url", "kind",
                 "published_precision"]), missing=reason)


def change_line(row, lang: str = "en") -> str:
    """'Members stated: 84 (...) → 86 (...)', or 'Togo: joined (8 June 2023)'."""
    then, now = str(row["then"] or ""), str(row["now"] or "")
    status = t(f"status.{row['status']}", lang) if row["section"] == "money" else ""
    text = f"{then} → {now}" if then and now else (now or then)
    return f"{row['item']}: {text}" + (f" [{status}]" if status else "")


def since_view(data, since, as_of, lang: str = "en") -> View:
    """The "Since <date>" slide: the changes between since and as_of as lines per section."""
    from charts.changes import SECTIONS as CHANGE_SECTIONS
    from charts.changes import changes_between, changes_summary

    lines = changes_between(data, since, as_of, lang)
    caveats = []
    for section in CHANGE_SECTIONS:
        part = lines[lines["section"] == section]
        if part.empty:
            continue
        caveats.append(f"## {t(f'changes.section.{section}', lang)}")
        caveats += [change_line(row, lang) for _, row in part.iterrows()]
    summary = changes_summary(lines, since, as_of, lang)
    return View("since", t("changes.slide_title", lang, since=format_date(since, "day", lang)),
                summary, None, [], caveats, sources_of([lines], data, as_of), summary=summary,
                missing="")


def build_views(data, as_of, lang: str = "en", sections=SECTIONS, since=None) -> list[View]:
    """One View per section, in the order asked (with since, a "Since" view first); a section
    whose builder fails still yields a view (no chart, the reason in `missing`) so a deck is
    never lost to one chart."""
    views = []
    if since is not None:
        try:
            views.append(since_view(data, pd.Timestamp(since), pd.Timestamp(as_of), lang))
        except Exception as err:
            log.warning("briefing view since failed: %s", err)
            views.append(failed_view("since", lang, err))
    for key in sections:
        try:
            views.append(BUILDERS[key](data, pd.Timestamp(as_of), lang))
        except Exception as err:
            log.warning("briefing view %s failed: %s", key, err)
            views.append(failed_view(key, lang, err))
    return views
