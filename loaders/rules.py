"""A text field's value and length limit -> why it cannot be stored as given, or None."""

from __future__ import annotations

import re

# Invisible controls that reorder how text is displayed ("Trojan source"): embeddings and
# overrides, isolates, the left-to-right/right-to-left marks and the Arabic letter mark.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                          "\u200e\u200f\u061c")
# C0 and C1 control characters and DEL; tab and line ends are whitespace, not controls.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")


def text_issue(value: str, max_len: int) -> tuple[str, dict] | None:
    """('too_long', {length, limit}), ('bidi' or 'control', {char: 'U+202E', position}) or None.

    The length is checked first, so a huge value costs no more than its length."""
    if len(value) > max_len:
        return "too_long", {"length": len(value), "limit": max_len}
    for reason, pattern in (("bidi", _BIDI), ("control", _CONTROL)):
        found = pattern.search(value)
        if found:
            return reason, {"char": f"U+{ord(found.group()):04X}", "position": found.start() + 1}
    return None


def text_problem(value: str, max_len: int) -> str | None:
    """The reason in English ('contains the bidi control U+202E at character 5'), or None."""
    issue = text_issue(value, max_len)
    if issue is None:
        return None
    reason, values = issue
    if reason == "too_long":
        return f"is {values['length']:,} characters long, over the limit of {values['limit']:,}"
    kind = "bidi control" if reason == "bidi" else "control character"
    return f"contains the {kind} {values['char']} at character {values['position']}"
