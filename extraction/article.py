"""Article file text -> (metadata from its optional header lines, body)."""

from __future__ import annotations

import re

HEADER_KEYS = ("published", "source", "title", "url")
_HEADER_LINE = re.compile(rf"^({'|'.join(HEADER_KEYS)}):[ \t]*(.*?)[ \t]*$")


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """Read 'key: value' lines up to the first blank line when the file opens with one.

    Without a recognised first line the whole text is the body. Offsets of extracted
    items are relative to the returned body.
    """
    raw = raw.removeprefix("\ufeff")
    lines = raw.split("\n")
    if not lines or not _HEADER_LINE.match(lines[0].rstrip("\r")):
        return {}, raw
    meta: dict[str, str] = {}
    for number, line in enumerate(lines):
        line = line.rstrip("\r")
        if not line.strip():
            return meta, "\n".join(lines[number + 1:])
        match = _HEADER_LINE.match(line)
        if not match:  # header without its blank line: the rest is body
            return meta, "\n".join(lines[number:])
        meta[match.group(1)] = match.group(2)
    return meta, ""
