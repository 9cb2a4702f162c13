"""Strings of the funding page."""

EN: dict[str, str] = {}

AR: dict[str, str] = {}
