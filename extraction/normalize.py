"""Raw text -> folded text (ASCII digits, plain Arabic letters) with a map back to raw offsets."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Characters dropped while folding: Arabic diacritics, tatweel, bidi/zero-width controls.
_DROPPED = set(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)

_TRAILING_MARKS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670"}

# One character in, one character out.
_REPLACED = str.maketrans(
    {
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Extended (Persian) digits
        "\u066b": ".",  # Arabic decimal separator
        "\u066c": ",",  # Arabic thousands separator
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "\u2019": "'",
        "\u2018": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u201c": '"',
        "\u201d": '"',
    }
)

_FOLD = {**_REPLACED, **{ord(char): None for char in _DROPPED}}

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_ARABIC_RUN = re.compile(r"[\u0621-\u064a]+")
_LATIN_RUN = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class FoldedText:
    """Folded text plus, for each folded character, its index in the original text."""

    original: str
    text: str
    index: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded [start, end) span back to the original text."""
        if end <= start:
            position = self.index[start] if start < len(self.index) else len(self.original)
            return position, position
        orig_end = self.index[end - 1] + 1
        while orig_end < len(self.original) and self.original[orig_end] in _TRAILING_MARKS:
            orig_end += 1  # keep the tanween of 'عضواً' with its word
        return self.index[start], orig_end

    def item(self, start: int, end: int) -> dict:
        """Return the original span and its text as an item dict."""
        orig_start, orig_end = self.span(start, end)
        return {"start": orig_start, "end": orig_end, "text": self.original[orig_start:orig_end]}


def fold_char(char: str) -> str:
    """Fold one character (may return '' for dropped characters)."""
    return char.translate(_FOLD)


_FOLDED_CHARS = frozenset(chr(code) for code in _FOLD)
_DROPPED_RE = re.compile("[" + re.escape("".join(sorted(_DROPPED))) + "]+")


def fold_text(text: str) -> FoldedText:
    """Fold digits and Arabic letter variants, drop diacritics/controls, keep an offset map."""
    # str.translate looks every character up in a dict; str.replace per character present is
    # several times faster on article-sized text (a handful of distinct characters to fold).
    folded = text
    for char in _FOLDED_CHARS.intersection(text):
        folded = folded.replace(char, _FOLD[ord(char)] or "")
    if len(folded) == len(text):
        return FoldedText(text, folded, range(len(text)))
    index: list[int] = []
    kept_from = 0
    for run in _DROPPED_RE.finditer(text):
        index.extend(range(kept_from, run.start()))
        kept_from = run.end()
    index.extend(range(kept_from, len(text)))
    return FoldedText(text, folded, index)


def fold_key(text: str) -> str:
    """Fold a gazetteer name into a lookup key (lower case, single spaces, no hyphens)."""
    folded = text.translate(_FOLD).lower()  # the same as fold_char on every character
    folded = re.sub(r"[-_'`]", " ", folded)
    return " ".join(folded.split())


def scripts_in(text: str) -> set[str]:
    """Which of 'ar' and 'en' letters the text holds (patterns of an absent script are skipped)."""
    found = set()
    if _ARABIC_LETTER.search(text):
        found.add("ar")
    if _LATIN_LETTER.search(text):
        found.add("en")
    return found


def detect_lang(text: str) -> str:
    """Return 'ar' when Arabic letters make up at least 30% of the letters, else 'en'."""
    arabic = sum(map(len, _ARABIC_RUN.findall(text)))
    latin = sum(map(len, _LATIN_RUN.findall(text)))
    if arabic + latin == 0:
        return "en"
    return "ar" if arabic / (arabic + latin) >= 0.3 else "en"


# The lower-cased text of the article being read, kept once (the tuple is replaced whole, so a
# reader in another thread sees either the old pair or the new one).
_LOWERED: tuple[str, str] = ("", "")


def lowered(text: str) -> tuple[str, bool]:
    """(lower-cased text, whether its offsets are the text's): case-free patterns on it are
    several times faster than IGNORECASE ones over Arabic and Latin."""
    global _LOWERED
    cached = _LOWERED
    if cached[0] is not text:
        cached = (text, text.lower())
        _LOWERED = cached
    return cached[1], len(cached[1]) == len(text)


def case_free(pattern: re.Pattern) -> re.Pattern:
    """The pattern without IGNORECASE, for lower-cased text (its words are in lower case)."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
