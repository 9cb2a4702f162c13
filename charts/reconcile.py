"""Dataset -> provenance tables: facts per source, and claims that disagree across sources."""

from __future__ import annotations

import numpy as np
import pandas as pd

from catalog import format_date, format_usd, t
from catalog.formatting import MONTHS_AR, MONTHS_EN, QUALIFIER_WORDS
from charts.stabilisation_map import metric_label
from loaders.asof import as_timestamp, known_by

SEED_SOURCE_ID = "northpress_2023_06_08"
SEED_DATE = pd.Timestamp("2023-06-08")
ID_COLUMNS = ("source_id", "also_sources", "closed_source_id")
LANGS = ("en", "ar")
# Per table: the date a fact is known from (None: reference data, always known), its precision
# column, and the fields its catalog template (sources.fact.<table>) is filled with.
FACT_DATES = {"meetings": ("date", "date_precision"), "pledges": ("date", "date_precision"),
              "members": ("joined", "joined_precision"),
              "member_counts": ("date", "date_precision"),
              "sites": (None, None), "camp_population": ("date", "date_precision"),
              "stabilization_areas": ("as_of", "as_of_precision"),
              "events": ("date", "date_precision"), "fx_rates": ("year", None),
              "governorates": (None, None), "territory": ("date", "date_precision"),
              "drives": (None, None)}


def dates_text(dates: pd.Series, precision: pd.Series | str, lang: str = "en") -> pd.Series:
    """Dates at their precision ('8 June 2023', 'June 2023', '2023'), vectorised; '—' if none."""
    dates = pd.to_datetime(dates)
    precision = (precision if isinstance(precision, pd.Series)
                 else pd.Series(precision, index=dates.index)).astype(str)
    names = np.array((MONTHS_AR if lang == "ar" else MONTHS_EN) + [""], dtype=object)
    month = pd.Series(names[dates.dt.month.fillna(13).astype(int).to_numpy() - 1],
                      index=dates.index)
    year = dates.dt.year.astype("Int64").astype(str)
    day = dates.dt.day.astype("Int64").astype(str)
    text = np.where(precision.eq("year"), year,
                    np.where(precision.eq("month"), month + " " + year,
                             day + " " + month + " " + year))
    return pd.Series(text, index=dates.index).where(dates.notna(), "—")


def fact_fields(table: str, frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The values a table's fact template is filled with, as text, in lang."""
    column, precision = FACT_DATES[table]
    if column == "year":
        date = frame["year"].astype(str)
    elif column:
        date = dates_text(frame[column], frame[precision], lang)
    else:
        date = pd.Series("", index=frame.index)
    fields = pd.DataFrame({"date": date}, index=frame.index)
    if table == "pledges":
        amounts = [format_usd(a, q, lang) for a, q in
                   zip(frame["amount_usd"], frame["qualifier"].astype(str), strict=True)]
        fields["status"] = frame["status"].astype(str).map(lambda s: t(f"status.{s}", lang))
        fields["amount"] = amounts
    if table == "member_counts":
        words = QUALIFIER_WORDS["ar" if lang == "ar" else "en"]
        fields["count"] = frame["qualifier"].astype(str).map(words).fillna("") + frame[
            "count"].astype(str)
    for name in ("city", "donor", "name", "name_en", "title_en", "site_id", "metric", "area",
                 "currency", "measurer", "drive_id", "pledge_id", "role"):
        if name in frame.columns:
            fields[name] = frame[name].fillna("").astype(str)
    if table == "stabilization_areas":  # the metric's name, not its id
        fields["metric"] = frame["metric"].astype(str).map(lambda m: metric_label(m, lang))
    if table == "events" and lang == "ar" and "title_ar" in frame.columns:
        fields["title_en"] = frame["title_ar"].fillna(frame["title_en"]).astype(str)
    if table in ("sites", "governorates") and lang == "ar" and "name_ar" in frame.columns:
        fields["name_en"] = frame["name_ar"].fillna(frame["name_en"]).astype(str)
    return fields


def fact_texts(table: str, frame: pd.DataFrame, lang: str) -> list[str]:
    template = t(f"sources.fact.{table}", lang)
    return [template.format(**row) for row in fact_fields(table, frame, lang).to_dict("records")]


def fact_dates(table: str, frame: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(date the fact is known from, its precision); NaT for reference rows."""
    column, precision = FACT_DATES[table]
    if column == "year":
        return (pd.to_datetime(frame["year"].astype(str), format="%Y", errors="coerce"),
                pd.Series("year", index=frame.index))
    if column:
        return frame[column], frame[precision].astype(str)
    return pd.Series(pd.NaT, index=frame.index), pd.Series("", index=frame.index)


def cited_id_lists(frame: pd.DataFrame) -> pd.Series:
    """Per row, the list of source ids it cites (primary, additional, closure)."""
    columns = [c for c in ID_COLUMNS if c in frame.columns]
    joined = frame[columns[0]].fillna("").astype(str)
    for column in columns[1:]:
        joined = joined + ";" + frame[column].fillna("").astype(str)
    return joined.str.split(";")


def facts_by_source(data) -> pd.DataFrame:
    """One row per (source, fact): table, the fact in English and Arabic, and its date."""
    parts = []
    for table in FACT_DATES:
        frame = getattr(data, table)
        date, precision = fact_dates(table, frame)
        facts = pd.DataFrame({"source_id": cited_id_lists(frame).to_numpy(), "table": table,
                              "fact": fact_texts(table, frame, "en"),
                              "fact_ar": fact_texts(table, frame, "ar"),
                              "date": date.to_numpy(), "date_precision": precision.to_numpy()})
        facts = facts.explode("source_id")
        facts["source_id"] = facts["source_id"].str.strip()
        parts.append(facts[facts["source_id"].ne("")])
    return pd.concat(parts, ignore_index=True).drop_duplicates(["source_id", "table", "fact"])


def facts_known_by(facts: pd.DataFrame, as_of, sources: pd.DataFrame) -> pd.DataFrame:
    """Facts dated on or before as_of, and undated reference facts (sites, governorates) backed
    by a source published by then or itself undated."""
    day = as_timestamp(as_of)
    published = facts["source_id"].map(sources.set_index("source_id")["published"])
    return facts[(facts["date"] <= day) | (facts["date"].isna() & ~(published > day))]


def sources_with_counts(data, facts: pd.DataFrame | None = None, as_of=None) -> pd.DataFrame:
    """sources.csv with the number of facts each supports; with as_of, the facts known by then
    and only the sources published by then or backing a fact dated by then."""
    facts = facts_by_source(data) if facts is None else facts
    if as_of is not None:
        facts = facts_known_by(facts, as_of, data.sources)
    counts = facts.groupby("source_id").size().rename("facts")
    table = data.sources.merge(counts, left_on="source_id", right_index=True, how="left")
    table = table.assign(facts=table["facts"].fillna(0).astype(int))
    if as_of is None:
        return table
    published = facts["source_id"].map(data.sources.set_index("source_id")["published"])
    backing = facts.loc[facts["date"].notna() | published.isna(), "source_id"]
    return table[(table["published"] <= as_timestamp(as_of)) | table["source_id"].isin(backing)]


def member_count_reconciliation(data, as_of=None) -> pd.DataFrame:
    """Each stated total (by as_of) beside the members the dataset can name by that date."""
    kinds = data.sources.set_index("source_id")["kind"].astype(str)
    claims = data.member_counts if as_of is None else known_by(data.member_counts, as_of)
    claims = claims.sort_values("date", kind="stable")
    ends = np.sort(data.members["joined_end"].to_numpy())
    starts = np.sort(data.members["joined"].to_numpy())
    days = claims["date"].dt.normalize().to_numpy()
    identified = np.searchsorted(ends, days, side="right")
    started = np.searchsorted(starts, days, side="right")
    table = pd.DataFrame({
        "date": claims["date"].to_numpy(), "date_precision": claims["date_precision"].to_numpy(),
        "stated": claims["count"].to_numpy(),
        "qualifier": claims["qualifier"].astype(str).to_numpy(),
        "scope": claims["scope"].astype(str).to_numpy(),
        "stated_by": claims["stated_by"].to_numpy(),
        "source_kind": claims["source_id"].map(kinds).fillna("").to_numpy(),
        "identified": identified, "pending": started - identified,
        "difference": claims["count"].to_numpy() - identified,
        "source_id": claims["source_id"].to_numpy()})
    same_day = table.groupby("date")["stated"].transform("nunique")
    return table.assign(disagrees_same_day=same_day > 1)


def funding_disagreements(pledges: pd.DataFrame) -> pd.DataFrame:
    """Funding figures reported more than once for the same donor, status and period, where the
    reports differ in amount or qualifier."""
    key = pledges["period"].fillna(pledges["date"].dt.strftime("%Y-%m-%d"))
    framed = pledges.assign(claim_key=pledges["donor"] + " | " + pledges["status"].astype(str)
                            + " | " + key, _qualifier=pledges["qualifier"].astype(str))
    groups = framed.groupby("claim_key")
    differs = (groups["amount_usd"].transform("nunique").gt(1)
               | groups["_qualifier"].transform("nunique").gt(1))
    repeated = groups["source_id"].transform("nunique").gt(1)
    columns = ["claim_key", "date", "date_precision", "donor", "status", "period", "amount_usd",
               "qualifier", "event", "source_id"]
    return framed[differs & repeated][columns].sort_values(["claim_key", "date"])


def seed_vs_record(data, lang: str = "en") -> pd.DataFrame:
    """The seed article's own facts beside what official sources recorded for the same thing."""
    kinds = data.sources.set_index("source_id")["kind"].astype(str)
    counts, pledges = data.member_counts, data.pledges
    rows = []
    for claim in counts[counts["source_id"] == SEED_SOURCE_ID].itertuples():
        official = counts[(counts["date"] == claim.date)
                          & counts["source_id"].map(kinds).eq("official")]
        rows.append(record_row(t("sources.seed.members", lang), f"{claim.count}", official,
                               "count", "", claim.date, lang))
    for claim in pledges[pledges["source_id"] == SEED_SOURCE_ID].itertuples():
        same = pledges[(pledges["period"] == claim.period) & (pledges["status"] == claim.status)
                       & (pledges["source_id"] != SEED_SOURCE_ID)]
        rows.append(record_row(t("sources.seed.raised", lang, period=claim.period),
                               format_usd(claim.amount_usd, str(claim.qualifier), lang), same,
                               "amount_usd", "qualifier", claim.date, lang))
    # A figure the seed repeats is one row citing it among also_sources: the seed reports the
    # amount, the row's primary source the qualifier (a floor, when it says "more than").
    repeats = pledges["also_sources"].fillna("").str.split(";").map(
        lambda ids: SEED_SOURCE_ID in [i.strip() for i in ids])
    for claim in pledges[repeats].itertuples():
        rows.append(record_row(t("sources.seed.raised", lang, period=claim.period),
                               format_usd(claim.amount_usd, "exact", lang),
                               pledges.loc[[claim.Index]], "amount_usd", "qualifier",
                               pd.Timestamp(SEED_DATE), lang))
    for event in data.events[data.events["source_id"] == SEED_SOURCE_ID].itertuples():
        arabic = lang == "ar" and isinstance(event.title_ar, str)
        title = event.title_ar if arabic else event.title_en
        rows.append({"fact": title, "seed_says": format_date(event.date, "month", lang),
                     "other_reports_say": t("sources.seed.uncontested", lang),
                     "record_source_id": "", "agrees": True})
    return pd.DataFrame(rows)


def record_row(fact: str, seed_says: str, record: pd.DataFrame, value: str, qualifier: str,
               date, lang: str = "en") -> dict:
    """One seed fact against the latest other record of the same thing."""
    label = f"{fact} ({format_date(date, 'day', lang)})"
    if record.empty:
        return {"fact": label, "seed_says": seed_says,
                "other_reports_say": t("sources.seed.no_other", lang), "record_source_id": "",
                "agrees": None}
    best = record.iloc[-1]
    shown = (f"{best[value]:.0f}" if value == "count" else
             format_usd(best[value], str(best[qualifier]), lang))
    return {"fact": label, "seed_says": seed_says, "other_reports_say": shown,
            "record_source_id": best["source_id"], "agrees": seed_says == shown}


def with_source_link(frame: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The rows with the publisher and web address of their source (source_id column)."""
    lookup = sources.set_index("source_id")
    return frame.assign(publisher=frame["source_id"].map(lookup["publisher"]).fillna(""),
                        url=frame["source_id"].map(lookup["url"]))


def source_rows(table: pd.DataFrame, lang: str, as_of=None) -> pd.DataFrame:
    """The sources table as read: newest first (those published after as_of, cited for earlier
    facts, last), dates at their precision, kinds and tiers in words."""
    later = table["published"] > as_timestamp(as_of) if as_of is not None else False
    ordered = (table.assign(_later=later)
               .sort_values(["_later", "published"], ascending=[True, False], na_position="last"))
    words = {code: t(f"sources.basis.{code}", lang) for code in
             ordered["published_basis"].astype(str).unique()}
    kinds = {code: t(f"sources.kind.{code}", lang) for code in
             ordered["kind"].astype(str).unique()}
    tiers = {code: t(f"tier.{code}", lang) for code in ordered["tier"].astype(str).unique()}
    copies = ordered["tier"].astype(str).eq("copy") & ordered["original_publisher"].ne("")
    tier_words = ordered["tier"].astype(str).map(tiers).where(~copies, ordered[
        "original_publisher"].map(lambda name: t("footer.copy_of", lang, original=name)))
    return pd.DataFrame({
        "publisher": ordered["publisher"], "tier": tier_words, "title": ordered["title"],
        "published": dates_text(ordered["published"], ordered["published_precision"], lang),
        "published_basis": ordered["published_basis"].astype(str).map(words),
        "kind": ordered["kind"].astype(str).map(kinds), "language": ordered["language"],
        "facts": ordered["facts"], "url": ordered["url"], "source_id": ordered["source_id"]})


def member_reconciliation_rows(table: pd.DataFrame, sources: pd.DataFrame,
                               lang: str) -> pd.DataFrame:
    """Stated totals as read: nearest the as-of date first, ⚠ on days whose sources disagree."""
    ordered = with_source_link(table.iloc[::-1], sources)
    words = QUALIFIER_WORDS["ar" if lang == "ar" else "en"]
    scopes = {code: t(f"sources.scope.{code}", lang) for code in ordered["scope"].unique()}
    return pd.DataFrame({
        "disagrees": np.where(ordered["disagrees_same_day"], "⚠", ""),
        "date": dates_text(ordered["date"], ordered["date_precision"], lang),
        "stated": ordered["qualifier"].map(words).fillna("") + ordered["stated"].astype(str),
        "identified": ordered["identified"], "pending": ordered["pending"],
        "difference": ordered["difference"], "scope": ordered["scope"].map(scopes),
        "stated_by": ordered["stated_by"], "publisher": ordered["publisher"],
        "url": ordered["url"]}).reset_index(drop=True)


def funding_disagreement_rows(table: pd.DataFrame, sources: pd.DataFrame,
                              lang: str) -> pd.DataFrame:
    """Funding figures reported differently, as read: latest claims first, amounts in words."""
    latest = table.groupby("claim_key")["date"].transform("max")
    ordered = with_source_link(table.assign(_latest=latest).sort_values(
        ["_latest", "claim_key", "date"], ascending=[False, True, False]), sources)
    amounts = [format_usd(a, q, lang) for a, q in
               zip(ordered["amount_usd"], ordered["qualifier"].astype(str), strict=True)]
    periods = ordered["period"].fillna("")
    return pd.DataFrame({
        "donor": ordered["donor"],
        "status": ordered["status"].astype(str).map(lambda s: t(f"status.{s}", lang)),
        "period": periods, "amount": amounts,
        "date": dates_text(ordered["date"], ordered["date_precision"], lang),
        "event": ordered["event"].fillna(""), "publisher": ordered["publisher"],
        "url": ordered["url"]}).reset_index(drop=True)


def seed_rows(table: pd.DataFrame, sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The seed comparison as read: the other report's publisher and link, agreement in words."""
    if table.empty:
        return table
    linked = with_source_link(table.rename(columns={"record_source_id": "source_id"}), sources)
    agree = {True: t("sources.seed.agrees", lang), False: t("sources.seed.differs", lang)}
    return pd.DataFrame({"fact": linked["fact"], "seed_says": linked["seed_says"],
                         "other_reports_say": linked["other_reports_say"],
                         "agrees": linked["agrees"].map(agree).fillna("—"),
                         "publisher": linked["publisher"], "url": linked["url"]})


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
