"""Strings of the map page."""

EN: dict[str, str] = {}

AR: dict[str, str] = {}
