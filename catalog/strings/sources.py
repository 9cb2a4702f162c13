"""Strings of the sources page."""

EN: dict[str, str] = {}

AR: dict[str, str] = {}
