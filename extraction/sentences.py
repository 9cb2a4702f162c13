"""Folded text and a position -> the sentence around it; trigger words -> windows to scan."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

# A full stop ends a sentence unless it closes an initialism such as "U.S." or "U.N."; a closing
# quote or bracket may follow it ('... into the billions." Since May'). The initialism test is
# made in code (_INITIAL, on the few characters before), not as a look-behind, so re can skip
# ahead to the punctuation characters instead of trying every position.
_PUNCTUATION = re.compile(r"[.!?؟;؛]+[\"'”’»)]*(?=\s)|\n")
_INITIAL = re.compile(r"(?:[A-Z]\.[A-Z]|\b[A-Z])$")
_REACH = 600


@lru_cache(maxsize=16)
def _boundaries(text: str) -> tuple[list[int], list[int], dict[int, tuple[int, int]]]:
    """Starts and ends of every sentence boundary, found once per text (str hashes are cached),
    and a memo of the spans already asked for (several rules ask for the same amount's
    sentence; the memo lives and dies with the text's entry, so memory stays bounded)."""
    starts, ends = [], []
    for match in _PUNCTUATION.finditer(text):
        start = match.start()
        if text[start] != "\n" and _INITIAL.search(text, max(0, start - 3), start):
            continue  # 'U.S.' or 'U.N.': an initialism's stop ends no sentence
        starts.append(start)
        ends.append(match.end())
    return starts, ends, {}


def previous_sentence_start(text: str, sentence_start: int) -> int:
    """Start of the sentence before the one starting at `sentence_start` (0 at the start),
    across the spaces and blank lines between them."""
    position = sentence_start - 1
    while position > 0 and text[position].isspace():
        position -= 1
    return sentence_span(text, max(0, position - 1))[0] if position > 0 else 0


def sentence_span(text: str, position: int) -> tuple[int, int]:
    """Start and end of the sentence holding `position` (looking at most _REACH chars away)."""
    starts, ends, memo = _boundaries(text)
    known = memo.get(position)
    if known is not None:
        return known
    low = max(0, position - _REACH)
    before = bisect_right(ends, position) - 1  # last boundary ending at or before position
    start = ends[before] if before >= 0 and starts[before] >= low else low
    after = bisect_left(starts, position)  # first boundary starting at or after position
    if after < len(starts) and starts[after] < position + _REACH:
        span = start, starts[after]
    else:
        span = start, min(len(text), position + _REACH)
    memo[position] = span
    return span


def trigger_windows(low: str, words, before: int, after: int) -> list[tuple[int, int]]:
    """Merged (start, end) windows reaching `before` characters ahead of and `after` past each
    occurrence of a trigger word in lower-cased text: costly patterns run only inside them."""
    spans = []
    for word in words:
        index = low.find(word)
        while index != -1:
            spans.append(index)
            index = low.find(word, index + 1)
    merged: list[list[int]] = []
    for index in sorted(spans):
        start, end = max(0, index - before), min(len(low), index + after)
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]
