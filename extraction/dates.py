"""Folded article text and its publication date -> absolute and relative dates resolved to values.

Rules: a bare weekday is the latest such day on or before publication (the same day counts)
unless the sentence is in the future tense; "last/الماضي/الفائت" means strictly before and
"next/المقبل/القادم" strictly after; a day or month without a year takes the year that puts it
nearest to publication, a future date weighing double; numeric dates are day/month/year.
Weeks ("last week", "الأسبوع الماضي") are not resolved: no week precision exists.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from extraction.normalize import FoldedText, scripts_in
from extraction.sentences import sentence_span

EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
AR_MONTHS = {  # folded spellings
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "افريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
}
# Month names that are also common words need a day, a year, a dual form or "شهر".
_AR_WEAK_MONTHS = {"اب", "مارس"}
EN_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
AR_WEEKDAYS = {
    "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5,
    "الاحد": 6,
}
EN_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
AR_DAY_COUNTS = {"يومين": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7}


def _alternation(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len,
                                                                         reverse=True))


_EN_MONTH = rf"(?:{'|'.join(m.capitalize() for m in sorted(EN_MONTHS, key=len, reverse=True))})"
_AR_MONTH = rf"(?:{_alternation(AR_MONTHS)})"
_AR_MONTH_DUAL = (
    rf"(?P<m1>{_AR_MONTH})(?:\s*/\s*(?P<m2>{_AR_MONTH})|\s*\(\s*(?P<m3>{_AR_MONTH})\s*\))?"
)
_PAST = r"الماضي|الماضيه|الفائت|الفائته|المنصرم|السابق"
_NEXT = r"المقبل|المقبله|القادم|القادمه"
_EN_WEEKDAY = rf"(?:{'|'.join(d.capitalize() for d in EN_WEEKDAYS)})"
_AR_WEEKDAY = rf"(?:{_alternation(AR_WEEKDAYS)})"

PATTERNS = [
    ("iso", r"(?<![\d/-])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?![\d/-])"),
    ("numeric", r"(?<![\d/.])(?P<d>\d{1,2})[/.](?P<mo>\d{1,2})[/.](?P<y>\d{4})(?![\d/])"),
    ("en_dmy", rf"(?<!\w)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mo>{_EN_MONTH})\.?"
               r"(?:,?\s+(?P<y>\d{4}))?(?!\w)"),
    ("en_mdy", rf"(?<!\w)(?P<mo>{_EN_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
               r"(?:,?\s+(?P<y>\d{4}))?(?!\w)"),
    ("en_my", rf"(?<!\w)(?P<mo>{_EN_MONTH})\.?,?\s+(?:of\s+)?(?P<y>\d{{4}})(?!\w)"),
    ("en_rel_month", rf"(?<!\w)(?P<dir>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?|[Ii]n|"
                     rf"[Ss]ince|[Uu]ntil|[Bb]y)\s+(?P<mo>{_EN_MONTH})(?!\w)"),
    ("ar_date", rf"(?<!\w)(?:[وف]?(?P<d>\d{{1,2}})\s+)?(?P<pre>[وفبل]?(?:شهر\s+)?)(?:من\s+)?"
                rf"{_AR_MONTH_DUAL}(?:\s+(?P<dir>{_PAST}|{_NEXT}))?"
                r"(?:\s*(?:من\s+)?(?:عام|العام|سنه)?\s*(?P<y>\d{4}))?(?!\w)"),
    ("year", r"(?<!\w)(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Tt]hrough|[Ff]rom|[Ee]arly|"
             r"[Ll]ate|[Mm]id-|[Ee]nd\s+of|[Ss]tart\s+of|عام|العام|سنه|[وف]?في|[وف]?منذ|خلال|"
             r"حتي|مطلع|اواخر|اوائل|نهايه|بدايه)\s+(?P<y>(?:19|20)\d{2})(?![\w%])"),
    ("en_day_word", r"(?<!\w)(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow)(?!\w)"),
    ("en_weekday", rf"(?<!\w)(?:(?P<dir>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his)\s+)?"
                   rf"(?P<wd>{_EN_WEEKDAY})(?!\w)"),
    ("en_rel_period", r"(?<!\w)(?P<dir>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+this)"
                      r"\s+(?P<unit>month|year)(?!\w)"),
    ("en_days_ago", r"(?<!\w)(?P<n>\d{1,2}|two|three|four|five|six|seven)\s+days\s+ago(?!\w)"),
    ("ar_weekday", rf"(?<!\w)[وف]?(?:(?P<yest>امس|اول\s+امس|اول\s+من\s+امس|اليوم|غدا)\s+)?"
                   r"(?:(?:يوم|نهار|ليله|مساء|صباح)\s+)?"
                   rf"(?P<wd>{_AR_WEEKDAY})(?:\s+(?P<dir>{_PAST}|{_NEXT}))?(?!\w)"),
    ("ar_day_word", r"(?<!\w)[وف]?(?P<word>اول\s+(?:من\s+)?امس|ب?الامس|امس|غدا|يوم\s+غد|"
                    r"بعد\s+غد|اليوم)(?!\w)"),
    ("ar_rel_period", rf"(?<!\w)[وف]?(?:(?:[لبف]?ال(?P<unit>شهر|عام|سنه))\s+(?P<dir>{_PAST}|{_NEXT}"
                      r"|الجاري|الجاريه|الحالي|الحاليه)|(?:هذا|هذه)\s+(?P<unit2>الشهر|العام|السنه))"
                      r"(?!\w)"),
    ("ar_days_ago", r"(?<!\w)قبل\s+(?:(?P<n>\d{1,2})\s+ايام|(?P<word>يومين|ثلاثه|اربعه|خمسه|"
                    r"سته|سبعه)(?:\s+ايام)?)(?!\w)"),
]
_COMPILED = [(name, re.compile(pattern)) for name, pattern in PATTERNS]
_TODAY_NOT = re.compile(r"^\s+(?:الاول|الثاني|الثالث|العالمي|الوطني|التالي|الذي|نفسه|ذاته)")
_BOTH_NOT = re.compile(r"(?:كلا|بين)\s+$")
_FUTURE = re.compile(
    r"(?<!\w)(?:will|would|is\s+due|are\s+due|(?:is|are)\s+scheduled|(?:is|are)\s+expected|"
    r"to\s+be\s+held|set\s+to|plans?\s+to|سوف|من\s+المقرر|من\s+المنتظر|من\s+المتوقع|"
    r"[وف]?س[يت](?:عقد|جتمع|لتقي|زور|بدا|نطلق|صل|توجه|ستضيف|شارك|ناقش|علن|قدم)\w*)(?!\w)",
    re.IGNORECASE,
)


def _shift_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _nearest_year(published: date, month: int, day: int | None) -> int:
    def distance(year: int) -> float:
        try:
            candidate = date(year, month, day or 1)
        except ValueError:
            return float("inf")
        if day is None:
            gap = (year * 12 + month) - (published.year * 12 + published.month)
        else:
            gap = (candidate - published).days
        return 2 * gap if gap > 0 else -gap

    return min((published.year - 1, published.year, published.year + 1), key=distance)


def _weekday_date(published: date, weekday: int, direction: str) -> date:
    back = (published.weekday() - weekday) % 7
    if direction == "past":
        return published - timedelta(days=back or 7)
    ahead = (weekday - published.weekday()) % 7
    if direction == "next":
        return published + timedelta(days=ahead or 7)
    if direction == "future":
        return published + timedelta(days=ahead)
    return published - timedelta(days=back)


def _direction(word: str | None) -> str:
    if not word:
        return "bare"
    word = word.lower()
    if word in ("last", "this past") or re.fullmatch(_PAST, word):
        return "past"
    if word == "next" or re.fullmatch(_NEXT, word):
        return "next"
    return "bare"


def _value(year: int, month: int | None = None, day: int | None = None) -> tuple[str, str] | None:
    try:
        if day is not None:
            return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None
    if month is not None:
        return (f"{year:04d}-{month:02d}", "month") if 1 <= month <= 12 else None
    return f"{year:04d}", "year"


def _absolute(name: str, groups: dict, published: date | None) -> tuple[str, str] | None:
    year = int(groups["y"]) if groups.get("y") else None
    day = int(groups["d"]) if groups.get("d") else None
    if name in ("iso", "numeric"):
        return _value(year, int(groups["mo"]), day)
    if name == "year":
        return _value(year) if 1990 <= year <= 2100 else None
    month = EN_MONTHS[groups["mo"].lower().rstrip(".")]
    if year is None:
        if published is None:
            return None
        year = _nearest_year(published, month, day)
    return _value(year, month, day)


def _relative_month(groups: dict, published: date | None, month: int) -> tuple[str, str] | None:
    if published is None:
        return None
    direction = _direction(groups.get("dir"))
    if direction == "past":
        months_back = (published.month - month) % 12 or 12
        return _value(*_shift_months(published.replace(day=1), -months_back))
    if direction == "next":
        months_ahead = (month - published.month) % 12 or 12
        return _value(*_shift_months(published.replace(day=1), months_ahead))
    return _value(_nearest_year(published, month, None), month)


def _arabic_date(groups: dict, published: date | None) -> tuple[tuple[str, str], bool] | None:
    month = AR_MONTHS[" ".join(groups["m1"].split())]
    has_dual = bool(groups.get("m2") or groups.get("m3"))
    day, year = groups.get("d"), groups.get("y")
    if groups.get("dir") and not day and not year:
        return _relative_month(groups, published, month), True
    if not (day or year or has_dual or "شهر" in groups["pre"]):
        return None
    if not (day or year) and groups["m1"] in _AR_WEAK_MONTHS and not has_dual:
        return None
    if year:
        return _value(int(year), month, int(day) if day else None), False
    if published is None:
        return None
    day_number = int(day) if day else None
    return _value(_nearest_year(published, month, day_number), month, day_number), True


def _future_sentence(text: str, start: int) -> bool:
    sentence_start, _ = sentence_span(text, start)
    return bool(_FUTURE.search(text, sentence_start, start))


def _relative(name: str, match: re.Match, text: str, published: date) -> tuple[str, str] | None:
    groups = match.groupdict()
    if name in ("en_weekday", "ar_weekday"):
        return _weekday(name, match, text, published)
    if name == "en_rel_month":
        return _relative_month(groups, published, EN_MONTHS[groups["mo"].lower()])
    if name in ("en_day_word", "ar_day_word"):
        return _day_word(groups["word"], match, text, published)
    if name in ("en_days_ago", "ar_days_ago"):
        count = groups.get("n") or groups.get("word")
        days = int(count) if count.isdigit() else {**EN_NUMBER_WORDS, **AR_DAY_COUNTS}[count]
        return _value(*_ymd(published - timedelta(days=days)))
    return _relative_period(groups, published)


def _ymd(day: date) -> tuple[int, int, int]:
    return day.year, day.month, day.day


def _weekday(name: str, match: re.Match, text: str, published: date) -> tuple[str, str] | None:
    groups = match.groupdict()
    if name == "ar_weekday" and _BOTH_NOT.search(text[max(0, match.start() - 6):match.start()]):
        return None  # 'كلا الاثنين' = both of them
    weekday_name = " ".join(groups["wd"].split()).lower()
    weekday = EN_WEEKDAYS.get(weekday_name, AR_WEEKDAYS.get(weekday_name))
    if groups.get("yest"):  # 'أمس الأربعاء', 'اليوم الخميس': the day word decides
        return _day_word(groups["yest"], match, text, published)
    direction = _direction(groups.get("dir"))
    if direction == "bare" and _future_sentence(text, match.start()):
        direction = "future"
    return _value(*_ymd(_weekday_date(published, weekday, direction)))


def _day_word(word: str, match: re.Match, text: str, published: date) -> tuple[str, str] | None:
    word = " ".join(word.lower().split())
    if word == "اليوم" and _TODAY_NOT.match(text[match.end():match.end() + 12]):
        return None
    offsets = {"yesterday": -1, "today": 0, "tomorrow": 1, "امس": -1, "الامس": -1,
               "بالامس": -1, "غدا": 1, "يوم غد": 1, "بعد غد": 2, "اليوم": 0}
    offset = offsets.get(word, -2)  # the rest are 'أول أمس' forms
    return _value(*_ymd(published + timedelta(days=offset)))


def _relative_period(groups: dict, published: date) -> tuple[str, str] | None:
    unit = (groups.get("unit") or groups.get("unit2") or "").replace("ال", "", 1)
    word = (groups.get("dir") or "").lower()
    step = {"past": -1, "next": 1}.get(_direction(word), 0)
    if unit in ("month", "شهر"):
        return _value(*_shift_months(published.replace(day=1), step))
    return _value(published.year + step)


def find_dates(folded: FoldedText, published: date | None) -> list[tuple[int, int, dict]]:
    """(folded start, folded end, date item) in reading order; longer matches win overlaps."""
    text = folded.text
    scripts = scripts_in(text)
    found = []
    for name, pattern in _COMPILED:
        if name[:2] in ("en", "ar") and name[:2] not in scripts:
            continue
        for match in pattern.finditer(text):
            resolved = _resolve(name, match, text, published)
            if resolved is not None:
                found.append((match.start(), match.end(), resolved))
    kept: list[tuple[int, int, tuple]] = []
    for start, end, resolved in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if all(end <= other_start or start >= other_end for other_start, other_end, _ in kept):
            kept.append((start, end, resolved))
    return [
        (start, end, {**folded.item(start, end), "value": value, "precision": precision,
                      "relative": relative})
        for start, end, ((value, precision), relative) in sorted(kept)
    ]


_ABSOLUTE = {"iso", "numeric", "en_dmy", "en_mdy", "en_my", "year"}


def _resolve(name: str, match: re.Match, text: str, published: date | None):
    groups = match.groupdict()
    if name in _ABSOLUTE:
        resolved = _absolute(name, groups, published)
        return None if resolved is None else (resolved, not groups.get("y"))
    if name == "ar_date":
        result = _arabic_date(groups, published)
        return None if result is None or result[0] is None else result
    if published is None:
        return None
    resolved = _relative(name, match, text, published)
    return None if resolved is None else (resolved, True)
