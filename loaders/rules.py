"""The domain's limits on a value, shared by the CSV loaders and the ingest path.

Each rule is a pure function returning the reason a value is refused, or None when it is
acceptable; callers add where the value came from (file, line and column, or form field)."""

from __future__ import annotations

import datetime as dt
import math
import re

# Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the invisible marks
# (LRM, RLM, ALM): in a name or a title they can reverse what a reader sees.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                          "\u200e\u200f\u061c")
_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
# C0 and C1 control characters and DEL; tab and line ends are whitespace, not controls.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Both kinds in one pattern, for a vectorised first pass over a whole column.
REFUSED_CHARACTERS = f"{_CONTROL.pattern}|{_BIDI.pattern}"

# One figure above $1 trillion is a typing error, not a pledge or an estimate: the largest
# pledge sums on record (Kuwait 2018, cumulative receipts) are in the tens of billions, and the
# largest published estimates of reconstruction costs (Syria's, $216-400 billion) stand under it.
MAX_AMOUNT_USD = 1e12
EARLIEST_DATE = dt.date(1900, 1, 1)
MAX_CELL_CHARS = 2000


def text_issue(value: str, max_len: int = MAX_CELL_CHARS) -> tuple[str, dict] | None:
    """('too_long', {length, limit}), ('bidi' or 'control', {char: 'U+202E', position}) or None.

    The length is checked first, so a huge value costs no more than its length."""
    if len(value) > max_len:
        return "too_long", {"length": len(value), "limit": max_len}
    for reason, pattern in (("bidi", _BIDI), ("control", _CONTROL)):
        found = pattern.search(value)
        if found:
            return reason, {"char": f"U+{ord(found.group()):04X}", "position": found.start() + 1}
    return None


def text_problem(value: str, max_len: int = MAX_CELL_CHARS) -> str | None:
    """The reason in English ('contains the bidi control U+202E at character 5'), or None:
    control characters, invisible direction controls and text past max_len are refused."""
    issue = text_issue(value, max_len)
    if issue is None:
        return None
    reason, values = issue
    if reason == "too_long":
        return f"is {values['length']:,} characters long, over the limit of {values['limit']:,}"
    kind = "bidi control" if reason == "bidi" else "control character"
    return f"contains the {kind} {values['char']} at character {values['position']}"


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
