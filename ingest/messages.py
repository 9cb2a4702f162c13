"""Message keys + language -> sentences for the ingest page, and the error that carries them."""

from __future__ import annotations

from importlib import import_module

import catalog


def say(key: str, lang: str = "en", **values) -> str:
    """catalog.t, falling back to catalog/strings/ingest.py while that part is not registered."""
    try:
        return catalog.t(key, lang, **values)
    except KeyError:
        strings = import_module("catalog.strings.ingest")
        table = strings.AR if lang == "ar" else strings.EN
        template = table.get(key) or strings.EN[key]
        return template.format(**values) if values else template


class InputProblems(Exception):
    """One or more problems with what the user gave; each is a catalog key and its values."""

    def __init__(self, problems: list[tuple[str, dict]]):
        self.problems = problems
        super().__init__(" ".join(self.messages("en")))

    def messages(self, lang: str = "en") -> list[str]:
        """One clear sentence per problem, in the page language."""
        return [say(key, lang, **named(values, lang)) for key, values in self.problems]


def named(values: dict, lang: str) -> dict:
    """A problem's values with its column name shown as the candidates table labels it."""
    if "field" not in values:
        return values
    return values | {"field": say(f"ingest.col.{values['field']}", lang)}
