"""Folded article text and its publication date -> absolute and relative dates resolved to values.

Rules: a bare weekday is the latest such day on or before publication (the same day counts)
unless the sentence is in the future tense; "last/الماضي/الفائت" means strictly before and
"next/المقبل/القادم/الجاي" strictly after; "since August" is on or before publication; a day or
month without a year takes the year that puts it nearest to publication, a future date weighing
double; numeric dates are day/month/year unless the second number is over 12 ("3/14/2023").
A week ("last week", "الأسبوع الماضي") resolves to the month holding the Thursday of that
Monday-Sunday week (precision month). A year range ("2014-2017", "between 2014 and 2017",
"بين عامي 2014 و2017") gives two year dates; a day range ("3-17 May", "يومي 20 و21 تشرين
الثاني") gives two day dates.

Speed: each pattern runs only inside small windows around its trigger words (a month, weekday,
4-digit number, day word or period word), found with `str.find` or one cheap regex per family.
"""

from __future__ import annotations

import re
from bisect import bisect_right
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
    # Maghrebi names (Moroccan and Algerian press): 'شتنبر ٢٠١٤', 'يوليوز', 'غشت'
    "ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12, "جانفي": 1,
    "فيفري": 2, "جوان": 6, "جويلية": 7, "اوت": 8,
}
# Month names that are also common words need a day, a year, a dual form or "شهر".
_AR_WEAK_MONTHS = {"اب", "مارس", "ماي", "اوت", "جوان"}
EN_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
AR_WEEKDAYS = {
    "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5,
    "الاحد": 6,
}
EN_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                   "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
AR_DAY_COUNTS = {"يومين": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7}
AR_WEEK_COUNTS = {"اسبوع": 1, "اسبوعين": 2}
_AR_ORDINAL_UNITS = {
    "الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
    "السابع": 7, "الثامن": 8, "التاسع": 9,
}
# 'العاشر من كانون الأول': ordinal day words 1-31 (folded); 'الاول/الثاني' alone need 'من' + month.
AR_DAY_ORDINALS = {
    **_AR_ORDINAL_UNITS, "العاشر": 10, "العشرين": 20, "الثلاثين": 30,
    **{f"{word} عشر": 10 + value for word, value in _AR_ORDINAL_UNITS.items() if value > 0},
    **{f"{word} والعشرين": 20 + value for word, value in _AR_ORDINAL_UNITS.items()},
    "الحادي والثلاثين": 31,
}
AR_DAY_ORDINALS.pop("الاول عشر", None)


def _alternation(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len,
                                                                         reverse=True))


_EN_MONTH = rf"(?:{'|'.join(m.capitalize() for m in sorted(EN_MONTHS, key=len, reverse=True))})"
# With a day or a year beside it a month may be in capitals ('FEBRUARY 6 — Ministers meet', a
# timeline's heading); alone, 'MAY' or 'MARCH' in capitals is too often a word.
_EN_MONTH_ANY = (rf"(?:{_EN_MONTH}|"
                 rf"{'|'.join(m.upper() for m in sorted(EN_MONTHS, key=len, reverse=True))})")
_AR_MONTH = rf"(?:{_alternation(AR_MONTHS)})"
_AR_MONTH_DUAL = (
    rf"(?P<m1>{_AR_MONTH})(?:\s*/\s*(?P<m2>{_AR_MONTH})|\s*\(\s*(?P<m3>{_AR_MONTH})\s*\))?"
)
_PAST = r"الماضي|الماضيه|الفائت|الفائته|المنصرم|المنصرمه|السابق"
_NEXT = r"المقبل|المقبله|القادم|القادمه|الجاي|الجايه|الجديد|الجديده"
_EN_WEEKDAY = rf"(?:{'|'.join(d.capitalize() for d in EN_WEEKDAYS)})"
_AR_WEEKDAY = rf"(?:{_alternation(AR_WEEKDAYS)})"
_YEAR = r"(?:19|20)\d{2}"
_EN_COUNT = r"\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten"

PATTERNS = [
    ("iso", r"(?<![\d/-])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?![\d/-])"),
    ("numeric", r"(?<![\d/.])(?P<d>\d{1,2})[/.](?P<mo>\d{1,2})[/.](?P<y>\d{4})(?![\d/])"),
    ("en_dmy", r"(?<!\w)(?:(?P<d0>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|and|to|until|till)\s*)?"
               rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mo>{_EN_MONTH_ANY})\.?"
               r"(?:,?\s+(?P<y>\d{4}))?(?!\w)"),
    ("en_mdy", rf"(?<!\w)(?P<mo>{_EN_MONTH_ANY})(?P<dot>\.)?[^\S\n]+(?P<d>\d{{1,2}})"
               r"(?:st|nd|rd|th)?"
               r"(?!\d)"
               r"(?:,?\s+(?P<y>\d{4}))?(?!\w)"),
    ("en_my", rf"(?<!\w)(?P<mo>{_EN_MONTH_ANY})\.?,?\s+(?:of\s+)?(?P<y>\d{{4}})(?!\w)"),
    ("en_rel_month", r"(?:(?<=\w)(?P<colon>:)|"  # 'Next update: April.'
                     r"(?<!\w)(?P<dir>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?|[Ii]n|"
                     r"[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hroughout|[Ff]or|"
                     r"[Tt]hrough|(?:[Ee]nd|[Ss]tart|[Bb]eginning|[Mm]iddle)\s+of|[Oo]f|"
                     # 'the January attack': the month names an event's time
                     rf"[Tt]he(?=\s+{_EN_MONTH}[^\S\n]+(?!of\b|and\b)[a-z]{{3,}})))"
                     r"(?:\s+|(?<=-))"  # "mid-March" as well as "mid March"
                     rf"(?P<mo>{_EN_MONTH})(?!\w)(?!\.?[^\S\n]+(?:of\s+)?\d|\.?,[^\S\n]+\d{{4}})"
                     # 'in May last year', 'in March next year': one date of that year
                     r"(?:[^\S\n]+(?P<ydir>last|next|this)[^\S\n]+year(?!\w))?"),
    # A timeline's heading: a month alone, in capitals or not, opening a line before a dash
    # ('APRIL — The population of al-Hol passes 73,000').
    ("en_head_month", rf"(?:(?<=\n)|(?<![\s\S]))(?P<mo>{_EN_MONTH_ANY})(?=[^\S\n]*[—–-][^\S\n])"),
    ("ar_date", r"(?<!\w)(?:(?P<d0>\d{1,2})\s*(?:-|و|الي|حتي)\s*)?"
                rf"(?:[وف]?(?P<d>\d{{1,2}})\s+|(?P<dw>{_alternation(AR_DAY_ORDINALS)})\s+من\s+)?"
                r"(?P<pre>[وفبل]?(?:شهر\s+)?)(?:من\s+)?"
                rf"{_AR_MONTH_DUAL}(?:\s+(?P<dir>{_PAST}|{_NEXT}))?"
                r"(?:\s*(?:من\s+)?(?:عام|العام|سنه)?\s*(?P<y>\d{4})|"
                # 'في يونيو من العام الماضي': a month of last, this or next year
                rf"\s+من\s+(?:العام|السنه)\s+(?P<ydir>{_PAST}|{_NEXT}|الجاري|الجاريه|الحالي|"
                r"الحاليه))?(?!\w)"),
    ("year_range", rf"(?<![\w/.-])(?P<y>{_YEAR})"
                   r"(?P<sep>\s*-\s*|/|\s+(?:and|to|until|till|through)\s+"
                   r"|\s*(?:و|الي|حتي)\s*(?:عام\s+)?)"
                   rf"(?P<y2>{_YEAR}|\d{{2}})(?![\w%/-])"),
    ("year", r"(?<!\w)(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Tt]hrough|[Ff]rom|[Ee]arly|"
             r"[Ll]ate|[Mm]id-|[Ee]nd\s+of|[Ss]tart\s+of|[Bb]etween|[Bb]efore|[Aa]fter|"
             r"(?:months?|half|quarter|beginning|middle|summer|winter|spring|autumn)\s+of|"
             # 'for 2024' (not 'for 2000 families', see _COUNT_AFTER); a season names its year
             # ('summer 2014')
             r"[Ff]or|[Qq][1-4]|[Hh][12]|[Oo]f|"
             r"[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[وف]?(?:صيف|شتاء|ربيع|خريف)|"
             r"[وفبل]?(?:عام|العام|عامي|العامين|سنه)|للعام|للعامين|[وف]?في|[وف]?منذ|خلال|"
             r"حتي|مطلع|اواخر|اوائل|نهايه|بدايه|منتصف|قبل|بعد|[وف]?بين)(?:\s+|(?<=-))"
             r"(?P<y>(?:19|20)\d{2})"
             r"(?![\w%])"),
    # (round 21: 'the day before yesterday', 'the day after tomorrow')
    ("en_day_word", r"(?<!\w)(?P<word>(?:[Tt]he\s+day\s+before\s+)?[Yy]esterday|[Tt]oday|"
                    r"(?:[Tt]he\s+day\s+after\s+)?[Tt]omorrow)(?!\w)"),
    ("en_weekday", rf"(?<!\w)(?:(?P<dir>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his)\s+)?"
                   rf"(?P<wd>{_EN_WEEKDAY})(?!\w)"),
    ("en_rel_period", r"(?<!\w)(?P<dir>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+this|"
                      r"(?:[Tt]he\s+)?[Cc]urrent|"
                      r"[Ee]arlier\s+in\s+the|[Ll]ater\s+in\s+the|"
                      r"(?:[Ss]tart|[Bb]eginning|[Ee]nd|[Mm]iddle|[Rr]est|[Tt]urn)\s+of\s+the|"
                      # 'in the first two months of the year', 'the last weeks of the year'
                      r"(?:[Ff]irst|[Ll]ast|[Oo]pening|[Cc]losing|[Ff]inal)\s+(?:[a-z]+\s+)?"
                      r"(?:months|weeks|days|quarter|half)\s+of\s+the)"
                      # 'the current financial year' is no date: a fiscal year straddles two
                      # calendar years (April-March, October-September)
                      r"\s+(?P<unit>week|month|year)(?!\w)"),
    # 'for this year and next': two dates, the second one elliptical
    ("en_and_next", r"(?<!\w)(?P<this>[Tt]his)\s+(?P<unit>year|month|week)\s+and\s+(?P<dir>next)"
                    r"(?!\w)(?![^\S\n]+(?:year|month|week)(?!\w))"),
    # 'Two years ago' opening a sentence; 'a decade ago'; 'Ten years ago this month' is a month
    ("en_ago", rf"(?<!\w)(?P<n>(?i:{_EN_COUNT}))\s+(?P<unit>days?|weeks?|months?|years?|decades?)"
               r"\s+ago(?!\w)(?:[^\S\n]+(?P<this>this\s+month)(?!\w))?"),
    # ('مساء غد /الثلاثاء/', 'مساء غد الجمعة': tomorrow, named)
    ("ar_weekday", rf"(?<!\w)[وف]?(?:(?P<yest>امس|اول\s+امس|اول\s+من\s+امس|اليوم|غدا|"
                   r"(?<=مساء\s)غد|(?<=صباح\s)غد)[\s/]+)?"
                   r"(?:(?:يوم|نهار|ليله|ليل|مساء|صباح)\s+)?"
                   rf"(?P<wd>{_AR_WEEKDAY})(?:\s+(?P<dir>{_PAST}|{_NEXT}))?(?!\w)"),
    ("ar_day_word", r"(?<!\w)[وف]?(?P<word>اول\s+(?:من\s+)?امس|امس\s+الاول|ب?الامس|امس|غدا|"
                    r"يوم\s+غد|بعد\s+غد|اليوم)(?!\w)"),
    ("ar_rel_period", r"(?<!\w)[وفبل]?(?:(?:لل|[لبف]?ال)(?P<unit>شهر|عام|سنه|اسبوع)\s+"
                      r"(?:(?:ال)?ماليه?\s+)?"
                      rf"(?P<dir>{_PAST}|{_NEXT}|الجاري|الجاريه|الحالي|الحاليه)|(?:هذا|هذه)\s+"
                      r"(?P<unit2>الشهر|العام|السنه|الاسبوع))(?!\w)"),
    # 'مطلع العام', 'قبل نهاية العام': this year (a year word after it is another pattern's:
    # 'نهاية العام الماضي', 'نهاية العام 2015')
    ("ar_period_part", r"(?<!\w)(?:مطلع|بدايه|نهايه|اواخر|اوائل|منتصف|اواسط)\s+"
                       r"(?P<unit3>الشهر|العام|السنه)"
                       rf"(?!\s*(?:{_PAST}|{_NEXT}|الجاري|الجاريه|الحالي|الحاليه|نفسه|ذاته|"
                       r"الدراسي|المالي|\d{4}))(?!\w)"),
    # 'في الشهرين الأولين من العام', 'الأسابيع الأخيرة من السنة': this year
    ("ar_months_of_year", r"(?<!\w)(?:ال)?(?:اشهر|شهرين|اسابيع|اسبوعين|ايام)\s+"
                          r"(?:ال)?(?:اولي|اولين|اخيره|اخيرين|الاولي|الاخيره)\s+من\s+(?P<unit3>العام|السنه)"
                          rf"(?!\s*(?:{_PAST}|{_NEXT}|الجاري|الحالي|نفسه|ذاته|الدراسي|المالي|\d{{4}}))"
                          r"(?!\w)"),
    ("ar_day_rel_month", r"(?<!\w)(?:[وفب]?(?P<d>\d{1,2})|"
                         rf"(?P<dw>{_alternation(AR_DAY_ORDINALS)}))\s+من\s+"
                         rf"(?:ال)?شهر\s+(?P<dir>{_PAST}|{_NEXT}|الجاري|الحالي)(?!\w)"),
    ("en_day_rel_month", r"(?<!\w)(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)\s+of\s+"
                         r"(?P<dir>last|next|this)\s+month(?!\w)"),
    ("ar_days_ago", r"(?<!\w)قبل\s+(?:(?P<n>\d{1,2})\s+ايام|(?P<word>يومين|ثلاثه|اربعه|خمسه|"
                    r"سته|سبعه)(?:\s+ايام)?|(?P<week>اسبوعين|اسبوع)|(?P<nw>\d)\s+اسابيع)(?!\w)"),
]
_COMPILED = [(name, re.compile(pattern)) for name, pattern in PATTERNS]

# Trigger family of each pattern; a pattern runs only in windows around its family's triggers.
_FAMILY = {
    "iso": "year", "numeric": "year", "year_range": "year", "year": "year",
    "en_dmy": "enmonth", "en_mdy": "enmonth", "en_my": "enmonth", "en_rel_month": "enmonth",
    "en_head_month": "enmonth",
    "ar_date": "armonth", "en_day_word": "dayword", "ar_day_word": "dayword",
    "en_weekday": "enweekday", "ar_weekday": "arweekday", "en_rel_period": "period",
    "en_ago": "period", "en_and_next": "period", "ar_rel_period": "period", "ar_days_ago": "period",
    "ar_day_rel_month": "armonthword", "ar_months_of_year": "period",
    "en_day_rel_month": "enmonthword",
    "ar_period_part": "arpart",
}
_TRIGGER_WORDS = {
    "enmonth": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
    "armonth": sorted({m.split()[0] for m in AR_MONTHS if m != "اب"}),
    "dayword": ["esterday", "oday", "omorrow", "امس", "غد", "اليوم"],
    "enweekday": [d.capitalize() for d in EN_WEEKDAYS],
    "arweekday": list(AR_WEEKDAYS),
    "period": ["week", "month", "year", " ago", "الشهر", "العام", "السنه", "الاسبوع", "قبل",
               "للشهر", "للعام", "للسنه", "للاسبوع"],  # ل + ال is written لل
    "armonthword": ["شهر"], "enmonthword": [" month"],
    "arpart": ["مطلع", "بدايه", "نهايه", "اواخر", "اوائل", "منتصف", "اواسط"],
}
_TRIGGER_RE = {
    "year": re.compile(r"\d{4}"),
    "armonth": re.compile(r"اب(?!\w)"),  # 'آب' (August) is too short for a substring search
}

# "اليوم" that is not today: an ordinal or adjective follows, or a closing quote ends a name
# it belongs to (a newspaper such as «الخليج اليوم»).
_TODAY_NOT = re.compile(r"^(?:\s+(?:الاول|الثاني|الثالث|العالمي|الوطني|التالي|الذي|نفسه|ذاته)"
                        r"|\s*[»”\"])")
_BOTH_NOT = re.compile(r"(?:كلا|بين)\s+$")
_FUTURE = re.compile(
    r"(?<!\w)(?:will|would|is\s+due|are\s+due|(?:is|are)\s+scheduled|(?:is|are)\s+expected|"
    r"(?-i:[Ii]f)|unless|"  # round 21: 'If it closes in July' (a past verb after it still rules)
    r"as\s+early\s+as|as\s+soon\s+as|prepar(?:e|es|ing)\s+to|"
    r"to\s+be\s+held|set\s+to|plans?\s+to|سوف|من\s+المقرر|من\s+المنتظر|من\s+المتوقع|"
    r"[وف]?س[يت](?:عقد|جتمع|لتقي|زور|بدا|نطلق|صل|توجه|ستضيف|شارك|ناقش|علن|قدم)\w*)(?!\w)",
    re.IGNORECASE,
)
# A verb in the past tense in the sentence of an English day without a year ('On February 6
# ministers gathered in Washington', published in December): what happened, so on or before
# publication; a future word anywhere in the sentence keeps the nearest-year reading.
_PAST_TENSE = re.compile(r"(?<![\w'-])(?:was|were|had|did|met|held|took|came|went|gave|fell|began|"
                         r"saw|won|left|made|sent|said|told|agreed|freed|"
                         # '-ed' but not 'hundred', 'need', 'exceed', 'speed', 'indeed'
                         r"(?!hundred(?!\w))[a-z]{2,}(?<!e)ed)(?![\w'-])")
# Word forms of a year range need a range word before the first year.
_RANGE_LEAD = re.compile(r"(?:between|from|in|since|during|covering|spanning|over|for|بين|عامي|"
                         r"العامين|من|منذ|خلال|في|تغطي|يغطي|"
                         r"الفتره|الفتره\s+من)\s+$", re.IGNORECASE)


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


_PAST_RE = re.compile(_PAST)
_NEXT_RE = re.compile(_NEXT)


def _direction(word: str | None) -> str:
    if not word:
        return "bare"
    word = word.lower()
    if word in ("last", "this past") or _PAST_RE.fullmatch(word):
        return "past"
    if word == "next" or _NEXT_RE.fullmatch(word):
        return "next"
    if word == "since":
        return "since"
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


# A deadline or a modal leaves the day where the nearest year puts it ('match every pound you
# give until 31 January', 'should be lodged by 17 April').
_DEADLINE = re.compile(r"(?<!\w)(?:until|till|by|before|deadline|should|must|can|may|shall)(?!\w)")


_SINCE_DAY_LEAD = re.compile(r"(?<!\w)(?:[Ss]ince|[Ee]ver\s+since)\s+(?:the\s+)?$")


def _told_in_the_past(text: str, start: int) -> bool:
    sentence_start, sentence_end = sentence_span(text, start)
    return bool(_PAST_TENSE.search(text, sentence_start, sentence_end)) and not (
        _FUTURE.search(text, sentence_start, sentence_end)
        or _DEADLINE.search(text, sentence_start, sentence_end))


def _absolute(name: str, groups: dict, published: date | None,
              heading: bool = False) -> tuple[str, str] | None:
    year = int(groups["y"]) if groups.get("y") else None
    day = int(groups["d"]) if groups.get("d") else None
    if name == "iso":
        return _value(year, int(groups["mo"]), day)
    if name == "numeric":
        month = int(groups["mo"])
        if month > 12 >= day:  # '3/14/2023': only month/day fits
            day, month = month, day
        return _value(year, month, day)
    if name == "year":
        return _value(year) if 1990 <= year <= 2100 else None
    month = EN_MONTHS[groups["mo"].lower().rstrip(".")]
    if year is None:
        if published is None:
            return None
        if heading:
            return _value(published.year - ((month, day or 1) > (published.month,
                                                                    published.day)), month, day)
        year = _nearest_year(published, month, day)
    return _value(year, month, day)


def _relative_month(groups: dict, published: date | None, month: int,
                    future: bool = False) -> tuple[str, str] | None:
    if published is None:
        return None
    direction = _direction(groups.get("dir"))
    if direction == "past":
        months_back = (published.month - month) % 12 or 12
        return _value(*_shift_months(published.replace(day=1), -months_back))
    if direction == "since":  # 'since January': on or before publication
        return _value(*_shift_months(published.replace(day=1), -((published.month - month) % 12)))
    if direction == "next":
        months_ahead = (month - published.month) % 12 or 12
        return _value(*_shift_months(published.replace(day=1), months_ahead))
    if (groups.get("dir") or "").lower() == "this":  # 'this September': this calendar year's
        return _value(published.year, month)
    if future:  # 'will take place in November', 'is scheduled for October': the coming one
        return _value(published.year + (month < published.month), month)
    return _value(_nearest_year(published, month, None), month)


# A preposition or period word before a bare Arabic month makes it a date ('أُطلق في يناير',
# 'من مايو إلى يوليو', 'في منتصف أكتوبر'), as 'in/until/mid-' do in English.
_AR_MONTH_LEAD = re.compile(r"(?<!\w)[وف]?(?:في|من|الي|حتي|منذ|خلال|منتصف|مطلع|اواخر|اوائل|اواسط|"
                            r"بدايه|نهايه|قبل|بعد|طوال|"
                            # an event named by its month ('هجوم كانون الثاني')
                            r"[بل]?(?:ال)?(?:هجوم|هجمات|معركه|معارك|احداث|اتفاق|مؤتمر|اجتماع|قمه|"
                            r"انتخابات|تفجير|تفجيرات|عمليه|اعلان|بيان))\s+$")


_NOT_YET_BEFORE = re.compile(r"(?<!\w)[وف]?لم\s")
_UNTIL_LEAD_AR = re.compile(r"(?<!\w)[وف]?(?:حتي|لغايه)\s+(?:(?:نهايه|اواخر|منتصف)\s+)?"
                            r"(?:شهر\s+)?$")
_SINCE_LEAD_AR = re.compile(r"(?<!\w)[وف]?منذ\s+(?:شهر\s+)?$")


def _arabic_date(groups: dict, published: date | None,
                 lead: bool = False) -> tuple[tuple[str, str], bool] | None:
    month = AR_MONTHS[" ".join(groups["m1"].split())]
    has_dual = bool(groups.get("m2") or groups.get("m3"))
    day, year = groups.get("d"), groups.get("y")
    if groups.get("dw"):
        day = str(AR_DAY_ORDINALS[" ".join(groups["dw"].split())])
    if groups.get("ydir"):
        if published is None:
            return None
        step = {"past": -1, "next": 1}.get(_direction(groups["ydir"]), 0)
        return _value(published.year + step, month, int(day) if day else None), True
    if groups.get("dir") and not day and not year:
        return _relative_month(groups, published, month), True
    if groups.get("dir") and day and not year and published is not None:
        # 'السادس من فبراير الماضي': the last 6 February before publication, not the nearest
        direction, day_number = _direction(groups["dir"]), int(day)
        if direction == "past":
            later = (month, day_number) >= (published.month, published.day)
            return _value(published.year - later, month, day_number), True
        if direction == "next":
            earlier = (month, day_number) <= (published.month, published.day)
            return _value(published.year + earlier, month, day_number), True
    if not (day or year or has_dual or "شهر" in groups["pre"] or lead):
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


_CLAUSE_BREAK = re.compile(r"[,،;؛:]")
# A past verb between the future word and the date reports a past event ('will end ... under a
# plan announced on Friday'); 'will be held on Friday' is still future.
_PAST_VERB = re.compile(r"(?<!\w)(?<!be\s)(?<!been\s)(?:\w+ed|said|met|held|began|took|made|was|"
                        r"were|signed|agreed|reached|struck)(?!\w)", re.IGNORECASE)


_HAD_BEFORE = re.compile(r"(?<!\w)(?:was|were|had|has\s+been|have\s+been)(?!\w)"
                         r"(?:[^.;]|\.(?=\d))*$",
                         re.IGNORECASE)
_HAD_AFTER = re.compile(r"[^.;]{0,30}?(?<!\w)(?:had|has\s+been|was|were)(?!\w)", re.IGNORECASE)


def _until_word(match: re.Match | None) -> bool:
    """True when the word before 'the end of <Month>' is 'until/till/through' (a time ahead)."""
    return bool(match) and match.group().lower().startswith(("until", "till", "through"))


_UNTIL_BEFORE = re.compile(r"(?<!\w)(?:until|till|through|by)\s+(?:the\s+)?$", re.IGNORECASE)
# A past participle or past verb right before 'in <Month>' ('freed in January', 'was retaken in
# May', 'fell in March'), or before its object's name ('lost Raqqa in October').
_PAST_VERB_BEFORE = re.compile(r"(?<!\w)(?:\w{3,}ed|fell|fought|began|won|was|were|took|held|met|"
                               r"lost|left|rebuilt|retook|broke|struck|taken|retaken|given|driven|"
                               r"fallen|broken|begun|seen|sent|spent|built|hit)(?:\s+(?:back|again))?"
                               r"(?:\s+(?:(?:in|at|from)\s+)?(?-i:[A-Z])[\w-]+){0,2}\s*$",
                               re.IGNORECASE)


def _future_clause(text: str, start: int) -> bool:
    """A future word before the date in its clause, with no past verb after it."""
    sentence_start, _ = sentence_span(text, start)
    window_start = max(sentence_start, start - 160)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, window_start, start)]
    clause_start = breaks[-1] if breaks else window_start
    future = _last(_FUTURE.finditer(text, clause_start, start))
    return future is not None and not _PAST_VERB.search(text, future.end(), start)


def _last(matches):
    """The last of an iterator of matches, or None."""
    last = None
    for last in matches:  # noqa: B007 - only the last one is wanted
        pass
    return last


_LABEL_END = re.compile(r"[^\S\n]*(?:[.;]|\n|$)")


def _relative(name: str, match: re.Match, text: str, published: date) -> tuple[str, str] | None:
    groups = match.groupdict()
    if name in ("en_weekday", "ar_weekday"):
        return _weekday(name, match, text, published)
    if name == "en_rel_month":
        if groups.get("colon") and not _LABEL_END.match(text, match.end()):
            return None  # 'Next update: April.' is a date; 'Note: May be late' is not
        month = EN_MONTHS[groups["mo"].lower()]
        if groups.get("ydir"):
            step = {"last": -1, "next": 1}.get(groups["ydir"].lower(), 0)
            return _value(published.year + step, month)
        lead = (groups.get("dir") or "").lower()
        until = _UNTIL_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if lead in ("until", "till", "through", "by") or until:
            if lead not in ("until", "till", "through") and not _until_word(until) and (
                    _HAD_BEFORE.search(text, max(0, match.start() - 60), match.start())
                    or _HAD_AFTER.match(text, match.end(), match.end() + 40)):
                # 'was only 25 percent funded by the end of September', 'by the end of May it
                # had received': the latest one on or before publication
                return _value(published.year - (month > published.month), month)
            # 'until the end of September': the coming one
            return _value(published.year + (month < published.month), month)
        if lead == "in" and not _future_clause(text, match.start()) and _PAST_VERB_BEFORE.search(
                text, max(0, match.start() - 30), match.start()):
            # 'Kobani, freed in January': the latest one on or before publication
            return _value(published.year - (month > published.month), month)
        return _relative_month(groups, published, month, _future_clause(text, match.start()))
    if name in ("en_day_word", "ar_day_word"):
        return _day_word(groups["word"], match, text, published)
    if name == "en_ago":
        return _ago(groups, published)
    if name in ("ar_day_rel_month", "en_day_rel_month"):
        return _day_of_relative_month(groups, published)
    if name == "ar_days_ago":
        if groups.get("week") or groups.get("nw"):
            weeks = int(groups["nw"]) if groups.get("nw") else AR_WEEK_COUNTS[groups["week"]]
            return _week_month(published - timedelta(weeks=weeks))
        count = groups.get("n") or groups.get("word")
        days = int(count) if count.isdigit() else AR_DAY_COUNTS[count]
        return _value(*_ymd(published - timedelta(days=days)))
    if name == "en_rel_period" and (groups.get("dir") or "")[:4].lower() == "rest" and (
            _HABITUAL.search(text, sentence_span(text, match.start())[0], match.start())):
        return None  # 'remembered every August and forgotten the rest of the year'
    return _relative_period(groups, published)


_HABITUAL = re.compile(r"(?<!\w)(?:every|each)\s+(?:year|month|week|" + "|".join(
    m.capitalize() for m in EN_MONTHS) + r")(?!\w)|(?<!\w)كل\s+(?:عام|سنه|شهر|اسبوع)(?!\w)")


def _ago(groups: dict, published: date) -> tuple[str, str] | None:
    raw = groups["n"].lower()
    count = int(raw) if raw.isdigit() else EN_NUMBER_WORDS[raw]
    unit = groups["unit"].rstrip("s")
    if unit == "decade":
        count, unit = 10 * count, "year"
    if unit == "year" and groups.get("this"):  # 'Ten years ago this month'
        return _value(published.year - count, published.month)
    if unit == "day":
        return _value(*_ymd(published - timedelta(days=count)))
    if unit == "week":
        return _week_month(published - timedelta(weeks=count))
    if unit == "month":
        return _value(*_shift_months(published.replace(day=1), -count))
    return _value(published.year - count)


def _week_month(day: date) -> tuple[str, str] | None:
    """The month of the Thursday of the Monday-Sunday week holding `day` (precision month)."""
    thursday = day - timedelta(days=day.weekday()) + timedelta(days=3)
    return _value(thursday.year, thursday.month)


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
    if direction == "bare" and _future_sentence(text, match.start()) and not (
            name == "en_weekday" and _reported_past(text, match.start())):
        direction = "future"
    return _value(*_ymd(_weekday_date(published, weekday, direction)))


def _reported_past(text: str, start: int) -> bool:
    """A past verb after the sentence's last future word and before the weekday."""
    sentence_start, _ = sentence_span(text, start)
    future = _last(_FUTURE.finditer(text, max(sentence_start, start - 300), start))
    return future is not None and bool(_PAST_VERB.search(text, future.end(), start))


_PER_DAY = re.compile(r"(?:\d|دولار\w*|دينار\w*|ليره|يورو|وجب\w*|مرات|ساعات)\s+(?:في|ب)\s*$")


_THAT_DAY = re.compile(r"(?<!\w)(?:ذلك|ذاك|هذا|ذات|نفس)\s+$")
# A capitalised word right before a capitalised 'Today' in the middle of a sentence: a title.
_NAME_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<![.!?:\n])(?<!^)[A-Z][\w'’]*\s+$")


def _day_word(word: str, match: re.Match, text: str, published: date) -> tuple[str, str] | None:
    word = " ".join(word.lower().split())
    if word == "اليوم" and _TODAY_NOT.match(text[match.end():match.end() + 12]):
        return None
    if word == "اليوم" and _PER_DAY.search(text, max(0, match.start() - 30), match.start()):
        return None  # '١٥ دولاراً في اليوم': per day
    if word == "اليوم" and _THAT_DAY.search(text, max(0, match.start() - 8), match.start()):
        return None  # 'منذ ذلك اليوم': since that day
    if match.groupdict().get("word") == "Today" and _NAME_BEFORE.search(
            text, max(0, match.start() - 24), match.start()):
        return None  # "L'Orient Today", 'USA Today': a title
    offsets = {"yesterday": -1, "today": 0, "tomorrow": 1, "امس": -1, "الامس": -1,
               "بالامس": -1, "غدا": 1, "يوم غد": 1, "بعد غد": 2, "اليوم": 0,
               "the day before yesterday": -2, "the day after tomorrow": 2, "غد": 1}
    offset = offsets.get(word, -2)  # the rest are 'أول أمس' forms
    return _value(*_ymd(published + timedelta(days=offset)))


def _day_of_relative_month(groups: dict, published: date) -> tuple[str, str] | None:
    """'الحادي والعشرين من الشهر الماضي', 'the 21st of last month': a day of that month."""
    day = int(groups["d"]) if groups.get("d") else AR_DAY_ORDINALS[" ".join(groups["dw"].split())]
    step = {"past": -1, "next": 1}.get(_direction(groups["dir"]), 0)
    return _value(*_shift_months(published.replace(day=1), step), day)


def _relative_period(groups: dict, published: date) -> tuple[str, str] | None:
    unit = (groups.get("unit") or groups.get("unit2") or groups.get("unit3") or "").replace(
        "ال", "", 1)
    word = (groups.get("dir") or "").lower()
    step = {"past": -1, "next": 1}.get(_direction(word), 0)
    if unit in ("week", "اسبوع"):
        return _week_month(published + timedelta(weeks=step))
    if unit in ("month", "شهر"):
        return _value(*_shift_months(published.replace(day=1), step))
    return _value(published.year + step)


# Characters each pattern may reach before and after its trigger word.
_MARGINS = {
    "iso": (0, 7), "numeric": (7, 1), "year_range": (0, 16), "year": (26, 1),
    "en_dmy": (22, 16), "en_mdy": (1, 18), "en_my": (1, 14), "en_rel_month": (28, 18),
    "en_head_month": (1, 14),
    "ar_date": (48, 36), "en_day_word": (24, 10), "ar_day_word": (14, 10),
    "en_weekday": (14, 10), "ar_weekday": (30, 16), "en_rel_period": (36, 6),
    "en_ago": (22, 6), "en_and_next": (6, 24), "ar_rel_period": (12, 24), "ar_days_ago": (2, 26),
    "ar_day_rel_month": (40, 16), "ar_months_of_year": (40, 24), "en_day_rel_month": (18, 10),
    "ar_period_part": (2, 24),
}
_YEAR_THEN = re.compile(r"\s*(?:-|/|and\s|to\s|until\s|till\s|through\s|و|الي\s|حتي\s)")


def _keep(name: str, text: str, start: int, end: int) -> bool:
    """Cheap checks on a 4-digit trigger before the year-family patterns run around it."""
    if name == "iso":
        return text[end:end + 1] == "-"
    if name == "numeric":
        return text[start - 1:start] in ("/", ".")
    if name == "year_range":
        return bool(_YEAR_THEN.match(text, end, end + 20))
    return True


def _triggers(text: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of the trigger words of each family, found with str.find (or one cheap regex)."""
    positions: dict[str, list[tuple[int, int]]] = {}
    scripts = scripts_in(text)
    for family, words in _TRIGGER_WORDS.items():
        found = positions.setdefault(family, [])
        for word in words:
            if ("ar" if word[-1] >= "\u0600" else "en") not in scripts:
                continue
            index = text.find(word)
            while index != -1:
                found.append((index, index + len(word)))
                index = text.find(word, index + 1)
    for family, pattern in _TRIGGER_RE.items():
        positions.setdefault(family, []).extend(m.span() for m in pattern.finditer(text))
    return positions


def _windows(name: str, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged [start, end) windows around the trigger spans for one pattern."""
    before, after = _MARGINS[name]
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if not _keep(name, text, start, end):
            continue
        low, high = max(0, start - before), min(len(text), end + after)
        if merged and low <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    return [(low, high) for low, high in merged]


def _matches(pattern: re.Pattern, text: str, windows: list[tuple[int, int]]):
    """Matches of `pattern` that start inside the windows, each re-checked on the whole text."""
    last_end = -1
    for low, high in windows:
        for match in pattern.finditer(text, max(low, last_end), high):
            # Only a match that reaches the window's end can change on the whole text.
            full = match if match.end() < high else pattern.match(text, match.start())
            if full is not None and full.start() >= last_end:
                last_end = full.end()
                yield full


_REFUSED = "refused"
_CALENDAR = {"iso", "numeric", "en_dmy", "en_mdy", "en_my", "ar_date"}
# '1 March 99999': the year pattern stops at four digits, so the day and month would match alone.
_LONG_YEAR_AFTER = re.compile(r",?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s*)?\d{5}\d*")
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100


def find_dates(folded: FoldedText, published: date | None,
               refused: list[dict] | None = None) -> list[tuple[int, int, dict]]:
    """(folded start, folded end, date item) in reading order; longer matches win overlaps.
    An impossible date ('31 February 2023') or a year out of range ('1 March 99999', before
    1900, after the year after publication) is no date: it goes to `refused` with its reason,
    and its span keeps a shorter pattern from reading part of it ('February 2023')."""
    text = folded.text
    triggers = _triggers(text)
    found = []
    for name, pattern in _COMPILED:
        spans = triggers.get(_FAMILY[name])
        if not spans:
            continue
        for match in _matches(pattern, text, _windows(name, text, spans)):
            refusal = _refusal(name, match, text, published) if name in _CALENDAR else None
            if refusal:
                found.append((match.start(), refusal[1], ((_REFUSED, refusal[0]), None)))
                continue
            for start, end, resolved in _resolve_spans(name, match, text, published):
                found.append((start, end, resolved))
    kept: list[tuple[int, int, tuple]] = []
    starts: list[int] = []  # of the kept spans, sorted; they never overlap, so ends are too
    ends: list[int] = []
    for start, end, resolved in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if not _overlaps(starts, ends, start, end):
            index = bisect_right(starts, start)
            starts.insert(index, start)
            ends.insert(index, end)
            kept.append((start, end, resolved))
    kept = _with_same_year(text, _without_weekday_of_date(text, kept))
    if refused is not None:
        refused += [{**folded.item(start, end), "field": "dates", "reason": reason}
                    for start, end, ((mark, reason), _) in sorted(kept) if mark == _REFUSED]
    return [
        (start, end, {**folded.item(start, end), "value": value, "precision": precision,
                      "relative": relative})
        for start, end, ((value, precision), relative) in sorted(kept)
        if value != _REFUSED
    ]


def _refusal(name: str, match: re.Match, text: str,
             published: date | None) -> tuple[str, int] | None:
    """(reason, end) when a calendar date cannot be taken as written, else None."""
    groups = match.groupdict()
    if not groups.get("y") and name != "iso":
        long_year = _LONG_YEAR_AFTER.match(text, match.end(), match.end() + 24)
        if long_year:
            end = long_year.end()
            while end < len(text) and text[end].isdigit():  # the whole run, however long
                end += 1
            return "year_out_of_range", end
    year = int(groups["y"]) if groups.get("y") else None
    day_month = _day_month(name, groups)
    # A plan may name a later month or year ('by September 2026'); a reported day may not.
    latest = LATEST_YEAR if published is None or not day_month else published.year + 1
    if year is not None and not EARLIEST_YEAR <= year <= latest:
        return "year_out_of_range", match.end()
    if day_month and not _real_day(year, *day_month):
        return "impossible_date", match.end()
    return None


def _day_month(name: str, groups: dict) -> tuple[int, int] | None:
    """(day, month) as written, or None when the date has no day."""
    if not groups.get("d"):
        return None
    day = int(groups["d"])
    if name in ("iso", "numeric"):
        month = int(groups["mo"])
        if name == "numeric" and month > 12 >= day:  # '3/14/2023': month/day
            day, month = month, day
        return day, month
    if name == "ar_date":
        return day, AR_MONTHS[" ".join(groups["m1"].split())]
    return day, EN_MONTHS[groups["mo"].lower().rstrip(".")]


def _real_day(year: int | None, day: int, month: int) -> bool:
    """Whether the day exists (in a leap year when no year is written: 29 February can)."""
    try:
        date(year or 2024, month, day)
    except ValueError:
        return False
    return True


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a kept span: only its two neighbours can (bisection)."""
    index = bisect_right(starts, start)
    before = index > 0 and starts[index - 1] < end and start < ends[index - 1]
    return before or (index < len(starts) and starts[index] < end and start < ends[index])


# 'Situation update No. 7 - 20 March 2025', 'تحديث رقم ١٩ - ٢١ أغسطس': a document number
# before a date line, not the first day of a range.
_NUMBER_LABEL = re.compile(r"(?<!\w)(?:no\.?|nr\.?|number|issue|#|رقم|العدد)\s*$", re.IGNORECASE)
# A weekday written next to the date it names ('الأربعاء ٩ أيار ٢٠١٨', 'Wednesday, 9 May
# 2018') is part of that date, not a second one.
_BARE_WEEKDAY = re.compile(rf"(?:(?:يوم|نهار)\s+)?[وف]?{_AR_WEEKDAY}|{_EN_WEEKDAY}")
_NEXT_TO = re.compile(r"[\s,،]{0,3}")


def _without_weekday_of_date(text: str, kept: list) -> list:
    """Drop a bare weekday that stands right before or after a day date."""
    kept = sorted(kept)
    drop = set()
    for index in range(len(kept) - 1):
        a_end, b_start = kept[index][1], kept[index + 1][0]
        if b_start - a_end > 3 or not _NEXT_TO.fullmatch(text, a_end, b_start):
            continue
        for weekday, other in ((index, index + 1), (index + 1, index)):
            w_start, w_end, _ = kept[weekday]
            o_res = kept[other][2]
            if (o_res[0][1] == "day" and o_res[0][0] != _REFUSED
                    and _BARE_WEEKDAY.fullmatch(text, w_start, w_end)):
                drop.add(weekday)
                break
    return [item for index, item in enumerate(kept) if index not in drop]


# 'والرقة في تشرين الأول من العام نفسه', 'in October of the same year': the month takes the year
# of the last date written out in full before it, not the year nearest to publication.
_SAME_YEAR_AFTER = re.compile(r"\s*(?:من\s+(?:العام|السنه|عام)\s+(?:نفسه|ذاته|نفسها|ذاتها)|"
                              r"of\s+(?:the\s+same|that)\s+year)(?!\w)", re.IGNORECASE)


def _with_same_year(text: str, kept: list) -> list:
    """Give a relative month followed by 'of the same year' the year of the last absolute date
    before it."""
    kept = sorted(kept)
    last_year = None
    for index, (start, end, resolved) in enumerate(kept):
        (value, precision), relative = resolved
        if value == _REFUSED:
            continue
        if not relative:
            last_year = value[:4]
        elif (precision == "month" and last_year is not None
              and _SAME_YEAR_AFTER.match(text, end, end + 24)):
            kept[index] = (start, end, ((last_year + value[4:], precision), False))
    return kept


def _resolve_spans(name: str, match: re.Match, text: str, published: date | None):
    """(start, end, resolved) for a match: ranges give two dates, everything else one."""
    if name == "year_range":
        return _year_range(match, text)
    if name == "en_and_next":
        if published is None:
            return []
        unit = {"unit": match.group("unit")}
        return [(match.start(), match.end("unit"), (_relative_period(unit, published), True)),
                (match.start("dir"), match.end(),
                 (_relative_period({**unit, "dir": "next"}, published), True))]
    resolved = _resolve(name, match, text, published)
    if resolved is None:
        return []
    if name == "en_rel_month" and match.group("colon"):
        return [(match.start("mo"), match.end(), resolved)]  # 'update: April' -> 'April'
    if name in ("en_dmy", "ar_date") and match.group("d0") and match.group("d"):
        if _NUMBER_LABEL.search(text, max(0, match.start("d0") - 10), match.start("d0")):
            return [(match.start("d"), match.end(), resolved)]  # 'No. 7 - 20 March': a number
        (value, precision), relative = resolved
        if precision == "day":
            first = value[:8] + f"{int(match.group('d0')):02d}"
            try:
                date.fromisoformat(first)
            except ValueError:
                return [(match.start("d"), match.end(), resolved)]
            if first < value:
                return [(match.start("d0"), match.end("d0"), ((first, "day"), relative)),
                        (match.start("d"), match.end(), resolved)]
        return [(match.start("d"), match.end(), resolved)]
    return [(match.start(), match.end(), resolved)]


def _year_range(match: re.Match, text: str):
    first, second = int(match.group("y")), match.group("y2")
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if not (1990 <= first < last <= 2100 and last - first <= 50):
        return []
    if match.group("sep") == "/" and last - first != 1:
        return []  # '2018/2019', 'the 2021/22 financial year': one school or budget year
    if match.group("sep").strip() not in ("-", "/") and not _RANGE_LEAD.search(
            text, max(0, match.start() - 16), match.start()):
        return []
    return [(match.start("y"), match.end("y"), ((str(first), "year"), False)),
            (match.start("y2"), match.end("y2"), ((str(last), "year"), False))]


_ABSOLUTE = {"iso", "numeric", "en_dmy", "en_mdy", "en_my", "year", "en_head_month"}
# A date opening a line before a dash heads a timeline's entry ('FEBRUARY 6 — Ministers gather'):
# a record of what happened, so without a year it is on or before publication.
_HEADING_AFTER = re.compile(r"[^\S\n]*[—–-][^\S\n]")
# A plural noun after 'for 2000' makes the number a count.
_COUNT_AFTER = re.compile(r"\s*(?:-\s*)?(?:[a-z]{4,}s|people|children|men|women|persons|staff|"
                          r"personnel|troops)(?!\w)")


def _resolve(name: str, match: re.Match, text: str, published: date | None):
    groups = match.groupdict()
    if groups.get("dot") and len(groups["mo"]) > 4:
        return None  # 'in September. 3. The next...': a sentence end, not 'Sept. 3
    if name == "year" and match.group()[:3].lower() == "for" and _COUNT_AFTER.match(
            text, match.end()):
        return None  # 'for 2000 families': a count of people or things, not a year
    if name in _ABSOLUTE:
        heading = (not match.start() or text[match.start() - 1] == "\n") and bool(
            _HEADING_AFTER.match(text, match.end()))
        if not heading and name in ("en_dmy", "en_mdy") and groups.get("d") and not groups.get(
                "y") and published is not None:
            # 'fought street by street since October 17': a start on or before publication
            heading = bool(_SINCE_DAY_LEAD.search(text, max(0, match.start() - 12),
                                                  match.start())) or _told_in_the_past(
                text, match.start())
        resolved = _absolute(name, groups, published, heading)
        return None if resolved is None else (resolved, not groups.get("y"))
    if name == "ar_date":
        lead = not groups["pre"] and (match.group().startswith("من") or bool(
            _AR_MONTH_LEAD.search(text, max(0, match.start() - 16), match.start())))
        result = _arabic_date(groups, published, lead)
        if (result is not None and result[0] is not None and published is not None
                and not groups.get("y") and not groups.get("d") and not groups.get("dir")
                and _SINCE_LEAD_AR.search(text, max(0, match.start() - 8), match.start())):
            month = AR_MONTHS[" ".join(groups["m1"].split())]
            # 'ومنذ كانون الثاني': the latest such month on or before publication
            return _value(published.year - (month > published.month), month), True
        if (result is not None and result[0] is not None and published is not None
                and not groups.get("y") and not groups.get("d") and not groups.get("dir")
                and _UNTIL_LEAD_AR.search(text, max(0, match.start() - 16), match.start())):
            month = AR_MONTHS[" ".join(groups["m1"].split())]
            if _NOT_YET_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                # 'لم تتلقَّ حتى نهاية آب سوى': what had (not) happened by then, a past month
                return _value(published.year - (month > published.month), month), True
            # 'حتى آب', 'حتى نهاية أيلول': the coming such month (as 'until' in English)
            return _value(published.year + (month < published.month), month), True
        return None if result is None or result[0] is None else result
    if published is None:
        return None
    resolved = _relative(name, match, text, published)
    return None if resolved is None else (resolved, True)
