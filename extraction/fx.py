"""data/fx_rates.csv (annual USD per unit of currency) -> amounts converted to US dollars."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=8)
def load_fx_rates(path: Path) -> dict[str, dict[int, float]]:
    """Read the FX table into {currency: {year: usd_per_unit}}; a missing file gives {}."""
    if not path.is_file():
        return {}
    rates: dict[str, dict[int, float]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            try:
                year, rate = int(row["year"]), float(row["usd_per_unit"])
            except (KeyError, TypeError, ValueError):
                continue
            rates.setdefault(row["currency"].strip().upper(), {})[year] = rate
    return rates


def usd_per_unit(currency: str, year: int | None, path: Path) -> float | None:
    """Rate for the year (latest when year is None); USD is 1.0. A year the table does not
    hold has no rate: the same rule as the pledges loader (`loaders.conversion_problems`), so
    a 2026 euro amount is not converted at a 2024 rate that the dataset would then refuse."""
    if currency == "USD":
        return 1.0
    by_year = load_fx_rates(path).get(currency)
    if not by_year:
        return None
    if year is None:
        return by_year[max(by_year)]
    return by_year.get(year)


def to_usd(amount: float, currency: str, year: int | None, path: Path) -> float | None:
    """Convert an amount to USD, or None when no rate is known for the currency."""
    rate = usd_per_unit(currency, year, path)
    return None if rate is None else round(amount * rate, 2)
