"""Article text and publication date -> money, membership counts, dates and places (see README)."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from pathlib import Path

from extraction.count_model import likely_counts
from extraction.counts import find_member_counts
from extraction.dates import find_dates
from extraction.fx import to_usd
from extraction.gazetteer import ALIASES_PATH, DATA_DIR, load_gazetteer
from extraction.money import find_money
from extraction.normalize import detect_lang, fold_text
from extraction.places import find_places
from extraction.status_model import second_opinion

__all__ = ["MAX_TEXT_CHARS", "TextTooLong", "extract_facts", "parse_published", "rule_money"]

MAX_TEXT_CHARS = 200_000  # a long feature is 20,000; every step is linear, this bounds the time


class TextTooLong(ValueError):
    """The text is over MAX_TEXT_CHARS: refused before any pattern runs."""

    def __init__(self, length: int):
        self.length = length
        super().__init__(f"the text is {length:,} characters, over the limit of "
                         f"{MAX_TEXT_CHARS:,} characters")


def parse_published(published: str | date | None) -> date | None:
    """Accept 'YYYY-MM-DD' (or a longer ISO timestamp), a date/datetime, or None."""
    if published is None or published == "":
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError as error:
        raise ValueError(f"published must be YYYY-MM-DD, got {published!r}") from error


def extract_facts(text: str, published: str | date | None, lang: str | None = None, *,
                  data_dir: Path | None = None) -> dict:
    """Extract money, membership counts, dates and places; every item carries its text span.
    Amounts and dates that cannot be taken as written are listed under 'refused' with a reason;
    a text over MAX_TEXT_CHARS raises TextTooLong."""
    if len(text) > MAX_TEXT_CHARS:
        raise TextTooLong(len(text))
    day = parse_published(published)
    data_dir = Path(data_dir) if data_dir else DATA_DIR
    folded = fold_text(text)
    refused: list[dict] = []
    dated = find_dates(folded, day, refused)
    year = day.year if day else None
    convert = partial(_convert, year=year, path=data_dir / "fx_rates.csv")
    lang = lang or detect_lang(text)
    money = find_money(folded, convert, refused, second_opinion(text, lang))
    return {
        "published": day.isoformat() if day else None,
        "lang": lang,
        "money": money,
        "member_counts": find_member_counts(folded, dated, day,
                                            partial(likely_counts, lang=lang)),
        "dates": [item for _, _, item in dated],
        "places": find_places(folded, load_gazetteer(data_dir, ALIASES_PATH)),
        "refused": sorted(refused, key=lambda item: item["start"]),
    }


def rule_money(text: str, published: str | date | None, *,
                data_dir: Path | None = None) -> list[dict]:
    """The money items as the rules alone read them, before the status model's second opinion
    (what tools/train_models.py learns from)."""
    day = parse_published(published)
    data_dir = Path(data_dir) if data_dir else DATA_DIR
    convert = partial(_convert, year=day.year if day else None, path=data_dir / "fx_rates.csv")
    return find_money(fold_text(text), convert)


def _convert(amount: float, currency: str, year: int | None, path: Path) -> float | None:
    return to_usd(amount, currency, year, path)
