"""Message keys + language -> user-facing strings (English, Arabic), with formatting helpers."""

from __future__ import annotations

from importlib import import_module

from catalog.formatting import format_count, format_date, format_usd

LANGUAGES = {"en": "English", "ar": "العربية"}
# One module per part of the app under catalog/strings, each with EN and AR dicts.
PARTS = ["common", "overview", "funding", "membership", "map", "sources", "briefing", "ingest"]


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
    """The string for key in lang (falling back to English), with {placeholders} filled in."""
    template = CATALOGS.get(lang, CATALOGS["en"]).get(key) or CATALOGS["en"].get(key)
    if template is None:
        raise KeyError(f"no catalog entry for {key!r}")
    return template.format(**values) if values else template


def is_rtl(lang: str) -> bool:
    return lang == "ar"
