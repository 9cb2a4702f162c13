"""Sources' tiers -> each fact row's best tier, and the dataset kept to official and wire facts."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from loaders.sources import TIERS

# Best first: a fact is as strong as the strongest source that carries it.
RANK = {tier: rank for rank, tier in enumerate(TIERS)}
LEVELS = {"all": TIERS, "official_wire": ["official", "wire"]}
# Lookup tables the views join on, not facts a reader weighs: never filtered.
REFERENCE_TABLES = ("sources", "fx_rates", "governorates")
SOURCE_COLUMNS = ("source_id", "also_sources")
MAX_COPY_ONLY_SHARE = 0.05


def cited(frame: pd.DataFrame) -> pd.Series:
    """Each row's source ids (source_id first, then also_sources) as a list."""
    present = [c for c in SOURCE_COLUMNS if c in frame.columns]
    def ids(row) -> list[str]:
        found = []
        for cell in row:
            if isinstance(cell, str):
                found += [part.strip() for part in cell.split(";") if part.strip()]
        return found
    return frame[present].apply(ids, axis=1) if len(frame) else pd.Series([], dtype=object)


def best_tiers(frame: pd.DataFrame, sources: pd.DataFrame) -> pd.Series:
    """The best tier among the sources each row cites (official > wire > news > copy)."""
    tier_of = dict(zip(sources["source_id"], sources["tier"].astype(str), strict=True))
    def best(ids: list[str]) -> str:
        ranks = [RANK[tier_of[i]] for i in ids if i in tier_of]
        return TIERS[min(ranks)] if ranks else "copy"
    return cited(frame).map(best).reindex(frame.index)


def fact_tables(data) -> dict[str, pd.DataFrame]:
    """The tables whose rows are facts a reader weighs (reference tables left out)."""
    return {name: frame for name, frame in data.tables().items()
            if name not in REFERENCE_TABLES and "source_id" in frame.columns}


def restricted(data, level: str):
    """The dataset with only the fact rows carried by a source of the level's tiers.

    'all' returns data itself; 'official_wire' keeps a row when its source_id or any of its
    also_sources is official or wire. Camp counts of a site that is dropped go with it."""
    if level == "all":
        return data
    keep = set(LEVELS[level])
    tables = {name: frame[best_tiers(frame, data.sources).isin(keep)].reset_index(drop=True)
              for name, frame in fact_tables(data).items()}
    if "camp_population" in tables and "sites" in tables:
        camps = tables["camp_population"]
        tables["camp_population"] = camps[camps["site_id"].isin(
            tables["sites"]["site_id"])].reset_index(drop=True)
    return replace(data, **tables)


def tier_shares(frame: pd.DataFrame, sources: pd.DataFrame) -> dict[str, float]:
    """Share of rows by best tier, in tier order (tiers no row has are left out)."""
    counts = best_tiers(frame, sources).value_counts()
    return {tier: counts[tier] / len(frame) for tier in TIERS if counts.get(tier, 0)}


def copy_only_rows(data) -> pd.DataFrame:
    """Fact rows whose every source is a copy: table, row, sources and the recorded reason."""
    reasons = dict(zip(data.sources["source_id"], data.sources["gap_reason"], strict=True))
    rows = []
    for name, frame in fact_tables(data).items():
        ids = cited(frame)
        for index in frame.index[best_tiers(frame, data.sources).eq("copy")]:
            why = "; ".join(reasons.get(i, "") for i in ids[index] if reasons.get(i))
            rows.append({"table": name, "line": index + 2, "sources": ";".join(ids[index]),
                         "gap_reason": why})
    return pd.DataFrame(rows, columns=["table", "line", "sources", "gap_reason"])


def facts_per_tier(facts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Per tier: facts its sources carry, and how many of those rest on that one source alone.

    facts holds one row per (source, fact) pair with columns source_id, table and fact."""
    tier_of = sources.set_index("source_id")["tier"].astype(str)
    pairs = facts.assign(tier=facts["source_id"].map(tier_of))
    backers = pairs.groupby(["table", "fact"])["source_id"].transform("nunique")
    pairs = pairs.assign(single=backers.eq(1))
    rows = []
    for tier in TIERS:
        part = pairs[pairs["tier"] == tier]
        unique = part.drop_duplicates(["table", "fact"])
        rows.append({"tier": tier, "sources": part["source_id"].nunique(), "facts": len(unique),
                     "single_source": int(unique["single"].sum())})
    return pd.DataFrame(rows)
