"""The domain's limits on a value, shared by the CSV loaders and the ingest path.

Each rule is a pure function returning the reason a value is refused, or None when it is
acceptable; callers add where the value came from (file, line and column, or form field)."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

# Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the invisible marks
# (LRM, RLM, ALM): in a name or a title they can reverse what a reader sees.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                          "\u200e\u200f\u061c")
_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 and C1, tab and newline aside
# Both kinds in one pattern, for a vectorised first pass over a whole column.
REFUSED_CHARACTERS = f"{_CONTROL.pattern}|{_BIDI.pattern}"

# One stabilisation figure above $100 billion is a typing error, not a pledge: the largest
# sums on record (Kuwait 2018, cumulative receipts) are in the tens of billions.
MAX_AMOUNT_USD = 100e9
# A head count no camp, and a member total no coalition, has come near.
MAX_HEAD_COUNT = 1_000_000
MAX_MEMBERS = 200
EARLIEST_DATE = dt.date(1900, 1, 1)
MAX_CELL_CHARS = 2000
MAX_TEXT = {"publisher": 200, "title": 500, "url": 2000, "donor": 200, "stated_by": 200,
            "event": 300, "notes": 2000}


def text_problem(value: str, max_chars: int = MAX_CELL_CHARS) -> str | None:
    """Control characters, bidi controls and text past max_chars are refused."""
    if len(value) > max_chars:
        return f"is {len(value):,} characters long, over the limit of {max_chars:,}"
    if found := _CONTROL.search(value):
        return f"contains the control character U+{ord(found.group()):04X}"
    if found := _BIDI.search(value):
        name = unicodedata.name(found.group(), "bidi control")
        return (f"contains the invisible direction control U+{ord(found.group()):04X} "
                f"({name.lower()}), which can reverse what a reader sees")
    return None


def amount_problem(value: float, ceiling: float = MAX_AMOUNT_USD) -> str | None:
    """An amount must be a finite, positive number no larger than the ceiling."""
    if not math.isfinite(value):
        return "is not a finite number"
    if value <= 0:
        return "must be more than zero"
    if value > ceiling:
        figure = f"{value:,.0f}" if value < 1e15 else f"{value:.3g}"  # not 308 digits
        return (f"{figure} is above the ceiling of {ceiling:,.0f} for one figure "
                "(a typing error?)")
    return None


def date_problem(day: dt.date, today: dt.date | None = None) -> str | None:
    """A reported date lies between 1900 and today: a fact cannot be reported in advance."""
    today = today or dt.date.today()
    if day > today:
        return f"{day:%Y-%m-%d} is in the future (today is {today:%Y-%m-%d})"
    if day < EARLIEST_DATE:
        return f"{day:%Y-%m-%d} is before {EARLIEST_DATE:%Y}"
    return None


def shown(value, limit: int = 60) -> str:
    """A value quoted in a message: control and bidi characters made visible, long text cut."""
    text = str(value)
    text = _CONTROL.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
    text = _BIDI.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
