"""Message keys + language -> user-facing strings (English, Arabic), with formatting helpers."""

from __future__ import annotations

import re
from importlib import import_module

from catalog.formatting import format_count, format_date, format_usd

LANGUAGES = {"en": "English", "ar": "العربية"}
# One module per part of the app under catalog/strings, each with EN and AR dicts.
PARTS = ["common", "changes", "overview", "funding", "membership", "map", "sources", "briefing",
         "ingest"]


def merged(language: str) -> dict[str, str]:
    strings: dict[str, str] = {}
    for part in PARTS:
        table = getattr(import_module(f"catalog.strings.{part}"), language)
        clash = strings.keys() & table.keys()
        if clash:
            raise KeyError(f"catalog keys defined twice: {sorted(clash)}")
        strings |= table
    return strings


CATALOGS = {"en": merged("EN"), "ar": merged("AR")}

__all__ = ["LANGUAGES", "format_count", "format_date", "format_usd", "is_rtl", "t"]


def t(key: str, lang: str = "en", **values) -> str:
    """The string for key in lang (falling back to English), with {placeholders} filled in.

    In a right-to-left language a value holding Latin letters (a publisher, "$148.7M") is
    wrapped in Unicode isolates, so the bidi algorithm keeps it in one piece instead of
    scattering its brackets and numbers through the Arabic sentence around it."""
    template = CATALOGS.get(lang, CATALOGS["en"]).get(key) or CATALOGS["en"].get(key)
    if template is None:
        raise KeyError(f"no catalog entry for {key!r}")
    if not values:
        return template
    if is_rtl(lang):
        values = {name: isolated(value) for name, value in values.items()}
    return template.format(**values)


FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"
_LATIN = re.compile(r"[A-Za-z]")


def isolated(value):
    """A text value with Latin letters between isolate marks; anything else as it is."""
    if isinstance(value, str) and _LATIN.search(value) and FIRST_STRONG_ISOLATE not in value:
        return f"{FIRST_STRONG_ISOLATE}{value}{POP_DIRECTIONAL_ISOLATE}"
    return value


def is_rtl(lang: str) -> bool:
    return lang == "ar"
