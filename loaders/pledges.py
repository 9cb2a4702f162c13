"""data/pledges.csv -> funding rows (goal, pledge, contribution, drive total, cumulative) in USD."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import core, rules

DEFAULT_PATH = core.DATA_DIR / "pledges.csv"
COLUMNS = {c: c for c in ["pledge_id", "date", "date_precision", "event", "donor", "donor_iso3",
                          "recipient", "channel", "amount_usd", "amount_original", "currency",
                          "converted", "status", "qualifier", "series", "period", "purpose",
                          "source_id", "also_sources", "notes"]}
STATUSES = ["goal", "pledge", "contribution", "drive_total", "cumulative"]
QUALIFIERS = ["exact", "more_than", "about", "nearly"]
RECIPIENTS = ["Iraq", "Syria", "Iraq and Syria"]
# What the money is for, as the source words it; drive views add up stabilisation only.
PURPOSES = ["stabilisation", "humanitarian", "counter_terrorism", "reconstruction", "other"]


class PledgesSchema(core.CitedTable):
    pledge_id: Series[str] = pa.Field(unique=True)
    date: Series[pd.Timestamp] = pa.Field(ge=pd.Timestamp("2014-01-01"))
    date_precision: Series[str] = pa.Field(isin=["day", "month", "year"])
    event: Series[str] = pa.Field(str_length={"min_value": 1})
    donor: Series[str] = pa.Field(str_length={"min_value": 1})
    donor_iso3: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$")
    recipient: Series[pd.CategoricalDtype] = pa.Field(isin=RECIPIENTS)
    channel: Series[str]
    amount_usd: Series[float] = pa.Field(ge=0, nullable=True)
    amount_original: Series[float] = pa.Field(gt=0)
    currency: Series[str] = pa.Field(str_matches=r"^[A-Z]{3}$")
    converted: Series[bool]
    status: Series[pd.CategoricalDtype] = pa.Field(isin=STATUSES)
    qualifier: Series[pd.CategoricalDtype] = pa.Field(isin=QUALIFIERS)
    series: Series[str] = pa.Field(nullable=True)
    period: Series[str] = pa.Field(nullable=True, str_matches=r"^\d{4}(-\d{2})?$")
    purpose: Series[pd.CategoricalDtype] = pa.Field(isin=PURPOSES)


def prepare(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    core.parse_partial_dates(frame, "date", path, problems)
    core.nullable_numbers(frame, ["amount_usd", "amount_original"], path, problems)
    core.booleans(frame, "converted", path, problems)
    core.blank_to_na(frame, ["donor_iso3", "series", "period", "also_sources"])
    check_money(frame, path, problems)
    core.as_categories(frame, {"status": STATUSES, "qualifier": QUALIFIERS,
                               "recipient": RECIPIENTS, "purpose": PURPOSES}, path, problems)


def check_money(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    """Amounts that cannot be summed safely are refused here rather than in a chart."""
    for row in frame.index:
        usd, original = frame.at[row, "amount_usd"], frame.at[row, "amount_original"]
        if pd.notna(usd) and usd > 0 and (problem := rules.amount_problem(usd)):
            problems.append(f"{core.where(path, row, 'amount_usd')}: {problem}")
            continue  # an absurd figure is the problem; comparing it with others adds nothing
        if frame.at[row, "currency"] == "USD" and pd.notna(usd) and usd != original:
            problems.append(f"{core.where(path, row, 'amount_usd')}: a USD row must carry the "
                            f"same amount in amount_original ({original:,.0f} vs {usd:,.0f})")
        if pd.isna(usd):
            problems.append(f"{core.where(path, row, 'amount_usd')}: no USD amount; convert it "
                            "through fx_rates.csv and set converted=true")
        is_cumulative = frame.at[row, "status"] == "cumulative"
        if is_cumulative == pd.isna(frame.at[row, "series"]):
            problems.append(f"{core.where(path, row, 'series')}: cumulative rows, and only "
                            "they, name the running total they belong to")
    check_no_double_count(frame, path, problems)


def check_no_double_count(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    """The same money stated twice under one status would be counted twice by a sum."""
    key = ["date", "donor", "recipient", "channel", "status", "amount_usd", "source_id"]
    for row in frame.index[frame.duplicated(subset=key, keep="first")]:
        problems.append(f"{core.where(path, row, 'amount_usd')}: repeats an earlier row's "
                        "donor, date, channel, status and amount; a sum would count it twice")


def load_pledges(path: Path = DEFAULT_PATH, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Funding rows; `amount_usd` is comparable only within one `status` (never add across)."""
    return core.load_table(path, COLUMNS, PledgesSchema, prepare, keys=["pledge_id"],
                           source_ids=core.source_ids_of(sources))
