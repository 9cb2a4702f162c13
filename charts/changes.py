"""Dataset + two dates -> what changed between them, one cited line per change.

`since` is the state a briefer compares with (facts known on that day count as "then"), `as_of`
the state now; the window is the days after `since` up to and including `as_of`. Every line names
its sources in `source_id` and `also_sources`, so the sources footer and the CSV export work on
the lines as on any fact table. Money is listed by status and never added across statuses.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from catalog import format_count, format_date, format_usd, t
from charts.overview import LIBERATED_TYPES, camp_headcounts, event_name, qualified_count
from charts.provenance import cited_ids
from charts.reconcile import dates_text
from loaders.asof import as_timestamp, membership_snapshot

SECTIONS = ("members", "money", "places", "camps", "events")
COLUMNS = ["section", "date", "date_precision", "item", "then", "now", "status", "purpose",
           "source_id", "also_sources"]
MONEY_ORDER = ["goal", "pledge", "contribution", "drive_total", "cumulative"]
CAMP_TYPES = ["camp", "detention"]


@dataclass(frozen=True)
class Window:
    since: pd.Timestamp
    as_of: pd.Timestamp

    def holds(self, dates: pd.Series) -> pd.Series:
        """Dates after since and on or before as_of."""
        return (dates > self.since) & (dates <= self.as_of)


def window(since, as_of) -> Window:
    """The comparison window; refuses a since that is not before as_of."""
    start, end = as_timestamp(since), as_timestamp(as_of)
    if start >= end:
        raise ValueError(f"since ({start:%Y-%m-%d}) must be before as_of ({end:%Y-%m-%d})")
    return Window(start, end)


def previous_ministerial(meetings: pd.DataFrame, as_of) -> pd.Timestamp | None:
    """The date of the last ministerial meeting before as_of (a quick pick for since)."""
    rows = meetings[meetings["is_ministerial"] & (meetings["date"] < as_timestamp(as_of))]
    return None if rows.empty else pd.Timestamp(rows["date"].max())


def year_before(as_of) -> pd.Timestamp:
    return as_timestamp(as_of) - pd.DateOffset(years=1)


def line(section: str, item: str, source_ids, date=pd.NaT, precision: str = "day",
         then: str = "", now: str = "", status: str = "", purpose: str = "") -> dict:
    ids = list(dict.fromkeys(i for i in source_ids if isinstance(i, str) and i))
    return {"section": section, "date": date, "date_precision": precision, "item": item,
            "then": then, "now": now, "status": status, "purpose": purpose,
            "source_id": ids[0] if ids else "", "also_sources": ";".join(ids[1:])}


def row_ids(row) -> list[str]:
    """A fact row's source_id, then its also_sources (blank or NaN: none)."""
    also = row.also_sources if isinstance(row.also_sources, str) else ""
    return [row.source_id, *also.split(";")]


def stated(snapshot, lang: str) -> str:
    """'84', or '86 · 85' when that day's sources disagree (largest first); '—' if none. Who
    said which is in the line's sources."""
    claims = snapshot.claims
    if claims.empty:
        return "—"
    ordered = claims.sort_values("count", ascending=False).drop_duplicates("count")
    return " · ".join(qualified_count(c, str(q), lang)
                      for c, q in zip(ordered["count"], ordered["qualifier"], strict=True))


def member_lines(data, span: Window, lang: str) -> list[dict]:
    then = membership_snapshot(data.members, data.member_counts, data.sources, span.since)
    now = membership_snapshot(data.members, data.member_counts, data.sources, span.as_of)
    lines = [line("members", t("changes.stated", lang),
                  cited_ids(then.claims) + cited_ids(now.claims),
                  then=stated(then, lang), now=stated(now, lang)),
             line("members", t("changes.named", lang), [],
                  then=format_count(then.identified_count, lang),
                  now=format_count(now.identified_count, lang)),
             line("members", t("changes.unnamed", lang), [],
                  then=format_count(then.gap, lang) if then.gap is not None else "—",
                  now=format_count(now.gap, lang) if now.gap is not None else "—")]
    members = data.members
    surely = span.holds(members["joined"]) & (members["joined_end"] <= span.as_of)
    maybe = (~surely & (members["joined"] <= span.as_of) & (members["joined_end"] > span.since))
    for row in members[surely | maybe].sort_values(["joined", "name"]).itertuples():
        when = format_date(row.joined, row.joined_precision, lang)
        note = t("changes.joined" if surely[row.Index] else "changes.maybe_joined", lang,
                 when=when)
        lines.append(line("members", row.name, row_ids(row), row.joined, row.joined_precision,
                          now=note, status="joined" if surely[row.Index] else "maybe"))
    return lines


def money_lines(data, span: Window, lang: str) -> list[dict]:
    rows = data.pledges[span.holds(data.pledges["date"])]
    order = {status: n for n, status in enumerate(MONEY_ORDER)}
    rows = rows.assign(_order=rows["status"].astype(str).map(order).fillna(len(order)))
    lines = []
    for row in rows.sort_values(["_order", "date", "amount_usd"],
                                ascending=[True, True, False]).itertuples():
        amount = format_usd(row.amount_usd, str(row.qualifier), lang)
        if str(row.qualifier) == "more_than":
            amount += " " + t("changes.floor", lang)
        what = event_name(pd.Series(row._asdict()), data.events, lang)
        purpose = t(f"purpose.{row.purpose}", lang) if pd.notna(row.purpose) else ""
        lines.append(line("money", f"{row.donor}: {what}", row_ids(row), row.date,
                          row.date_precision, now=amount, status=str(row.status),
                          purpose=purpose))
    return lines


def place_lines(data, span: Window, lang: str) -> list[dict]:
    sites, name = data.sites, "name_ar" if lang == "ar" else "name_en"
    lines = []
    retaken = sites[sites["site_type"].isin(LIBERATED_TYPES) & span.holds(sites["liberated_end"])]
    for row in retaken.sort_values("liberated_end").itertuples():
        lines.append(line("places", getattr(row, name), row_ids(row), row.liberated_end,
                          row.liberated_end_precision or "day", then=t("changes.held", lang),
                          now=t("changes.retaken", lang)))
    closed = sites[sites["site_type"].isin(CAMP_TYPES) & span.holds(sites["closed"])]
    for row in closed.sort_values("closed").itertuples():
        ids = [row.closed_source_id if pd.notna(row.closed_source_id) else "", row.source_id]
        lines.append(line("places", getattr(row, name), ids, row.closed,
                          row.closed_precision or "day", then=t("changes.open", lang),
                          now=t("changes.closed", lang)))
    return lines


def count_text(row: pd.Series | None, closed, day, lang: str) -> str:
    """'24,000 (21 January 2026)', 'closed (22 February 2026)' or 'no count reported yet'."""
    if pd.notna(closed) and closed <= day:
        return t("changes.closed_on", lang, date=format_date(closed, "day", lang))
    if row is None:
        return t("changes.no_count", lang)
    return (f"{qualified_count(row['population'], str(row['qualifier']), lang)} "
            f"({format_date(row['date'], row['date_precision'], lang)})")


def camp_lines(data, span: Window, lang: str) -> list[dict]:
    """Each camp's latest resident count then and now (0 once closed), with both sources."""
    counts = [camp_headcounts(data, day).set_index("site_id") for day in (span.since, span.as_of)]
    sites = data.sites.set_index("site_id")
    name = "name_ar" if lang == "ar" else "name_en"
    lines = []
    for site_id in dict.fromkeys([*counts[1].index, *counts[0].index]):
        rows = [table.loc[site_id] if site_id in table.index else None for table in counts]
        closed = sites["closed"].get(site_id)
        texts = [count_text(row, closed, day, lang)
                 for row, day in zip(rows, (span.since, span.as_of), strict=True)]
        ids = [row["source_id"] for row in reversed(rows) if row is not None]
        if pd.notna(closed) and closed <= span.as_of:
            ids.insert(0, str(sites["closed_source_id"].get(site_id) or ""))
        lines.append(line("camps", str(sites[name].get(site_id, site_id)), ids,
                          then=texts[0], now=texts[1]))
    return lines


def event_lines(data, span: Window, lang: str) -> list[dict]:
    rows = data.events[span.holds(data.events["date"])]
    title = "title_ar" if lang == "ar" else "title_en"
    return [line("events", getattr(row, title), [row.source_id], row.date, row.date_precision,
                 now=t(f"overview.category.{row.category}", lang))
            for row in rows.sort_values("date").itertuples()]


BUILDERS = {"members": member_lines, "money": money_lines, "places": place_lines,
            "camps": camp_lines, "events": event_lines}


def changes_between(data, since, as_of, lang: str = "en", sections=SECTIONS) -> pd.DataFrame:
    """One row per change between since and as_of, in the order of `sections`."""
    span = window(since, as_of)
    lines = [row for name in sections for row in BUILDERS[name](data, span, lang)]
    frame = pd.DataFrame(lines, columns=COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def line_dates(lines: pd.DataFrame, lang: str) -> pd.Series:
    """Each line's date at its precision, blank for a line without one (a state, not an event)."""
    return dates_text(lines["date"], lines["date_precision"], lang).where(
        lines["date"].notna(), "")


def changes_export(changes: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The lines as a table for CSV: the date in words beside the ISO date, sources by id."""
    return changes.assign(date_text=line_dates(changes, lang))[
        ["section", "date", "date_text", "item", "then", "now", "status", "purpose",
         "source_id", "also_sources"]]


def changes_summary(changes: pd.DataFrame, since, as_of, lang: str = "en") -> str:
    """One sentence: how many accessions, money announcements, places and events."""
    count = changes["section"].value_counts()
    joined = changes[(changes["section"] == "members") & changes["status"].eq("joined")]
    return t("changes.summary", lang, since=format_date(since, "day", lang),
             as_of=format_date(as_of, "day", lang), joined=len(joined),
             money=int(count.get("money", 0)), places=int(count.get("places", 0)),
             events=int(count.get("events", 0)))


def changes_table(lines: pd.DataFrame, sources: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The lines of one section as shown: date in words, status in words, sources by name."""
    from charts.provenance import source_label

    labels = source_label(sources)
    named = [" · ".join(str(labels.get(i, i)) for i in [first, *str(also).split(";")] if i)
             for first, also in zip(lines["source_id"], lines["also_sources"], strict=True)]
    dates = line_dates(lines, lang).to_numpy()
    status = lines["status"].map(lambda s: t(f"status.{s}", lang) if s in MONEY_ORDER else "")
    return pd.DataFrame({"date": dates, "item": lines["item"].to_numpy(),
                         "then": lines["then"].to_numpy(), "now": lines["now"].to_numpy(),
                         "status": status.to_numpy(), "purpose": lines["purpose"].to_numpy(),
                         "sources": named})
