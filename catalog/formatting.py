"""Numbers, money and partial dates -> short display strings in English or Arabic."""

from __future__ import annotations

import math

import pandas as pd

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
# Levantine/Iraqi month names with the MSA name, as Arabic newsrooms of the region print them.
MONTHS_AR = ["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
             "حزيران/يونيو", "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
             "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"]
QUALIFIER_WORDS = {"en": {"exact": "", "more_than": "more than ", "about": "about ",
                          "nearly": "nearly ", "less_than": "fewer than "},
                   "ar": {"exact": "", "more_than": "أكثر من ", "about": "نحو ",
                          "nearly": "قرابة ", "less_than": "أقل من "}}


def format_usd(amount: float | None, qualifier: str = "exact", lang: str = "en") -> str:
    """601_000_000 -> '$601M', 1.45e9 -> '$1.45B': at most four significant figures, so a
    briefer can quote the figure as the source printed it; the qualifier is spelled out."""
    if amount is None or pd.isna(amount):
        return "—"
    value, unit = scale(float(amount), lang)
    decimals = 2 if abs(value) < 10 else 1
    number = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    words = QUALIFIER_WORDS.get(lang, QUALIFIER_WORDS["en"]).get(str(qualifier), "")
    if lang == "ar":
        return f"{words}{number} {unit} دولار".replace("  ", " ").strip()
    return f"{words}${number}{unit}"


def scale(amount: float, lang: str) -> tuple[float, str]:
    units = {"en": [(1e9, "B"), (1e6, "M"), (1e3, "K")],
             "ar": [(1e9, "مليار"), (1e6, "مليون"), (1e3, "ألف")]}[lang if lang == "ar" else "en"]
    for size, unit in units:
        if abs(amount) >= size:
            return amount / size, unit
    return amount, ""


def format_count(value: float | int | None, lang: str = "en") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{round(value):,}"


def format_date(value, precision: str = "day", lang: str = "en") -> str:
    """A date at its precision: '8 June 2023', 'June 2023' or '2023' (Arabic month names)."""
    if value is None or pd.isna(value):
        return "—"
    stamp = pd.Timestamp(value)
    month = (MONTHS_AR if lang == "ar" else MONTHS_EN)[stamp.month - 1]
    if precision == "year":
        return f"{stamp.year}"
    if precision == "month":
        return f"{month} {stamp.year}"
    return f"{stamp.day} {month} {stamp.year}"
