"""data/ files -> validated pandas DataFrames, one loader per table, plus load_all()."""

from __future__ import annotations

import copy
import csv
import tempfile
from dataclasses import dataclass, field, fields, replace
from importlib import import_module
from pathlib import Path
from typing import Any

import pandas as pd

from loaders.camp_population import load_camp_population
from loaders.core import DATA_DIR, fingerprint, header_only_allowed
from loaders.drives import link_problems, load_drives
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
from loaders.territory import load_territory

__all__ = ["DATA_DIR", "DataError", "Dataset", "load_all", "load_camp_population", "load_drives",
           "load_events",
           "load_fx_rates", "load_governorates", "load_meetings", "load_member_counts",
           "load_members", "load_pledges", "load_sites", "load_sources",
           "load_stabilization_areas", "load_territory"]

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
    "territory": load_territory,
    "drives": load_drives,
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
    territory: pd.DataFrame
    drives: pd.DataFrame
    boundaries: Any
    # Tables that could not be loaded (name -> why); each stands in the dataset as an empty,
    # typed table, so every page that does not need it still works.
    problems: dict[str, DataError] = field(default_factory=dict, compare=False)

    def tables(self) -> dict[str, pd.DataFrame]:
        """The DataFrame-valued attributes by name (boundaries and problems excluded)."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in ("boundaries", "problems")}

    def broken(self, names) -> dict[str, DataError]:
        """The problems of those of the named tables that could not be loaded."""
        return {name: self.problems[name] for name in names if name in self.problems}

    def copy(self) -> Dataset:
        """An independent copy: callers may change it without touching the memo."""
        tables = {name: frame.copy(deep=True) for name, frame in self.tables().items()}
        return replace(self, boundaries=copy.deepcopy(self.boundaries), **tables)


# Validated datasets by folder, with the fingerprint of the files they were read from.
_LOADED: dict[Path, tuple[tuple, Dataset]] = {}


def load_all(data_dir: Path = DATA_DIR, shared: bool = False, strict: bool = False) -> Dataset:
    """Every table from data_dir, validated and cross-checked. A table that fails stands empty
    with its DataError in `problems`; strict=True raises one DataError naming them all instead.

    In a warm process an unchanged folder is not read again: a copy of the last result is
    returned, so validation runs once per change of the files. shared=True hands out the
    remembered dataset itself, for callers that never change it (the app's shared cache)."""
    data_dir = Path(data_dir).resolve()
    stamp = fingerprint(data_dir)
    cached = _LOADED.get(data_dir)
    if cached is None or cached[0] != stamp:
        _LOADED[data_dir] = (stamp, read_all(data_dir))
    dataset = _LOADED[data_dir][1]
    if strict and dataset.problems:
        raise DataError("\n".join(str(err) for err in dataset.problems.values()),
                        [p for err in dataset.problems.values() for p in err.problems])
    return dataset if shared else dataset.copy()


def read_all(data_dir: Path) -> Dataset:
    """Every table; one that fails stands empty and its DataError goes to Dataset.problems."""
    problems: dict[str, DataError] = {}
    sources = attempt("sources", lambda: load_sources(data_dir / "sources.csv"), problems)
    tables = {}
    for name, loader in FACT_LOADERS.items():
        path = data_dir / f"{name}.csv"
        if "sources" in problems:
            problems[name] = DataError(f"{path}: not loaded, because sources.csv could not be "
                                       "read and no row may stand without its source")
            tables[name] = empty_table(name, sources)
            continue
        tables[name] = attempt(name, lambda loader=loader, path=path: loader(path,
                                                                             sources=sources),
                               problems, sources)
    for name, found in reference_problems(tables, data_dir, problems).items():
        problems[name] = DataError(f"{data_dir / (name + '.csv')}: {len(found)} broken "
                                   "references\n  " + "\n  ".join(found), found)
        tables[name] = empty_table(name, sources)
    boundaries = attempt("boundaries", lambda: load_geo(data_dir / "geo"), problems)
    return Dataset(sources=sources, boundaries=boundaries, problems=problems, **tables)


def attempt(name: str, load, problems: dict[str, DataError], sources=None):
    """load(), or the table's empty stand-in with the DataError kept under its name."""
    try:
        return load()
    except DataError as err:
        problems[name] = err
        return empty_boundaries() if name == "boundaries" else empty_table(name, sources)


def load_geo(geo_dir: Path):
    from loaders.boundaries import load_boundaries

    return load_boundaries(geo_dir)


def empty_boundaries():
    from loaders.boundaries import Boundaries

    empty = {"type": "FeatureCollection", "features": []}
    return Boundaries(admin1=empty, region_countries=copy.deepcopy(empty),
                      world_countries=copy.deepcopy(empty), digest="empty")


def empty_table(name: str, sources: pd.DataFrame | None) -> pd.DataFrame:
    """The table with its columns and types and no rows: its loader run on its header alone."""
    module = import_module(f"loaders.{name}")
    loader = load_sources if name == "sources" else FACT_LOADERS[name]
    with tempfile.TemporaryDirectory(prefix="empty_table_") as tmp:
        path = Path(tmp) / f"{name}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerow(list(module.COLUMNS))
        with header_only_allowed():
            if name == "sources":
                return loader(path)
            return loader(path, sources=sources if sources is not None else empty_table(
                "sources", None))


def reference_problems(tables: dict[str, pd.DataFrame], data_dir: Path,
                       broken: dict[str, DataError]) -> dict[str, list[str]]:
    """Rows that point into another table must find what they point at; a check is skipped
    when the table pointed at is itself broken (its own problem says why)."""
    found: dict[str, list[str]] = {}
    camps = tables["camp_population"]
    if not broken.keys() & {"sites", "camp_population"}:
        site_ids = set(tables["sites"]["site_id"])
        found["camp_population"] = [
            f"{data_dir / 'camp_population.csv'}, line {row + 2}, column 'site_id': unknown "
            f"site '{camps.at[row, 'site_id']}'" for row in camps.index[~camps["site_id"].isin(
                site_ids)]]
    sites = tables["sites"]
    if not broken.keys() & {"sites", "governorates"}:
        names = set(tables["governorates"]["name_en"])
        found["sites"] = [
            f"{data_dir / 'sites.csv'}, line {row + 2}, column 'governorate': "
            f"'{sites.at[row, 'governorate']}' is not a governorate in governorates.csv"
            for row in sites.index[~sites["governorate"].isin(names)]]
    if not broken.keys() & {"pledges", "drives"}:
        found["drives"] = link_problems(tables["drives"], tables["pledges"],
                                        data_dir / "drives.csv")
    if not broken.keys() & {"pledges", "fx_rates"}:
        found["pledges"] = conversion_problems(tables["pledges"], tables["fx_rates"], data_dir)
    return {name: lines for name, lines in found.items() if lines}


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
