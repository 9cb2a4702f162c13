"""Folded article text -> counts of the Coalition's membership (totals and ordinals) with dates.

Only membership counts: "85 عضواً" needs التحالف in the sentence; "86 دولة" needs a
membership verb (يضم, المكون من, البالغ عددها...) right before it; English "86 members"
needs coalition/membership in the sentence, while "86-member coalition" and "coalition of 86
countries" carry their own context. Delegations, signatories and countries of origin never count.
The count's date is the publication date when a present-tense phrase leads to it ("now has",
"البالغ عددهم", "يضم"), else the nearest date in the same sentence, else the publication date.
"""

from __future__ import annotations

import re
from datetime import date

from extraction.dates import _matches
from extraction.normalize import FoldedText, scripts_in
from extraction.numbers import (
    ENGLISH_ORDINAL_UNITS,
    ENGLISH_TENS,
    ENGLISH_UNITS,
    parse_english_cardinal,
    parse_english_ordinal,
)
from extraction.sentences import sentence_span

_CARDINAL_WORD = (
    rf"(?:(?:{'|'.join(ENGLISH_TENS)})(?:-(?:{'|'.join(list(ENGLISH_UNITS)[:9])}))?"
    rf"|{'|'.join(sorted(ENGLISH_UNITS, key=len, reverse=True))})"
)
_ORDINAL_WORD = (
    rf"(?:(?:(?:{'|'.join(ENGLISH_TENS)})-)?(?:{'|'.join(ENGLISH_ORDINAL_UNITS)})"
    rf"|(?:{'|'.join(t[:-1] for t in ENGLISH_TENS)})ieth)"
)
_EN_NUMBER = rf"(?P<n>\d{{2,3}}|{_CARDINAL_WORD})"
_MEMBER_NOUN = r"(?:members|partners|member\s+(?:states|countries|nations))"
_COUNTRY_NOUN = r"(?:countries|nations|states|members|partners)"
_MEMBERSHIP_VERB_AR = (
    r"(?:يضم|تضم|يتالف\s+من|يتكون\s+من|المكون\s+من|المؤلف\s+من|المتكون\s+من|البالغ\s+عدد\w*|"
    r"عدد\s+اعضائ?\w*|بات\s+يضم|اصبح\s+يضم|ان?ضم\w*\s+(?:اليه\w*|الي)|[يت]نضم\w*|"
    r"المنضم\w*|[يت]نضوي|المنضوي\w*)(?:\s+\S+){0,3}\s*$"
)
_AR_ORDINAL_UNIT = (r"(?:الحادي|الحاديه|الثاني|الثانيه|الثالث|الثالثه|الرابع|الرابعه|الخامس|"
                    r"الخامسه|السادس|السادسه|السابع|السابعه|الثامن|الثامنه|التاسع|التاسعه)")
_AR_ORDINAL_TENS = r"(?:العشر|الثلاث|الاربع|الخمس|الست|السبع|الثمان|التسع)(?:ين|ون)"
AR_ORDINAL_VALUES = {
    "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العشر": 20, "الثلاث": 30, "الاربع": 40, "الخمس": 50, "الست": 60,
    "السبع": 70, "الثمان": 80, "التسع": 90,
}
PATTERNS = [
    ("total", "en_adjective", rf"(?<![\w-]){_EN_NUMBER}[-\s](?:member|nation|country|state|partner)"
                              r"s?\s+(?:global\s+|international\s+|anti-isis\s+|us-led\s+)?"
                              r"(?:coalition|alliance)(?!\w)"),
    ("total", "en_of", r"(?<!\w)(?:coalition|alliance)(?:'s)?\W+(?:\w+\W+){0,3}?"
                       r"(?:of|has|comprises|"
                       r"includes|counts|numbers|grew\s+to|has\s+grown\s+to|now\s+has|totals?)\s+"
                       rf"(?:some\s+|more\s+than\s+|over\s+|nearly\s+)?{_EN_NUMBER}\s+"
                       rf"{_COUNTRY_NOUN}(?!\w)"),
    ("total", "en_membership", r"(?<!\w)membership\s+(?:to|of|at|reached|stands\s+at|rose\s+to|"
                               rf"now\s+stands\s+at)\s+{_EN_NUMBER}(?!\w)"),
    ("total", "en_members", rf"(?<![\w-]){_EN_NUMBER}\s+{_MEMBER_NOUN}(?!\w)"),
    ("ordinal", "en_ordinal", rf"(?<!\w)(?P<n>\d{{1,3}}(?:st|nd|rd|th)|{_ORDINAL_WORD})\s+"
                              r"(?:member|partner|country|nation|state)(?!\w)"),
    ("total", "ar_members", r"(?<!\w)(?P<n>\d{2,3})\s+(?:عضوا|عضو|اعضاء|دوله\s+عضوا|دوله\s+وشريكا|"
                            r"شريكا|شريك)(?!\w)"),
    ("total", "ar_countries", r"(?<!\w)(?P<n>\d{2,3})\s+(?:دوله|بلدا)(?!\w)"),
    ("ordinal", "ar_ordinal", r"(?<!\w)[وف]?(?:العضو|الدوله|الشريك|عضوا)\s+(?:ال|رقم\s*)\s*"
                              r"(?P<n>\d{1,3})"
                              r"(?!\w)"),
    # 'العضو السادس والثمانين', 'الدولة الحادية والثمانين', 'العضو التسعين'
    ("ordinal", "ar_ordinal_word", r"(?<!\w)[وف]?(?:العضو|الدوله|الشريك|عضوا)\s+"
                                   rf"(?P<n>{_AR_ORDINAL_UNIT}\s+و{_AR_ORDINAL_TENS}|"
                                   rf"{_AR_ORDINAL_TENS})(?!\w)"),
    # 'الدول الأعضاء الـ85', 'الشركاء الـ86'
    ("total", "ar_members_def", r"(?<!\w)(?:الدول\s+)?(?:الاعضاء|الشركاء|الشريكه)\s+ال\s?"
                                r"(?P<n>\d{2,3})(?!\w)"),
]
_COMPILED = [(kind, name, re.compile(pattern, re.IGNORECASE)) for kind, name, pattern in PATTERNS]
_COALITION = re.compile(r"coalition|التحالف|للتحالف|بالتحالف|membership|عضويه", re.IGNORECASE)
_MEMBERSHIP_VERB = re.compile(_MEMBERSHIP_VERB_AR)
# A present-tense membership phrase just before the count ties it to the publication date.
_PRESENT_BEFORE = re.compile(
    r"(?<!\w)(?:now|currently|today|has|have|comprises|counts|numbers|حاليا|الان|"
    r"البالغ\s+عدد\w*|يبلغ\s+عدد\w*|[وف]?[يت]ضم|ان?ضم\w*\s+اليه\w*|"
    r"(?:whose|its)(?=\s+\S+\s+(?:members|partners)))\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
# "became the 83rd member" / "لتصبح العضو رقم 79" names membership without the word coalition.
_BECAME = re.compile(
    r"(?:became|becomes|become|becoming|joined\s+as|[لو]?[تي]صبح|اصبحت|اصبح)\s+(?:the\s+)?"
    r"(?:\w+\s+)?$",
    re.IGNORECASE,
)
_NEEDS_COALITION = {"en_members", "en_ordinal", "ar_members", "ar_ordinal", "ar_countries",
                    "ar_ordinal_word", "ar_members_def"}
# The nearest organisation named before a count decides whose members are counted.
_ORGANISATION = re.compile(
    r"coalition|alliance|التحالف|للتحالف|بالتحالف|"
    r"(?P<other>united\s+nations|\bun\b|\bu\.n\.|european\s+union|\beu\b|arab\s+league|"
    r"\bnato\b|african\s+union|security\s+council|\boic\b|organi[sz]ation\s+of\s+islamic|"
    r"الامم\s+المتحده|الاتحاد\s+الاوروبي|الاتحاد\s+الافريقي|الجامعه\s+العربيه|"
    r"جامعه\s+الدول\s+العربيه|حلف\s+(?:شمال\s+الاطلسي|الناتو)|الناتو|مجلس\s+الامن|"
    r"منظمه\s+التعاون\s+الاسلامي)",
    re.IGNORECASE,
)
# A date introduced by 'since/منذ' starts a period; it is not the date of a count.
_SINCE_BEFORE = re.compile(r"(?:since|منذ)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_MIN_TOTAL, _MAX_TOTAL = 10, 200
_MEMBERSHIP_WORD = re.compile(r"member|partner|coalition|alliance|عضو|تحالف|شريك|دوله",
                              re.IGNORECASE)


_TRIGGERS = ("member", "partner", "nation", "countr", "state", "coalition", "alliance", "عضو",
             "دوله", "بلدا", "شريك", "اعضاء", "الشركاء")
_BEFORE, _AFTER = 90, 90


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged windows around membership words; the count patterns run only inside them."""
    low = text.lower()
    spans = []
    for word in _TRIGGERS:
        index = low.find(word)
        while index != -1:
            spans.append(index)
            index = low.find(word, index + 1)
    merged: list[list[int]] = []
    for index in sorted(spans):
        start, end = max(0, index - _BEFORE), min(len(text), index + _AFTER)
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _number(raw: str, kind: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    if raw.startswith("ال") and raw[:3] != "ال " and "\u0600" <= raw[-1] <= "\u06ff":
        return _arabic_ordinal(raw)
    if kind == "ordinal":
        return parse_english_ordinal(raw)
    return parse_english_cardinal(raw)


def _arabic_ordinal(raw: str) -> int | None:
    """'السادس والثمانين' -> 86, 'الحاديه والثمانين' -> 81, 'التسعين' -> 90."""
    total = 0
    for word in raw.split():
        word = word.removeprefix("و")
        for stem, value in AR_ORDINAL_VALUES.items():
            if word in (stem, stem + "ه", stem + "ين", stem + "ون"):
                total += value
                break
        else:
            return None
    return total or None


def _other_organisation(text: str, sentence_start: int, position: int) -> bool:
    """True when the nearest organisation named before the count is not the Coalition."""
    found = list(_ORGANISATION.finditer(text, max(sentence_start, position - 80), position))
    return bool(found) and found[-1].group("other") is not None


def _is_membership(name: str, match: re.Match, text: str) -> bool:
    sentence_start, sentence_end = sentence_span(text, match.start())
    if _other_organisation(text, sentence_start, match.start()):
        return False
    joined = name.endswith("ordinal") and _BECAME.search(text[max(0, match.start() - 25):
                                                               match.start()])
    if name in _NEEDS_COALITION and not joined and not _COALITION.search(
            text, sentence_start, sentence_end):
        return False
    if name == "ar_countries":
        return bool(_MEMBERSHIP_VERB.search(text[max(sentence_start, match.start() - 40):
                                                 match.start()]))
    return True


def _after(value: str, published: date | None) -> bool:
    """True when a date value lies after publication (a count cannot be observed then)."""
    return published is not None and value > published.isoformat()[:len(value)]


def _sentence_date(dates: list[tuple[int, int, dict]], text: str, position: int,
                   published: date | None) -> dict | None:
    """Nearest past date in the count's sentence, unless the count is in the present tense."""
    if _PRESENT_BEFORE.search(text[max(0, position - 50):position]):
        return None
    sentence_start, sentence_end = sentence_span(text, position)
    inside = [
        (abs(start - position), item) for start, end, item in dates
        if sentence_start <= start and end <= sentence_end
        and not _after(item["value"], published)
        and not _SINCE_BEFORE.search(text, max(0, start - 20), start)
        and item["text"][:5].lower() not in ("since", "منذ ")
    ]
    return min(inside, key=lambda pair: pair[0])[1] if inside else None


def find_member_counts(folded: FoldedText, dates: list[tuple[int, int, dict]],
                       published: date | None) -> list[dict]:
    """Membership counts; `dates` are (folded start, folded end, date item) triples."""
    text = folded.text
    if not _MEMBERSHIP_WORD.search(text):
        return []
    scripts = scripts_in(text)
    windows = _windows(text)
    found = []
    for kind, name, pattern in _COMPILED:
        if name[:2] not in scripts:
            continue
        for match in _matches(pattern, text, windows):
            count = _number(match.group("n"), kind)
            if count is None or not _is_membership(name, match, text):
                continue
            if kind == "total" and not _MIN_TOTAL <= count <= _MAX_TOTAL:
                continue
            found.append((match.start(), match.end(), count, kind))
    items, last_end = [], -1
    for start, end, count, kind in sorted(found, key=lambda f: (f[0], f[0] - f[1])):
        if start < last_end:
            continue
        last_end = end
        sentence_date = _sentence_date(dates, text, start, published)
        items.append({
            **folded.item(start, end), "count": count, "kind": kind,
            "date": sentence_date["value"] if sentence_date else _iso(published),
            "date_precision": sentence_date["precision"] if sentence_date else (
                "day" if published else None),
        })
    return items


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
