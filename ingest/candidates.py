"""extract_facts output + article -> an editable candidates table, and accepted rows -> Facts."""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, lru_cache, partial
from importlib import import_module

import pandas as pd

from extraction.normalize import fold_key
from extraction.sentences import sentence_span
from ingest.clean import Article
from ingest.messages import say
from ingest.store import COLUMNS, Fact
from loaders import rules
from loaders.member_counts import SCOPES
from loaders.pledges import QUALIFIERS, RECIPIENTS
from loaders.rules import text_issue

PLEDGE, COUNT = "pledges", "member_counts"
STATUS_CHOICES = ["unknown", "goal", "pledge", "contribution", "drive_total", "cumulative"]
EARLIEST = {PLEDGE: dt.date(2014, 1, 1), COUNT: dt.date(2014, 9, 1)}
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
ARABIC = re.compile(r"[\u0600-\u06FF]")
# Short forms a news story uses for donors that data/pledges.csv names in full.
ALIASES = {"USA": ["U.S.", "US", "American", "Washington"], "GBR": ["UK", "Britain", "British"],
           "EUU": ["EU", "European Commission"], "ARE": ["UAE", "Emirati", "الإمارات"],
           "SAU": ["Saudi", "Riyadh"], "DEU": ["German", "Berlin"], "FRA": ["French"],
           "JPN": ["Japanese"], "NLD": ["Dutch"], "NOR": ["Norwegian"], "ITA": ["Italian"],
           "KWT": ["Kuwaiti"], "DNK": ["Danish"], "SWE": ["Swedish"], "FIN": ["Finnish"],
           "AUS": ["Australian"], "BEL": ["Belgian"], "GRC": ["Greek"], "POL": ["Polish"]}
# "Iraq" in a sentence is nearly always the recipient; only its government is a donor.
DONOR_WORDS_ONLY = {"IRQ": ["Iraqi government", "Government of Iraq", "الحكومة العراقية"]}
COALITION_DONOR = "Coalition members (collective)"  # as data/pledges.csv names it
COALITION_WORDS = ["coalition", "Coalition", "التحالف"]
COUNTRY_WORDS = {"Syria": ["Syria", "Syrian", "سوريا", "سورية", "السوري"],
                 "Iraq": ["Iraq", "Iraqi", "العراق", "العراقي"]}
EDITABLE = ["accept", "date", "donor", "donor_iso3", "recipient", "status", "qualifier",
            "amount_usd", "amount_original", "currency", "count", "scope", "stated_by", "event",
            "channel", "series"]
SHOWN = ["accept", "kind", "matched", "status", "date", "donor", "recipient", "qualifier",
         "amount_usd", "currency", "count", "sentence", "donor_iso3", "amount_original",
         "converted", "scope", "stated_by", "event", "channel", "series"]
SPAN = ["table", "start", "end"]
MAX_USD = rules.MAX_AMOUNT_USD  # no single figure for Syria or Iraq comes near $1 trillion
MAX_ORIGINAL = 1e16  # unconverted currencies: $1 trillion is about 1.3e16 Syrian pounds
# Free-text fields of a fact row and their length limits (loaders.rules checks them).
TEXT_LIMITS = {"donor": 200, "recipient": 200, "stated_by": 200, "channel": 200, "event": 300,
               "series": 200}


def known_donors(pledges: pd.DataFrame) -> pd.DataFrame:
    """One row per donor with an ISO code (shortest name wins) and the words that name it."""
    named = pledges.dropna(subset=["donor_iso3"])[["donor", "donor_iso3"]].astype(str)
    named = named.assign(name=named["donor"].str.replace(r"\s*\(.*\)$", "", regex=True))
    named = named.sort_values("name", key=lambda s: s.str.len()).drop_duplicates("donor_iso3")
    arabic = getattr(import_module("catalog.strings.funding"), "AR", {})
    words = [DONOR_WORDS_ONLY.get(row.donor_iso3) or
             [row.name, row.donor_iso3, *ALIASES.get(row.donor_iso3, []),
              *([arabic[f"funding.donor.{row.donor_iso3}"]]
                if f"funding.donor.{row.donor_iso3}" in arabic else [])]
             for row in named.itertuples()]
    return pd.DataFrame({"donor": named["name"].values, "donor_iso3": named["donor_iso3"].values,
                         "words": words})


@lru_cache(maxsize=64)
def folded_sentence(sentence: str) -> str:
    """fold_key of a sentence, once however many Arabic words are looked up in it."""
    return fold_key(sentence)


def word_positions(sentence: str, word: str) -> list[int]:
    """Where a donor or country word occurs: whole words, case-sensitive for all-caps forms."""
    if ARABIC.search(word):
        folded, key = folded_sentence(sentence), fold_key(word)
        return [m.start() for m in re.finditer(re.escape(key), folded)]
    flags = 0 if word.isupper() or "." in word else re.I
    pattern = rf"(?<![\w.]){re.escape(word)}(?![\w])"
    return [m.start() for m in re.finditer(pattern, sentence, flags)]


def present(words: list[str], low: str, folded: str) -> list[str]:
    """The words that occur somewhere in the article (`low`: lower-cased, `folded`: fold_key)."""
    return [word for word in words
            if (fold_key(word) in folded if ARABIC.search(word) else word.lower() in low)]


def present_donors(donors: pd.DataFrame, text: str) -> pd.DataFrame:
    """The donors with only the words that occur somewhere in the article (a cheap substring
    test), so each amount's sentence is searched for a handful of words, not for hundreds."""
    low, folded = text.lower(), fold_key(text)
    kept = donors.assign(words=[present(row.words, low, folded) for row in donors.itertuples()])
    return kept[kept["words"].map(bool)]


def guess_donor(sentence: str, offset: int, donors: pd.DataFrame) -> tuple[str, str]:
    """The known donor named nearest to the amount in its sentence, or ('', ''); a name after
    the amount counts double the distance (the donor is usually the subject)."""
    best: tuple[int, str, str] | None = None
    for row in donors.itertuples():
        for word in row.words:
            for position in word_positions(sentence, word):
                distance = offset - position if position < offset else 2 * (position - offset)
                if best is None or distance < best[0]:
                    best = (distance, row.donor, row.donor_iso3)
    if best:
        return best[1], best[2]
    if any(word_positions(sentence, word) for word in COALITION_WORDS):
        return COALITION_DONOR, ""
    return "", ""


def countries_in(sentence: str, places: list[dict], span: tuple[int, int],
                 place_starts: list[int] | None = None) -> set[str]:
    """Syria and/or Iraq named in the span: by country word or by a place found there;
    `place_starts` (the places' sorted starts) lets a long article be searched by bisection."""
    found = {country for country, words in COUNTRY_WORDS.items()
             if any(word_positions(sentence, w) for w in words)}
    if place_starts is not None:
        places = places[bisect_left(place_starts, span[0]):bisect_left(place_starts, span[1])]
    for place in places:
        if span[0] <= place["start"] < span[1]:
            code = (place.get("gov_id") or place.get("site_id") or "")[:2].upper()
            found |= {"SY": {"Syria"}, "IQ": {"Iraq"}}.get(code, set())
    return found


def guess_recipient(text: str, sentence: tuple[int, int], places: list[dict],
                    whole: Callable[[], str] | None = None) -> str:
    """Iraq, Syria or both from the sentence, else from the whole article; '' when unknown.
    `whole` answers for the whole article (computed once per article, not once per amount)."""
    starts = [place["start"] for place in places]
    found = countries_in(text[sentence[0]:sentence[1]], places, sentence, starts)
    if found:
        return "Iraq and Syria" if len(found) == 2 else found.pop()
    if whole is not None:
        return whole()
    found = countries_in(text, places, (0, len(text)), starts)
    return ("Iraq and Syria" if len(found) == 2 else found.pop()) if found else ""


# 'Since 2015, Norway has given $25 million', 'منذ 2015': where a period starts, not the date of
# the sum given over it (that is the time of writing, or a date of its own in the sentence).
_SINCE = r"(?<!\w)(?:since|[وف]?منذ)(?!\w)"
PERIOD_START = re.compile(_SINCE + r"\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
OPENS_PERIOD = re.compile(_SINCE, re.IGNORECASE)  # a date whose own text starts with 'since'


def sentence_date(text: str, dates: list[dict], span: tuple[int, int], offset: int,
                  published: dt.date, starts: list[int] | None = None) -> str:
    """The date nearest the amount in its sentence, not after publication and not the start of
    a period ('since 2015'); else publication.
    `starts` (the dates' sorted starts) narrows the search to the sentence by bisection."""
    if starts is not None:
        dates = dates[bisect_left(starts, span[0]):bisect_left(starts, span[1])]
    inside = [d for d in dates if span[0] <= d["start"] < span[1]
              and d["value"] <= published.isoformat() and not OPENS_PERIOD.match(d["text"])
              and not PERIOD_START.search(text, max(span[0], d["start"] - 24), d["start"])]
    if not inside:
        return published.isoformat()
    return min(inside, key=lambda d: abs(d["start"] - offset))["value"]


def candidates(facts: dict, article: Article, pledges: pd.DataFrame,
               lang: str = "en") -> pd.DataFrame:
    """One editable row per money amount or membership count, nothing accepted yet."""
    text, rows = article.text, []
    donors = present_donors(known_donors(pledges), text)
    places, dates = facts["places"], facts["dates"]
    whole = cache(partial(guess_recipient, text, (0, len(text)), places))
    date_starts = [item["start"] for item in dates]
    for item in facts["money"]:
        if implausible(item):
            continue
        span = sentence_span(text, item["start"])
        donor, iso = guess_donor(text[span[0]:span[1]], item["start"] - span[0], donors)
        rows.append(base_row(PLEDGE, item, text, span, lang) | {
            "date": sentence_date(text, dates, span, item["start"], article.published,
                                  date_starts),
            "donor": donor, "donor_iso3": iso,
            "recipient": guess_recipient(text, span, places, whole),
            "status": item["status"] if item["status"] in STATUS_CHOICES else "unknown",
            "qualifier": floor_qualifier(item.get("qualifier")), "amount_usd": item["amount_usd"],
            "amount_original": item["amount_original"], "currency": item["currency"],
            "converted": item["currency"] != "USD", "event": article.title[:120]})
    for item in facts["member_counts"]:
        span = sentence_span(text, item["start"])
        rows.append(base_row(COUNT, item, text, span, lang) | {
            "date": item.get("date") or article.published.isoformat(),
            "qualifier": item.get("qualifier") or "exact", "count": item["count"],
            "scope": item.get("kind") if item.get("kind") in SCOPES else "total",
            "stated_by": article.publisher})
    table = pd.DataFrame(rows, columns=SHOWN + SPAN)
    table.index = pd.RangeIndex(1, len(table) + 1, name="row")
    return table.astype({"accept": bool, "converted": "boolean", "count": "Int64"})


def floor_qualifier(qualifier: str | None) -> str:
    """The pledges table's qualifier: a range ('$3-5 million') is offered as its lower bound, a
    floor (more_than); the matched text in the row's note keeps the upper bound."""
    return "more_than" if qualifier == "range" else qualifier or "exact"


def implausible(item: dict) -> bool:
    """An amount beyond the ceiling for one figure ($1 trillion, or 1e16 unconverted)."""
    usd, original = item.get("amount_usd"), item.get("amount_original") or 0
    return (usd is not None and not usd <= MAX_USD) or not original <= MAX_ORIGINAL


def refusals(facts: dict) -> list[tuple[str, dict]]:
    """A note for each amount or date found but not offered, saying why, and for each running
    total offered (catalog key, values)."""
    limit = f"{MAX_USD / 1e9:,.0f}"
    notes = [(f"ingest.note.refused_{item['reason']}", {"text": item["text"][:80]}
              | ({"limit": limit} if item["reason"] == "implausible" else {}))
             for item in facts.get("refused", [])]
    return notes + [("ingest.note.refused_implausible",
                     {"text": item["text"][:80], "limit": limit})
                    for item in facts["money"] if implausible(item)] + [
        ("ingest.note.running_total", {"text": item["text"][:80]})
        for item in facts["money"] if item.get("running_total") and not implausible(item)]


def base_row(table: str, item: dict, text: str, span: tuple[int, int], lang: str) -> dict:
    return {"accept": False, "table": table, "kind": say(f"ingest.kind.{table}", lang),
            "matched": item["text"], "sentence": text[span[0]:span[1]].strip(),
            "start": item["start"], "end": item["end"], "donor": "", "donor_iso3": "",
            "recipient": "", "status": None, "channel": "", "event": "", "stated_by": "",
            "scope": None, "series": ""}


def blank(value) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value)) or (
        isinstance(value, str) and not value.strip())


def finite(value) -> float | None:
    """A finite number from a cell, or None (blank, text, infinity, NaN)."""
    try:
        found = float(value)
    except (TypeError, ValueError):
        return None
    return found if math.isfinite(found) else None


def text_of(value) -> str:
    return "" if blank(value) else str(value).strip()


def date_problem(value, table: str, published: dt.date) -> str | None:
    """A catalog key when the date is not YYYY[-MM[-DD]] between the earliest and publication."""
    value = text_of(value)
    if not PARTIAL_DATE.match(value):
        return "ingest.err.row_date_format"
    try:
        start = dt.date.fromisoformat(value + "-01-01"[len(value) - 4:])
    except ValueError:
        return "ingest.err.row_date_format"
    if start < EARLIEST[table]:
        return "ingest.err.row_date_early"
    return "ingest.err.row_date_late" if start > published else None


def row_problems(number, row, published: dt.date) -> list[tuple[str, dict]]:
    """Every wrong field of one accepted row, each naming the row and the field."""
    where = {"row": number, "matched": row["matched"]}
    found: list[tuple[str, dict]] = []

    def wrong(field: str, key: str, **values) -> None:
        found.append((key, where | {"field": field} | values))

    for name, limit in TEXT_LIMITS.items():
        issue = None if blank(row.get(name)) else text_issue(str(row[name]), limit)
        if issue:
            wrong(name, f"ingest.err.row_text_{issue[0]}", **issue[1])
    if key := date_problem(row["date"], row["table"], published):
        wrong("date", key, value=text_of(row["date"]), earliest=EARLIEST[row["table"]],
              published=published)
    if row["qualifier"] not in QUALIFIERS:
        wrong("qualifier", "ingest.err.row_choice", choices=", ".join(QUALIFIERS))
    if row["table"] == COUNT:
        count = None if blank(row["count"]) else finite(row["count"])
        if count is None or count != int(count) or not 1 <= count <= 200:
            wrong("count", "ingest.err.row_count")
        if row["scope"] not in SCOPES:
            wrong("scope", "ingest.err.row_choice", choices=", ".join(SCOPES))
        if blank(row["stated_by"]):
            wrong("stated_by", "ingest.err.row_required")
        return found
    if row["status"] not in STATUS_CHOICES[1:]:
        wrong("status", "ingest.err.row_status")
    # A running total is summed only within its series (data/pledges.csv's rule): cumulative
    # rows, and only they, name the series they belong to.
    if row["status"] == "cumulative" and blank(row.get("series")):
        wrong("series", "ingest.err.row_series_required")
    elif row["status"] != "cumulative" and not blank(row.get("series")):
        wrong("series", "ingest.err.row_series_only_cumulative")
    if row["recipient"] not in RECIPIENTS:
        wrong("recipient", "ingest.err.row_choice", choices=", ".join(RECIPIENTS))
    for field in ("donor", "event"):
        if blank(row[field]):
            wrong(field, "ingest.err.row_required")
    if not blank(row["donor_iso3"]) and not CURRENCY.match(text_of(row["donor_iso3"])):
        wrong("donor_iso3", "ingest.err.row_code")
    if not CURRENCY.match(text_of(row["currency"])):
        wrong("currency", "ingest.err.row_code")
    amount_problem("amount_usd", row["amount_usd"], MAX_USD, wrong)
    if text_of(row["currency"]) != "USD":
        amount_problem("amount_original", row["amount_original"], MAX_ORIGINAL, wrong)
    return found


def amount_problem(field: str, value, ceiling: float, wrong) -> None:
    """Report an amount that is blank, not a finite number, not above zero or over the ceiling."""
    amount = None if blank(value) else finite(value)
    if amount is None or amount <= 0:
        wrong(field, "ingest.err.row_amount")
    elif amount > ceiling:
        wrong(field, "ingest.err.row_amount_ceiling", limit=f"{ceiling:,.0f}")


def number_text(value) -> str:
    return f"{float(value):.2f}".rstrip("0").rstrip(".")


def to_fact(row, article: Article) -> Fact:
    """An accepted, checked row as a Fact in its table's CSV format (id and source left to the
    store)."""
    note = f'Added locally from the article text "{row["matched"]}".'
    common = {"date": text_of(row["date"]),
              "date_precision": {4: "year", 7: "month", 10: "day"}[len(text_of(row["date"]))],
              "qualifier": row["qualifier"], "also_sources": "", "notes": note}
    if row["table"] == COUNT:
        values = common | {"count": str(int(row["count"])), "scope": row["scope"],
                           "stated_by": text_of(row["stated_by"])}
    else:
        currency = text_of(row["currency"])
        usd = number_text(row["amount_usd"])
        values = common | {
            "event": text_of(row["event"]), "donor": text_of(row["donor"]),
            "donor_iso3": text_of(row["donor_iso3"]), "recipient": row["recipient"],
            "channel": text_of(row["channel"]), "amount_usd": usd,
            "amount_original": usd if currency == "USD" else number_text(row["amount_original"]),
            "currency": currency, "converted": "false" if currency == "USD" else "true",
            "status": row["status"],
            "series": text_of(row.get("series")) if row["status"] == "cumulative" else "",
            "period": "",
            "purpose": "stabilisation"}
    columns = [c for c in COLUMNS[row["table"]] if c not in ("pledge_id", "claim_id", "source_id")]
    return Fact(row["table"], {c: values[c] for c in columns}, int(row["start"]), int(row["end"]))


def accepted_facts(table: pd.DataFrame, article: Article) -> tuple[list[Fact], list]:
    """The accepted rows as Facts, or the problems (row and field named) that stop a save."""
    chosen = table[table["accept"].fillna(False).astype(bool)]
    if chosen.empty:
        return [], [("ingest.err.none_accepted", {})]
    problems = [p for number, row in chosen.iterrows()
                for p in row_problems(number, row, article.published)]
    if problems:
        return [], problems
    return [to_fact(row, article) for _, row in chosen.iterrows()], []


def editor_config(lang: str, column_config) -> dict:
    """data_editor keyword arguments: column order, read-only columns and a column config per
    column; `column_config` is st.column_config, passed in so this package never imports
    streamlit."""
    choices = {
        "status": {s: say("ingest.status.unknown" if s == "unknown" else f"status.{s}", lang)
                   for s in STATUS_CHOICES},
        "qualifier": {q: say(f"ingest.qualifier.{q}", lang) for q in QUALIFIERS},
        "recipient": {r: say(f"recipient.{r}", lang) for r in RECIPIENTS},
        "scope": {s: say(f"ingest.scope.{s}", lang) for s in SCOPES}}
    config = {}
    for column in SHOWN:
        label = say(f"ingest.col.{column}", lang)
        if column in choices:
            config[column] = column_config.SelectboxColumn(
                label, options=list(choices[column]), format_func=choices[column].get)
        elif column in ("accept", "converted"):
            config[column] = column_config.CheckboxColumn(label)
        elif column in ("amount_usd", "amount_original", "count"):
            config[column] = column_config.NumberColumn(
                label, format="%d" if column == "count" else "localized")
        else:
            config[column] = column_config.TextColumn(
                label, width="large" if column == "sentence" else None)
    return {"column_order": SHOWN, "column_config": config, "placeholder": "—",
            "disabled": [c for c in SHOWN if c not in EDITABLE]}
