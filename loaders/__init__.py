"""data/ files -> validated pandas DataFrames, one loader per table, plus load_all()."""

from __future__ import annotations

import copy
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import pandas as pd

from loaders.camp_population import load_camp_population
from loaders.core import DATA_DIR, fingerprint
from loaders.errors import DataError
from loaders.events import load_events
from loaders.fx_rates import load_fx_rates
from loaders.governorates import load_governorates
from loaders.meetings import load_meetings
from loaders.member_counts import load_member_counts
from loaders.members import load_members
from loaders.pledges import load_pledges
from loaders.sites import load_sites
from loaders.sources import load_sources
from loaders.stabilization_areas import load_stabilization_areas

__all__ = ["DATA_DIR", "DataError", "Dataset", "load_all", "load_camp_population", "load_events",
           "load_fx_rates", "load_governorates", "load_meetings", "load_member_counts",
           "load_members", "load_pledges", "load_sites", "load_sources",
           "load_stabilization_areas"]

FACT_LOADERS = {
    "meetings": load_meetings,
    "pledges": load_pledges,
    "members": load_members,
    "member_counts": load_member_counts,
    "sites": load_sites,
    "camp_population": load_camp_population,
    "stabilization_areas": load_stabilization_areas,
    "events": load_events,
    "fx_rates": load_fx_rates,
    "governorates": load_governorates,
}


@dataclass(frozen=True)
class Dataset:
    """Every table of data/, validated; attribute names are the file stems."""

    sources: pd.DataFrame
    meetings: pd.DataFrame
    pledges: pd.DataFrame
    members: pd.DataFrame
    member_counts: pd.DataFrame
    sites: pd.DataFrame
    camp_population: pd.DataFrame
    stabilization_areas: pd.DataFrame
    events: pd.DataFrame
    fx_rates: pd.DataFrame
    governorates: pd.DataFrame
    boundaries: Any

    def tables(self) -> dict[str, pd.DataFrame]:
        """The DataFrame-valued attributes by name (boundaries excluded)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "boundaries"}

    def copy(self) -> Dataset:
        """An independent copy: callers may change it without touching the memo."""
        tables = {name: frame.copy(deep=True) for name, frame in self.tables().items()}
        return replace(self, boundaries=copy.deepcopy(self.boundaries), **tables)


# Validated datasets by folder, with the fingerprint of the files they were read from.
_LOADED: dict[Path, tuple[tuple, Dataset]] = {}


def load_all(data_dir: Path = DATA_DIR, shared: bool = False) -> Dataset:
    """Every table from data_dir, validated and cross-checked, or a DataError.

    In a warm process an unchanged folder is not read again: a copy of the last result is
    returned, so validation runs once per change of the files. shared=True hands out the
    remembered dataset itself, for callers that never change it (the app's shared cache)."""
    data_dir = Path(data_dir).resolve()
    stamp = fingerprint(data_dir)
    cached = _LOADED.get(data_dir)
    if cached is None or cached[0] != stamp:
        _LOADED[data_dir] = (stamp, read_all(data_dir))
    return _LOADED[data_dir][1] if shared else _LOADED[data_dir][1].copy()


def read_all(data_dir: Path) -> Dataset:
    from loaders.boundaries import load_boundaries

    sources = load_sources(data_dir / "sources.csv")
    tables = {name: loader(data_dir / f"{name}.csv", sources=sources)
              for name, loader in FACT_LOADERS.items()}
    check_references(tables, data_dir)
    return Dataset(sources=sources, boundaries=load_boundaries(data_dir / "geo"), **tables)


def check_references(tables: dict[str, pd.DataFrame], data_dir: Path) -> None:
    """Rows that point into another table must find what they point at."""
    problems = []
    site_ids = set(tables["sites"]["site_id"])
    camps = tables["camp_population"]
    for row in camps.index[~camps["site_id"].isin(site_ids)]:
        problems.append(f"{data_dir / 'camp_population.csv'}, line {row + 2}, column "
                        f"'site_id': unknown site '{camps.at[row, 'site_id']}'")
    names = set(tables["governorates"]["name_en"])
    sites = tables["sites"]
    for row in sites.index[~sites["governorate"].isin(names)]:
        problems.append(f"{data_dir / 'sites.csv'}, line {row + 2}, column 'governorate': "
                        f"'{sites.at[row, 'governorate']}' is not a governorate in "
                        "governorates.csv")
    problems += conversion_problems(tables["pledges"], tables["fx_rates"], data_dir)
    if problems:
        raise DataError(f"{data_dir}: {len(problems)} broken references\n  "
                        + "\n  ".join(problems), problems)


def conversion_problems(pledges: pd.DataFrame, fx_rates: pd.DataFrame, data_dir: Path) -> list:
    """A converted dollar amount must be the original amount times the fx_rates.csv rate of
    its currency and year, to the dollar: a changed rate cannot leave stale conversions."""
    converted = pledges[pledges["converted"]]
    keys = pd.MultiIndex.from_arrays([converted["currency"], converted["date"].dt.year])
    rates = fx_rates.set_index(["currency", "year"])["usd_per_unit"]
    rate = pd.Series(rates.reindex(keys).to_numpy(), index=converted.index)
    expected = converted["amount_original"] * rate
    wrong = converted.index[rate.isna() | ((converted["amount_usd"] - expected).abs() > 1)]
    problems = []
    for row in wrong:
        currency, year = converted.at[row, "currency"], converted.at[row, "date"].year
        here = f"{data_dir / 'pledges.csv'}, line {row + 2}, column 'amount_usd'"
        if pd.isna(rate[row]):
            problems.append(f"{here}: converted from {currency}, but fx_rates.csv has no "
                            f"{currency} rate for {year}")
        else:
            problems.append(f"{here}: {converted.at[row, 'amount_usd']:.0f} is not "
                            f"{converted.at[row, 'amount_original']:.0f} {currency} at the "
                            f"{year} rate {rate[row]} (= {expected[row]:.0f})")
    return problems
