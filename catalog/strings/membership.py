"""Strings of the membership page."""

EN: dict[str, str] = {}

AR: dict[str, str] = {}
