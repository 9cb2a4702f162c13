"""Dataset -> provenance tables: facts per source, and claims that disagree across sources."""

from __future__ import annotations

import pandas as pd

from loaders.asof import members_as_of

SEED_SOURCE_ID = "northpress_2023_06_08"
ID_COLUMNS = ("source_id", "also_sources", "closed_source_id")
# What each table's row is about, in a few words, for "facts this source supports".
FACT_LABELS = {
    "meetings": lambda r: f"Meeting: {r.city}, {r.date:%Y-%m-%d}",
    "pledges": lambda r: f"{r.status}: {r.donor}, ${r.amount_usd / 1e6:,.1f}M ({r.date:%Y-%m-%d})",
    "members": lambda r: f"Member: {r.name} joined {r.joined:%Y-%m-%d} ({r.joined_precision})",
    "member_counts": lambda r: f"Stated total: {r.count} members ({r.date:%Y-%m-%d})",
    "sites": lambda r: f"Site: {r.name_en}",
    "camp_population": lambda r: f"Camp count: {r.site_id} {r.date:%Y-%m-%d}",
    "stabilization_areas": lambda r: f"{r.metric}: {r.area} ({r.as_of:%Y-%m-%d})",
    "events": lambda r: f"Event: {r.title_en} ({r.date:%Y-%m-%d})",
    "fx_rates": lambda r: f"FX: {r.currency} {r.year}",
    "governorates": lambda r: f"Governorate: {r.name_en}",
}


def facts_by_source(data) -> pd.DataFrame:
    """One row per (source, fact): which table, which row, and a short description."""
    parts = []
    for table, label in FACT_LABELS.items():
        frame = getattr(data, table)
        columns = [c for c in ID_COLUMNS if c in frame.columns]
        ids = frame[columns].fillna("").astype(str).agg(";".join, axis=1).str.split(";")
        facts = pd.DataFrame({"source_id": ids, "table": table,
                              "fact": [label(r) for r in frame.itertuples()]})
        facts = facts.explode("source_id")
        parts.append(facts[facts["source_id"].str.strip().ne("")])
    return pd.concat(parts, ignore_index=True).drop_duplicates()


def sources_with_counts(data) -> pd.DataFrame:
    """sources.csv with the number of facts each supports."""
    counts = facts_by_source(data).groupby("source_id").size().rename("facts")
    table = data.sources.merge(counts, left_on="source_id", right_index=True, how="left")
    return table.assign(facts=table["facts"].fillna(0).astype(int))


def member_count_reconciliation(data) -> pd.DataFrame:
    """Each stated total beside the members the dataset can name by that date."""
    kinds = data.sources.set_index("source_id")["kind"].astype(str)
    rows = []
    for claim in data.member_counts.sort_values("date").itertuples():
        identified, pending = members_as_of(data.members, claim.date)
        rows.append({"date": claim.date, "date_precision": claim.date_precision,
                     "stated": claim.count, "qualifier": str(claim.qualifier),
                     "scope": str(claim.scope), "stated_by": claim.stated_by,
                     "source_kind": kinds.get(claim.source_id, ""),
                     "identified": len(identified), "pending": len(pending),
                     "difference": claim.count - len(identified),
                     "source_id": claim.source_id})
    table = pd.DataFrame(rows)
    same_day = table.groupby("date")["stated"].transform("nunique")
    return table.assign(disagrees_same_day=same_day > 1)


def funding_disagreements(pledges: pd.DataFrame) -> pd.DataFrame:
    """Funding figures reported more than once for the same donor, status and period, where the
    reports differ in amount or qualifier."""
    key = pledges["period"].fillna(pledges["date"].dt.strftime("%Y-%m-%d"))
    framed = pledges.assign(claim_key=pledges["donor"] + " | " + pledges["status"].astype(str)
                            + " | " + key)
    groups = framed.groupby("claim_key")
    differs = groups["amount_usd"].transform("nunique").gt(1) | groups["qualifier"].transform(
        lambda q: q.astype(str).nunique()).gt(1)
    repeated = groups["source_id"].transform("nunique").gt(1)
    columns = ["claim_key", "date", "donor", "status", "amount_usd", "qualifier", "event",
               "source_id"]
    return framed[differs & repeated][columns].sort_values(["claim_key", "date"])


def seed_vs_record(data) -> pd.DataFrame:
    """The seed article's own facts beside what official sources recorded for the same thing."""
    kinds = data.sources.set_index("source_id")["kind"].astype(str)
    rows = []
    for claim in data.member_counts[data.member_counts["source_id"] == SEED_SOURCE_ID].itertuples():
        official = data.member_counts[(data.member_counts["date"] == claim.date)
                                      & data.member_counts["source_id"].map(kinds).eq("official")]
        rows.append(record_row("Coalition members", f"{claim.count}", official, "count", "",
                               claim.date))
    for claim in data.pledges[data.pledges["source_id"] == SEED_SOURCE_ID].itertuples():
        same = data.pledges[(data.pledges["period"] == claim.period)
                            & (data.pledges["status"] == claim.status)
                            & (data.pledges["source_id"] != SEED_SOURCE_ID)]
        rows.append(record_row(f"Raised for stabilisation in {claim.period}",
                               f"${claim.amount_usd / 1e6:,.0f}M ({claim.qualifier})", same,
                               "amount_usd", "qualifier", claim.date))
    for event in data.events[data.events["source_id"] == SEED_SOURCE_ID].itertuples():
        rows.append({"fact": event.title_en, "seed_says": f"{event.date:%B %Y}",
                     "other_reports_say": "not contested by another source in the dataset",
                     "record_source_id": "", "agrees": True})
    return pd.DataFrame(rows)


def record_row(fact: str, seed_says: str, record: pd.DataFrame, value: str, qualifier: str,
               date) -> dict:
    if record.empty:
        return {"fact": fact, "seed_says": seed_says, "other_reports_say": "no other source",
                "record_source_id": "", "agrees": None}
    best = record.iloc[-1]
    shown = (f"{best[value]:.0f}" if value == "count" else
             f"${best[value] / 1e6:,.0f}M ({best[qualifier]})")
    agrees = seed_says.split(" ")[0] == shown.split(" ")[0] and (
        not qualifier or seed_says.endswith(f"({best[qualifier]})"))
    return {"fact": f"{fact} ({date:%Y-%m-%d})", "seed_says": seed_says, "other_reports_say": shown,
            "record_source_id": best["source_id"], "agrees": bool(agrees)}


def filter_sources(table: pd.DataFrame, publishers: list[str], kinds: list[str],
                   languages: list[str], query: str) -> pd.DataFrame:
    """Sources matching every non-empty filter; the query searches title, URL and publisher."""
    keep = pd.Series(True, index=table.index)
    if publishers:
        keep &= table["publisher"].isin(publishers)
    if kinds:
        keep &= table["kind"].astype(str).isin(kinds)
    if languages:
        keep &= table["language"].isin(languages)
    if query:
        text = table["title"] + " " + table["url"] + " " + table["publisher"]
        keep &= text.str.contains(query, case=False, regex=False)
    return table[keep]
