"""Folded text and a position -> the span of the sentence around that position."""

from __future__ import annotations

import re

# A full stop ends a sentence unless it closes an initialism such as "U.S." or "U.N.".
_BOUNDARY = re.compile(r"(?<![A-Z]\.[A-Z])(?<!\b[A-Z])[.!?؟;؛]+(?=\s)|\n")
_REACH = 600


def sentence_span(text: str, position: int) -> tuple[int, int]:
    """Start and end of the sentence holding `position` (looking at most _REACH chars away)."""
    low = max(0, position - _REACH)
    start = low
    for match in _BOUNDARY.finditer(text, low, position):
        start = match.end()
    after = _BOUNDARY.search(text, position, position + _REACH)
    end = after.start() if after else min(len(text), position + _REACH)
    return start, end
