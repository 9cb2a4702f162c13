"""Folded article text -> money amounts with currency, USD value, status and qualifier.

An amount needs a currency ($, US$, USD, €, £, dollars, دولار, يورو ...) next to a number
phrase; vague phrases with no count ("ملايين الدولارات", "millions of dollars") never parse.
Qualifiers: more than/over/just over/in excess of/أكثر من/ما يزيد عن -> more_than;
about/around/approximately/roughly/some/نحو/حوالي/زهاء/تقريبا -> about; nearly/almost/close to/
just under/ما يقارب/يقارب/قرابة/ما يقرب من -> nearly (قرابة and ما يقارب literally mean
"close to", so they count as nearly; زهاء means "approximately", so it counts as about).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from functools import lru_cache
from itertools import pairwise

from extraction.dates import AR_MONTHS, _matches
from extraction.money_context import (
    SALE_CEILING,
    has_quotes,
    implausible,
    merge_ranges,
    not_funding,
    quoted_headline,
    rare_kinds,
    too_small,
)
from extraction.normalize import FoldedText, case_free, lowered, scripts_in
from extraction.numbers import (
    ARABIC_FRACTIONS,
    ARABIC_HUNDREDS,
    ARABIC_SCALES,
    ARABIC_TEEN_FIRST,
    ARABIC_TENS,
    ARABIC_UNITS,
    DIGITS,
    ENGLISH_SCALES,
    ENGLISH_TENS,
    ENGLISH_UNITS,
    digits_value,
    parse_arabic_number,
    parse_digits,
    parse_english_number,
)
from extraction.sentences import previous_sentence_start, sentence_span, trigger_windows

CURRENCY_SYMBOLS = {
    "us$": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "JPY", "jpy": "JPY", "cad": "CAD", "c$": "CAD", "aud": "AUD", "a$": "AUD",
    "$a": "AUD", "$us": "USD",  # Australian usage: '$A143.5 million', '$US20 million'
    "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "sar": "SAR", "aed": "AED",
    # round 19: the region's own codes before an amount ('IQD 14.6 billion (US$ 10 million)',
    # 'SYP 500 bn', 'KWD 1.5 million', 'MAD 50 mln'; 'MAD' and 'TRY' only in capitals)
    "iqd": "IQD", "syp": "SYP", "kwd": "KWD", "mad": "MAD", "try": "TRY", "jod": "JOD",
    "qar": "QAR", "egp": "EGP", "lbp": "LBP", "krw": "KRW", "omr": "OMR", "bhd": "BHD",
    "dh": "AED",  # round 21: the Gulf press's 'Dh55 million'
}
_CAPITALS_ONLY = frozenset({"mad", "try"})
_CURRENCY_WORDS = [
    # A bare dinar in reporting on Iraq and Syria is the Iraqi dinar (as a bare riyal is the
    # Saudi riyal); another country's dinar names it ('Kuwaiti dinars', 'دينار أردني'), and one
    # we have no code for ('دينار ليبي') is no amount.
    # (An English 'Libyan dinars' never parses: the adjective stands between number and word.)
    (r"dinars?|(?:دينار(?:ا)?|دنانير)(?!\s+(?:ليبي|تونسي|جزائري|بحريني))", "IQD"),
    (r"(?:us\s+|american\s+)?dollars?", "USD"), (r"euros?", "EUR"),
    (r"pounds?(?:\s+sterling)?|sterling", "GBP"), (r"yen", "JPY"),
    (r"swiss\s+francs?", "CHF"), (r"iraqi\s+dinars?", "IQD"), (r"kuwaiti\s+dinars?", "KWD"),
    (r"دينار(?:ا)?\s+عراقي", "IQD"), (r"دينار(?:ا)?\s+كويتي", "KWD"),
    (r"(?:saudi\s+)?riyals?", "SAR"), (r"dirhams?", "AED"),
    (r"دولار(?:ا)?(?:\s+امريكي)?", "USD"), (r"يورو", "EUR"),
    (r"جنيه(?:ا)?\s+استرليني", "GBP"), (r"ين\s+ياباني", "JPY"),
    # a bare pound in reporting on the Coalition's money is sterling ('بريطانيا ... ٤٥ مليون
    # جنيه'); the Egyptian and Sudanese pounds are named, and we have no rate for them
    (r"(?:جنيه(?:ا)?|جنيهات)(?!\s+(?:مصري|سوداني|استرليني))", "GBP"),
    (r"ريال(?:ا|ات)?(?:\s+سعودي)?", "SAR"), (r"درهم(?:ا)?\s+اماراتي", "AED"),
    (r"درهم(?:ا)?\s+مغربي|moroccan\s+dirhams?", "MAD"),
    # a bare dirham in Gulf reporting is the UAE's (the Moroccan one is named)
    (r"(?:درهم(?:ا)?|دراهم)(?!\s+مغربي)", "AED"),
    # a bare 'ين' after a number phrase ('٤٠٠ مليون ين') is the yen
    (r"ين(?:\s+ياباني)?", "JPY"),
    (r"ليره\s+سوريه|syrian\s+pounds?", "SYP"), (r"ليره\s+تركيه|turkish\s+liras?", "TRY"),
    # a bare lira in reporting on Syria is the Syrian pound ('رصدت ٤٠٠ مليون ليرة إضافية')
    (r"ليره(?!\s+(?:تركيه|لبنانيه|سوريه))", "SYP"),
    (r"ليره\s+لبنانيه|lebanese\s+pounds?", "LBP"),
    (r"دينار(?:ا)?\s+اردني|jordanian\s+dinars?", "JOD"),
    (r"ريال(?:ا)?\s+قطري|qatari\s+riyals?", "QAR"),
    (r"دولار(?:ا)?\s+كندي|canadian\s+dollars?", "CAD"),
    (r"دولار(?:ا)?\s+استرالي|australian\s+dollars?", "AUD"),
    (r"كرونه\s+سويديه|swedish\s+kronor|swedish\s+crowns?", "SEK"),
    (r"كرونه\s+نرويجيه|norwegian\s+kroner|norwegian\s+crowns?", "NOK"),
    (r"كرونه\s+دنماركيه|danish\s+kroner|danish\s+crowns?", "DKK"),
    # 'won' is also a verb: the won counts only after a scale word or a grouped number
    # ('5 billion won', '٥ مليارات وون كوري'); see _SCALED_BEFORE
    (r"(?:south\s+)?korean\s+won|won|وون(?:\s+كوري)?", "KRW"),
]
_SCALED_ONLY = frozenset({"KRW"})
_SCALE = "|".join(sorted(ENGLISH_SCALES, key=len, reverse=True))
# A currency written before the amount ('US$ 5 million', '€40m', 'USD 20 million'); one pattern
# body for both readers below.
# The three-letter codes written before an amount (each one a key of CURRENCY_SYMBOLS).
_PREFIX_CODES = ("usd", "eur", "gbp", "jpy", "cad", "aud", "chf", "sek", "nok", "dkk", "sar", "aed",
                 "iqd", "syp", "kwd", "mad", "try", "jod", "qar", "egp", "lbp", "krw", "omr", "bhd",
                 "dh")
_PREFIX = (r"(?P<cur>us\$|c\$|a\$|\$a|\$us|\$|€|£|¥|"
           rf"(?:{'|'.join(_PREFIX_CODES)})(?=[\s\d]))"
           rf"\s?(?P<num>{DIGITS})(?:\s?(?P<scale>{_SCALE})\b)?")
_PREFIX_RE = re.compile(r"(?<![\w$])" + _PREFIX, re.IGNORECASE)
_SUFFIX_LOW = re.compile(  # lower-cased text; the word boundary before is checked in code
    r"(?P<cur>" + "|".join(f"(?:{p})" for p, _ in _CURRENCY_WORDS[::-1])
    + r"|(?:usd|eur|gbp)(?!\s*\d))(?!\w)"
)
_SUFFIX_RE = re.compile(
    r"(?<!\w)(?P<cur>" + "|".join(f"(?:{p})" for p, _ in _CURRENCY_WORDS[::-1])
    + r"|(?:usd|eur|gbp)(?!\s*\d))(?!\w)",
    re.IGNORECASE,
)
_TOKEN_RE = re.compile(rf"{DIGITS}|[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s]")
Amount = tuple[int, int, float, str]  # folded start, folded end, value, currency
_MAX_PHRASE_TOKENS = 8
_PROCLITICS = "وفبلك"
_LOOKBACK = 90

_QUALIFIERS = [
    ("more_than", r"at\s+least|more\s+than|(?:just\s+)?over|in\s+excess\s+of|upwards\s+of|above|"
                  r"(?:no|not)\s+less\s+than|(?:ما\s+)?لا\s+[يت]قل\s+(?:عن|علي)|"
                  r"[وفب]{0,2}اكثر\s+من|(?:ما\s+)?[يت]زيد\s+(?:عن|علي)|"
                  r"[وفب]{0,2}ما\s+يفوق|يفوق|[وف]?فاق(?:ت|وا)?|[وف]?[يت]?تجاوز\w*|متجاوز\w*|"
                  r"north\s+of|upward\s+of|[وفب]{0,2}ما\s+يربو\s+علي|يربو\s+علي"),
    ("nearly", r"nearly|almost|close\s+to|just\s+(?:under|short\s+of|below)|"
               r"slightly\s+(?:less\s+than|under|below)|(?:just\s+)?shy\s+of|a\s+little\s+"
               r"(?:under|below|less\s+than)|[وف]?[يت]?ناهز\w*|[وفب]?اقل\s+بقليل\s+من|"
               r"(?:[وفب]{0,2}ما\s+)?[يت]قل\s+بقليل\s+(?:عن|من)|"
               r"(?:ما\s+)?[يت]قارب|[وف]?قارب(?:ت|وا)?|[وفب]{0,2}ما\s+يقرب\s+من|[وفب]{0,2}قرابه|[وفب]{0,2}نحو\s+من"),
    ("about", r"about|around|approximately|roughly|some|an\s+estimated|estimated\s+at|perhaps|"
              r"something\s+like|in\s+the\s+(?:region|neighbou?rhood|order)\s+of|"
              r"on\s+the\s+order\s+of|"
              r"possibly|maybe|ربما|"
              r"[وفب]{0,2}نحو|[وفب]{0,2}حوالي|[وفب]{0,2}زهاء|تقريبا"),
]
_QUALIFIER_BEFORE = [
    (name, re.compile(rf"(?<!\w)(?:{pattern})\s*(?:of\s+)?(?:the\s+)?$", re.IGNORECASE))
    for name, pattern in _QUALIFIERS
]
# 'pledges exceeding $500 million' is a floor; 'exceeding the $2 billion target' compares.
_QUALIFIER_BEFORE.append(("more_than", re.compile(r"(?<!\w)exceed(?:ed|ing|s)?\s*$",
                                                  re.IGNORECASE)))
_QUALIFIER_AFTER = [
    ("about", re.compile(r"^\s*(?:تقريبا|approximately)(?!\w)", re.IGNORECASE)),
    ("more_than", re.compile(r"^\s*(?:علي\s+الاقل|at\s+least|(?:or|او)\s+(?:more|اكثر)|فاكثر|"
                             # round 21: 'a billion and a half dollars and a bit more'
                             r"and\s+(?:a\s+)?(?:bit|little|touch)\s+more|and\s+change|"
                             r"وزياده|ونيف|وبضعه)(?!\w)"
                             r"|^(?:\s*-\s*plus|\s+plus(?=\s*(?:[^\w\s]|$)))(?!\w)",
                             re.IGNORECASE)),
    ("about", re.compile(r"^\s*or\s+so(?!\w)", re.IGNORECASE)),
]

_STATUS_WORDS = {
    # Alternatives with a shared stem are merged ('need(?:s|ed|ing)?'): every alternative is
    # tried at every word start of every sentence with an amount, so fewer is faster.
    "goal": r"goals?|targets?|aim(?:s|ing)?\s+to\s+raise|seek(?:s|ing)?(?:\s+to\s+raise)?|sought|"
            r"looking\s+for|lacks?|lacking|"
            r"appeal(?:ed|ing|s)?(?:\s+for)?|hop(?:es?|ing)\s+to\s+(?:raise|spend|secure|mobili[sz]e)|"
            r"wants?|need(?:s|ed|ing)?|"
            r"request(?:s|ed|ing)?|requir(?:e|es|ed|ements?)|ask(?:s|ed|ing)?\s+(?:\w+\s+)?for|"
            r"[وف]?س?[يت]تطلب\w*|"
            r"call(?:s|ed)?\s+for|shortfall|(?:funding\s+)?gap|demand(?:s|ed|ing)?|"
            r"(?:will|would|could)\s+take|"
            r"[وفب]?[يتنا]?حتاج\w*|احتياج\w*|[وفبل]?(?:ال)?حاج(?:ه|ات|ت\w+)|"
            r"[وفب]?[يتنا]?طلب\w*|[وفبل]?مطالب\w*|[وف]?[يتنا]?طالب(?:ت|وا|ون|ان)?|"
            r"[وف]?[يتنا]?ناشد\w*|[وفبل]?مناشده|[وفبل]?نداء|[وفبل]?(?:ال)?فجو(?:ه|ات)|"
            r"[وفب]?(?:ال)?عجز|"
            r"[وفب]?(?:[يت]?هدف|[يت]سعي)\s+(?:الي\s+|ل)\s*جمع|بهدف\s+جمع|[وفب]{0,2}هدف\w*|"
            r"يهدف|الهدف|المستهدف|[وفبل]?(?:ال)?مطلوب\w*",
    "pledge": r"pledg\w*|(?:will|would|shall)\s+(?:also\s+)?(?:provide|give|contribute|donate|"
              r"allocate|release|transfer|disburse|pay|add|make|steer|direct|channel|send|commit|"
              r"invest|put|mobili[sz]e)|authori[sz]ed|"
              r"announced|announcements?|commit(?:s|ted|ment)?|promised|promises|earmarked|offered|allocat(?:e|es|ed|ing|ion)|"
              r"[وف]?وافق\w*\s+(?:\S+\s+){0,3}?علي|"
              r"budgeted|approved|set\s+aside|"
              r"signed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:agreement|accord|deal|contract|"
              r"memorandum|mou|grant)s?\s+(?:for|worth|of|valued\s+at)|"
              r"agreed\s+(?:a\s+further|an\s+additional|another)|"
              r"put\s+(?:its|their|his|her)\s+(?:own\s+)?share\s+at|"
              r"(?:decided|agreed|plans?|intends?)\s+to\s+(?:give|"
              r"contribute|provide|donate|allocate|fund)|"
              r"[وف]?(?:قرر|تقرر|اتفق)\w*(?:[\s،,]+[^\s،,.]+){0,4}?"
              r"[\s،,]+(?:ال)?(?:مساهمه|تقديم|تخصيص|منح|تبرع)|"
              # (the words after the agreement: not a receiving verb, 'اتفاقية تسلّمت بموجبها منحة')
              r"[وف]?وقع\w*\s+(?:(?![وف]?(?:[يت]?تسلم|استلم|[يت]?تلق|تلقت|تسلمت)\w*)\S+\s+){0,10}?"
              r"(?:اتفاق\w*|مذكره|منحه|عقد\w*)"
              r"(?:\s+(?![وف]?(?:[يت]?تسلم|استلم|[يت]?تلق|تلقت|تسلمت)\w*)[^\s.،,]+){0,8}?"
              r"(?=\s+(?:بقيمه|قيمت\w+|ب))|"
              r"(?:اتفاق\w*|عقد\w*|مذكره|منحه)\s+(?:ال)?موقع\w*(?=\s+(?:بقيمه|قيمت\w+|ب))|"
              r"signed\s+(?:contract|agreement|grant|deal)s?(?=\s+(?:worth|of|for|valued))|"
              # a grant or agreement after its amount 'was signed' ('NOK 100 million was signed')
              r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+signed|"
              # a credit line offered ('بخط ائتمان قيمته', 'a credit line of')
              r"(?:[وبل]?(?:ال)?خط|[وبل]?(?:ال)?خطوط)\s+(?:ال)?ائتمان|credit\s+lines?|lines?\s+of\s+credit|"
              # future use of a sum: 'will go to', 'will be spent on', 'ستذهب', 'سيتم صرف'
              r"(?:will|shall|would)\s+(?:also\s+)?(?:go\s+to|fund|finance|cover|pay\s+for|be\s+"
              r"(?:spent|used|disbursed|allocated|channell?ed|made\s+available|provided))|"
              r"[وف]?س[يت](?:ذهب|صرف|مول|ستخدم|وجه|نفق|خصص|قدم|ساهم)\w*|"
              r"[وف]?سيتم\s+(?:صرف|تخصيص|تقديم)\w*|"
              r"[وف]?[يت]?رصد\w*|[وف]?اقر\w*|"
              r"[وفبل]?(?:ال)?تعهد\w*|[وفبل]?(?:ال)?متعهد\w*|[وفبل]?اعل(?:ن\w*|ان)|[وفبل]?المعلن\w*|[وف]?وعد\w*|"
              r"[وفبل]?(?:ال)?التزام(?:ات|ها|ه|هم)?|[وف]?التزم\w*|[وف]?س?[يت]?خصص\w*|ready\s+to\s+(?:provide|give|contribute|offer|add)|"
              # round 20: 're-programmed', 'putting up $100 million', 'تقدّم بموجبها اليابان منحة'
              r"re-?programm?ed|reallocated|repurposed|put(?:ting|s)?\s+up|put(?:ting|s)?\s+forward|"
              r"tabled|on\s+the\s+table|[وف]?[يت]قدم(?!\w*\s+(?:ب(?:طلب|شكوي|مقترح|اقتراح)|الي))|"
              r"[وفبل]?(?:ال)?(?:تخصيص|استعداد\w*)|[وف]?مستعد\w*",
    "contribution": r"contribut(?:ed|es|ion|ions)|provided|disbursed|delivered|gave|given|received|"
                    r"sent|handed|"
                    r"donated|spent|funded|paid(?:\s+out)?|transfer(?:red|s?\s+of)|deposit(?:ed|s)?|"
                    r"released|arrived|wired|handed\s+over|absorbed|(?:re)?payments?|instal(?:l)?ments?|"
                    r"(?:come|came)\s+in|(?:taken|took|takes)\s+in|already\s+put|"
                    r"invested|"
                    r"poured|gifts?|landed|(?:has|have|had)\s+put(?!\s+(?:forward|up|together)(?!\w))(?!\s+(?:\w+\s+){0,3}?at\s)"
                    r"(?![^.,;]{1,40}?\son\s+the\s+table)|"
                    r"[وف]?(?:حول|اودع|سدد|سلم)(?:ت|وا|ها|تها|ه|هم)?|[وفب]?(?:ال)?(?:تحويل|ايداع|تسديد)|"
                    # 'لم يُصرف سوى 120 مليون': only that much was paid out
                    # ('لم تُصرف بعد' is not yet paid: the 'only' is needed)
                    r"[وف]?لم\s+[يت]{1,2}(?:صرف|نفق|دفع|سلم|حول|وزع)\w*(?:\s+\S+){0,2}?\s+(?:سوي|الا)|"
                    r"[وفبل]?(?:قدم|ساهم|مساهم)\w*|"
                    # not 'حملة تبرعات' (a donation drive): its tally is the drive's
                    r"(?<!حمله\s)(?<!حملات\s)[وف]?(?:صرف|انفق|تبرع|منح|دفع|استلم)\w*|"
                    r"[وف]?[يت]{0,2}تلق\w*|[وف]?[يت]?تسلم\w*|"
                    r"[وف]?وصل\w*\s+(?:الي|ل)\w*",
    "drive_total": r"raised|raising|collected|mobili[sz]ed|in\s+total|total(?:led|ling)?|"
                   r"put\s+together|"
                   r"gathered|amassed|brought\s+in|"
                   r"[وفبل]?(?:جمع(?!ي)|حشد)\w*|اجمالي|مجموع\w*|حصيله|(?:في|ب)\s*(?:ال)?مجمل|اجمالا",
}
# One word-start test for all four classes (not one per class): a third faster to scan.
_STATUS_ALTERNATION = "(?<!\\w)(?=\\w)(?:" + "|".join(
    f"(?P<{name}>{pattern})" for name, pattern in _STATUS_WORDS.items()) + ")(?!\\w)"
_STATUS_RE = re.compile(_STATUS_ALTERNATION, re.IGNORECASE)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern: 'a|(?:b|c)|[|]' -> ['a', '(?:b|c)', '[|]']."""
    parts, current, depth, in_class, index = [], [], 0, False, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            current.append(pattern[index:index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            index += 1
            continue
        current.append(char)
        index += 1
    return [*parts, "".join(current)]


_ARABIC_CHAR = re.compile("[\u0600-\u06ff]")


def _script_alternatives(pattern: str, script: str) -> str:
    return "|".join(alternative for alternative in _alternatives(pattern)
                    if bool(_ARABIC_CHAR.search(alternative)) == (script == "ar"))


# The same words for lower-cased text, no IGNORECASE, split by script: a word starts with an
# Arabic or a Latin letter, so only one script's alternatives can match at any word start, and an
# English sentence is not tried against the Arabic alternatives (whose optional proclitics make
# each try slow) nor the other way round. Half the time of the one joined pattern.
_STATUS_LOW = {
    script: re.compile("(?<!\\w)(?=\\w)(?:" + "|".join(
        f"(?P<{name}>{_script_alternatives(pattern, script)})"
        for name, pattern in _STATUS_WORDS.items()) + ")(?!\\w)")
    for script in ("en", "ar")
}
_GOAL_LEAD = re.compile(
    r"(?<!\w)(?:[وفب]?(?:ال)?[يت]?هدف\w*|[يت]سعي|aims?|seeks?|hopes?|plans?|targets?|goals?)\W+"
    r"(?:\w+\W+){0,5}$",
    re.IGNORECASE,
)
# A comma between digits is a thousands separator ("3,000 projects"), not a clause break.
_CLAUSE_BREAK = re.compile(r"(?!(?<=\d),\d)[,،;؛]")
# A drive's tally of promises: many givers promising at one meeting ('Governments and investors
# promised about $30 bn ... at a three-day conference', 'ministers pledged more than US$ 600 mln
# ... at their meeting'), or the promises as the subject of 'reached' ('وبلغت التعهدات المعلنة
# خلال الاجتماع ما يفوق').
# Givers called participants ('Participating governments ... announced', 'وأعلن المشاركون') are
# at a meeting, named or not.
_AT_MEETING = re.compile(
    r"(?<!\w)(?:(?:at|during|over\s+the\s+course\s+of|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)"
    r"\s+(?:the|their|a|this|its)\s+(?:[\w-]+\s+){0,2}(?<!press\s)(?<!news\s)(?:conference|meeting|"
    r"ministerial|summit|event|talks)|at\s+talks|"
    # (not a press conference, 'في مؤتمر صحفي')
    r"(?:خلال|في)\s+(?:ال)?(?:اجتماع|مؤتمر)\w*(?!\s+(?:ال)?صحف)|"
    # round 21: the meeting, then where its givers spoke ('the ministerial in Riyadh, where
    # members announced', 'الاجتماع الوزاري ... في الرياض، حيث أعلنت الدول الأعضاء')
    r"(?:meeting|conference|ministerial|summit|(?:ال)?(?:اجتماع|مؤتمر)\w*)[^.;؛]{0,80}?[,،]\s*"
    r"(?:where|حيث)|"
    r"participating|participants|"
    r"[وف]?(?:ال)?مشارك(?:ون|ين|ه)|"
    # givers who met ('Governments meeting online pledged', 'المانحون الذين اجتمعوا في الكويت'),
    # and foreign ministers, who pledge together only when they meet
    r"(?:met|meeting|gathered|convened)\s+(?:in|at|online|virtually|by\s+video)|"
    r"[وف]?(?:الذين\s+)?(?:اجتمع|المجتمع)(?:وا|ون|ين)|foreign\s+ministers|"
    r"(?<!رئيس\s)وزراء\s+(?:ال)?خارجيه)(?!\w)", re.IGNORECASE)
_MANY_GIVERS = re.compile(
    r"(?<!\w)(?:donors|governments|ministers|participants|countries|members|partners|investors|allies|"
    r"delegations|institutions|lenders|[وف]?(?:(?:ال)?مانح(?:ون|ين)|(?:ال)?دول|(?:ال)?مشارك(?:ون|ين)|"
    r"(?:ال)?شركاء|(?:ال)?اعضاء|"
    r"(?<!مجلس\s)(?:ال)?وزراء|(?:ال)?مؤسسات))(?!\w)",
    re.IGNORECASE)
_PROMISES_REACHED = re.compile(
    r"(?<!\w)(?:[وف]?(?:بلغت|وصلت|تجاوزت|بلغ|وصل|تجاوز)\s+(?:(?:مجموع|اجمالي|مجمل)\s+)?(?:ال)?"
    r"(?:تعهدات|التزامات)|"
    # the verb agrees with the promises or with their sum ('مجموع التعهدات ... تجاوز')
    r"[وفب]?(?:ال)?(?:تعهدات|التزامات)\s+(?:\S+\s+){0,6}?[وف]?(?:بلغ|وصل|تجاوز|ناهز|قارب)ت?|"
    r"(?:pledges|commitments|promises)"
    r"\s+(?:\w+\s+){0,4}?(?:reached|totall?ed|totals?|amount(?:ed)?\s+to|came\s+to|comes?\s+to|"
    r"add(?:ed|s|ing)?\s+up\s+to|stood\s+at))(?!\w)",
    re.IGNORECASE)
_CALL_TO = re.compile(
    r"(?<!\w)(?:urg(?:ed|es|ing)|call(?:ed|s|ing)?\s+on|asked|appeal(?:ed|s)?\s+to|pressed|"
    r"[وف]?(?:دعا|دعت|دعوا|[يت]دعو(?:ن)?|طالب\w*|[يت]طالب\w*|ناشد\w*|[يت]ناشد\w*|حث\w*|[يت]حث|"
    r"[نيت]?طلب\w*))(?!\w)"
    r"[^.;؛]*?(?<!\w)(?:to|ان|الي\s+ان|الي|ب|بان)\s+(?:\S+\s+){0,2}$|"
    # 'ونطلب من المانحين تخصيص ما لا يقل عن': asked of someone, then the verbal noun
    r"(?<!\w)[وف]?[نيت]?طلب\w*\s+من\s+(?:ال)?\S+\s+(?:\S+\s+){0,5}$", re.IGNORECASE)
_CALL_STEMS = ("urg", "call", "asked", "appeal", "press", "دعا", "دعت", "دعو", "طالب",
               "ناشد", "حث", "طلب")


def _call_before(text: str, sentence_start: int, position: int) -> bool:
    """A call word ('urged', 'دعا') in the 160 characters before `position`."""
    window = text[max(sentence_start, position - 160):position].lower()
    return any(stem in window for stem in _CALL_STEMS)


# An estimate of a cost or of needs before the amount, in its clause: a stated need.
_ESTIMATED_NEED = re.compile(
    r"(?<!\w)(?:[وف]?[يتن]?قدر\w*|[وفل]?تقدير\w*|estimat\w*|put(?:s|ting)?\s+(?:the|its|their)\s+"
    r"(?:\w+\s+)?(?:cost|bill|needs?))(?!\w)[^.;؛]{0,80}?(?<!\w)(?:[لب]?(?:ال)?(?:كلف|تكلف|احتياج|حاج|"
    r"اضرار)\w*|cost\w*|"
    r"needs?|bill|damage|reconstruction|rebuilding)(?!\w)[^.;؛]{0,90}$|"
    r"(?<!\w)(?:(?:ال)?(?:كلف|تكلف|احتياج)\w*|cost|needs)\s+(?:\S+\s+){0,5}?(?:[يت]?قدر\w*|is\s+estimated|"
    r"are\s+estimated|was\s+estimated|estimated)(?!\w)[^.;؛]{0,40}$|"
    # 'a transfer that aid agencies costed at', 'is put at between', 'put the cost of ... at':
    # 'at' binds the amount to the verb across the commas of a list between them
    # (round 21: 'which it costs at $284 million', 'put the bill ... at somewhere around')
    # (not a giver's share: 'The United States put its own share at roughly $155 million')
    r"(?P<at>(?<!\w)(?:costed|costs|put|puts|putting|priced)(?!\w)(?!\s+(?:its|their|his|her|"
    r"the)\s+(?:own\s+)?(?:share|contribution|pledge))[^.;؛]{0,130}?(?<!\w)at\s+"
    r"[\"'“«]?(?:somewhere\s+)?(?:between\s+)?(?:(?:about|around|some|roughly|nearly|almost|"
    r"near|at\s+least)\s+)?)$",
    re.IGNORECASE)
_ESTIMATE_STEMS = ("قدر", "تقدير", "estimat", "put", "cost", "price")


def _estimate_near(text: str, low: int, high: int) -> bool:
    window = lowered(text)[0][low:high]
    return any(stem in window for stem in _ESTIMATE_STEMS)


# A word of receiving, and 'of it' between it and the amount ('لم تتلقَّ منها ... سوى'): the part
# of a stated need received so far is a running total.
_RECEIVED_WORD = re.compile(r"received|[وف]?[يت]{0,2}تلق\w*|[وف]?[يت]?تسلم\w*|[وف]?استلم\w*")
_TOTAL_WORD = re.compile(r"in\s+total|total(?:led|ling)?|مجموع\w*|اجمالي|اجمالا")
_MOBILISED = re.compile(r"mobili[sz]ed|[وف]?حشد\w*", re.IGNORECASE)
# A goal noun that a promise word only describes ('الهدف المعلن', 'the announced target')
_GOAL_NOUN_BEFORE = re.compile(r"(?<!\w)(?:[وفبل]?(?:ال)?هدف|targets?|goals?)\s+$", re.IGNORECASE)
# A sum said after it to have been paid in full, or to have been set aside before (and frozen).
_PAID_IN_FULL = re.compile(
    r"[^.;؛]{0,24}?(?:(?:قد\s+)?(?:سلمت|صرفت|دفعت|حولت|سلم|صرف|دفع|حول)\s+(?:بالكامل|كامله|كامله)|"
    r"(?:has|have|had)\s+(?:already\s+)?been\s+(?:fully\s+)?(?:paid|disbursed|delivered|transferred)"
    r"(?:\s+in\s+full)?)(?!\w)", re.IGNORECASE)
_EARMARKED_AFTER = re.compile(
    r"\s*[,،]?\s*(?:that|which|كانت|كان)\s+(?:had\s+been\s+|has\s+been\s+|were\s+|was\s+|قد\s+)?"
    r"(?:earmarked|allocated|set\s+aside|pledged|promised|[وف]?(?:ال)?مخصص\w*|خصص\w*|"
    r"(?:ال)?مرصود\w*|رصد\w*)(?!\w)",
    re.IGNORECASE)
# One of these in the 60 characters after an amount before the three patterns below run.
_AFTER_STATUS_STEMS = ("منها", "which", "none", "بالكامل", "كامل", "been", "earmarked", "allocated",
                       "set aside", "pledged", "promised", "مخصص", "خصص", "مرصود", "رصد")
# What is said after a sum that has not all come in: it was promised.
_NOT_ALL_ARRIVED = re.compile(
    r"[^.;؛]{0,24}?(?:[وف]?(?:لم|ما)\s+(?:[يت]?صل|[يت]?صرف|[يت]?دفع|[يت]?سلم|[يت]?حول)\w*\s+منها|"
    r"(?<!\w)of\s+which\s+only|(?<!\w)none\s+of\s+(?:it|which)\s+ha[sd]|(?<!\w)little\s+of\s+which\s+"
    r"ha[sd])(?!\w)", re.IGNORECASE)
# A giver's or a fund's own sum named before the total word ("Britain's contributions total",
# 'the lifetime total stood at', 'إجمالي مساهماتها'): its running total, not a drive's tally.
_OWN_TOTAL = re.compile(r"(?<!\w)(?:(?:contributions|receipts|disbursements|support|assistance|"
                        r"aid|funding|spending)|lifetime|cumulative|running)\s+(?:\w+\s+){0,2}$",
                        re.IGNORECASE)
# 'لم يصلها منها ... إلا', 'ولم يصل من هذا المبلغ ... سوى': only this much of a stated need came in
_NEED_WORDS = (r"needs?|needed|requires?|required|[وف]?[يتن]?حتاج\w*|(?:ال)?احتياج\w*|"
               r"[وف]?[يت]?تطلب\w*")
_NEED_OR_REQUEST = re.compile(rf"(?<!\w)(?:{_NEED_WORDS}|requested|sought|[وف]?[يت]?طلب\w*|"
                              r"[وف]?[يت]?ناشد\w*)(?!\w)",
                              re.IGNORECASE)
_ONLY_RECEIVED = re.compile(
    r"(?<!\w)[وف]?(?:لم|ما)\s+(?:[يت]?صل\w*|[يت]{0,2}تلق\w*|[يت]?تسلم\w*|[يت]?ستلم\w*|[يت]?ودع\w*|"
    r"[يت]?ؤمن\w*|[يت]?مول\w*|[يت]?جمع\w*|[يت]?توفر\w*)"
    r"(?:\s+\S+){0,10}?\s+(?:الا|سوي)\s+(?:(?:نحو|حوالي|قرابه|زهاء)\s+)?$")
_OF_IT = re.compile(r"(?<!\w)(?:منها|منه|of\s+(?:it|that|this))(?!\w)")
# Only a part of a stated need ('of the $18 million it needs', 'تحتاج ... لم تتلقَّ منها'); a part
# of an appeal ('of the $110 million they appealed for') stays a contribution, as the gold has it.
_NEED_WORD = re.compile(rf"(?<!\w)(?:{_NEED_WORDS}|requirements?|seeks|is\s+seeking)(?!\w)",
                        re.IGNORECASE)
# An allocation word right after the amount that names its use ('خُصّصت للمياه', 'earmarked for
# schools'): what the money is for, not whether it was given.
# The form of the money named after it ('نحو 5.8 مليار يورو بين منح وقروض', 'most of it as
# grants'): 'grants' there says what the sum is made of, not that it was given.
# An amount set off by commas after its noun ('the latest tranche, 15 million euros, landed'):
# the comma that closes it does not cut it from its verb.
_APPOSITIVE_OPEN = re.compile(r"(?<![\d\s])\s*[,،]\s*(?:(?:about|around|some|roughly|nearly|"
                              r"almost|just\s+over|over|نحو|حوالي)\s+)?$", re.IGNORECASE)
_APPOSITIVE_CLOSE = re.compile(r"(?:\s+(?:a|per)\s+year)?\s*[,،]")
_FORM_BEFORE = re.compile(r"(?<!\w)(?:بين|ما\s+بين|على\s+شكل|في\s+شكل|in\s+the\s+form\s+of|"
                          r"(?:most|part|much|all)\s+of\s+it\s+(?:as|in))\s+$", re.IGNORECASE)
_USE_AFTER = re.compile(r"\S+\s+(?:ل|لل|for\s|to\s(?!be\s))")
_STILL_AHEAD = re.compile(r"[^.;؛]{0,80}?(?<!\w)(?:(?:is|are|was)\s+(?:expected|due|scheduled)|"
                          r"(?:will|would)\s+be\s+(?:paid|disbursed|transferred|released)|"
                          r"من\s+(?:المتوقع|المنتظر|المقرر))(?!\w)", re.IGNORECASE)
_LAUNCHED = re.compile(r"(?<!\w)(?:launched|[وف]?اطلق\w*)(?!\w)", re.IGNORECASE)


_GIVER_STEMS = ("donor", "government", "minister", "participa", "countr", "member", "partner",
                "allies", "institution", "lender", "مؤسسات", "شركاء", "اعضاء",
                "investor", "delegation", "مانح", "دول", "مشارك", "وزراء")
_REACHED_STEMS = ("reached", "totall", "amount", "came to", "come to", "comes to", "total",
                  "add", "stood at", "بلغ", "وصل", "تجاوز", "ناهز", "قارب")
_TALLY_STEMS = ("conference", "meeting", "ministerial", "summit", "event", "talks", "اجتماع",
                "مؤتمر",
                "participa", "مشارك", "met ", "gathered", "convened", "اجتمع", "المجتمع",
                "foreign ministers", "خارجيه",
                *_REACHED_STEMS)
_PROMISES_REACHED_LOW = case_free(_PROMISES_REACHED)
# Givers as the subject of a meeting verb before the amount, in its sentence.
_GIVERS_MET = re.compile(
    r"(?<!\w)(?:donors|members|ministers|governments|partners|delegations|[وف]?(?:ال)?مانحون|"
    r"[وف]?(?:ال)?اعضاء|[وف]?(?:ال)?وزراء)\s+(?:\S+\s+){0,5}?(?:met|gathered|convened|"
    r"[وف]?(?:اجتمع|اجتمعوا|اجتمعت|التقي|التقوا))(?!\w)", re.IGNORECASE)
# One named giver right before the promise word ('..., Italy pledged', 'and the United Kingdom
# has pledged'): its own promise, not a tally.
_ONE_GIVER = re.compile(r"(?:^|[,;:]\s*|\b(?:and|while|said|says|that|where|as)\s+)(?:the\s+)?"
                        r"(?P<name>[A-Z][\w.'’-]*"
                        r"(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
                        r"(?:has\s+|have\s+|had\s+|also\s+|alone\s+|would\s+|will\s+)*$")


def _one_giver_before(text: str, low: int, word_start: int) -> bool:
    found = _ONE_GIVER.search(text, low, word_start)
    return bool(found) and not _MANY_GIVERS.search(found.group("name"))
# The amount promised at a meeting, told after it: 'the $5.5 billion pledged for Syria at last
# year's conference', 'الـ30 مليار دولار التي تعهّد بها المانحون في مؤتمر الكويت'.
_PLEDGED_AT_AFTER = re.compile(
    r"\s*(?:that\s+|which\s+)?(?:(?:was|were|had\s+been|have\s+been)\s+)?pledged\s+"
    r"(?:[^,.;:]{0,40}?\s)?(?:at|during)\s+(?:the|last\s+year's|this\s+year's|that|a|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:conference|ministerial|summit|meeting)s?(?!\w)|"
    r"\s*(?:(?:التي|الذي)\s+)?(?:[وف]?(?:تعهد|اعلن|قدم|رصد)\w*)\s+(?:بها|به)\s+(?:\S+\s+){1,3}?"
    r"(?:في|خلال)\s+(?:ال)?(?:مؤتمر|اجتماع)\w*", re.IGNORECASE)
_AT_MEETING_LOW = case_free(_AT_MEETING)
_MANY_GIVERS_LOW = case_free(_MANY_GIVERS)


# Many givers whose promise is told with its parts ('Coalition partners committed some $300
# million ..., including $100 million from Saudi Arabia'): the whole is their tally.
_PART_WORDS = r"including|of\s+which|among\s+them|منها|بينها|من\s+بينها"
_PARTS_AFTER = re.compile(rf"[^.;؛]{{0,120}}?(?<!\w)(?:{_PART_WORDS})\s+"
                          r"(?:(?:about|some|nearly|more\s+than|نحو|حوالي)\s+)?(?:us\$|[$€£]|\d)",
                          re.IGNORECASE)
# 'تطلب ... ما مجموعه 398 مليون دولار', 'asked for a total of': the total word only quantifies
_WHAT_TOTALS = re.compile(r"(?<!\w)(?:ما\s+(?:مجموع\w*|اجمالي\w*)|a\s+total\s+of)(?!\w)",
                          re.IGNORECASE)
# 'of the total,', 'من إجمالي': a part is named, the total word is not the part's status
_PART_LEAD = re.compile(r"(?<!\w)(?:of|from|[وف]?من)\s+(?:the\s+|this\s+|that\s+)?$",
                        re.IGNORECASE)
# A fund or a total that has grown to the amount: its running total.
_GROWN_TO = re.compile(r"(?<!\w)(?:has|have|had)\s+(?:now\s+|since\s+)?"
                       r"(?:grown|risen|climbed|increased)\s+to\s+(?:(?:over|about|around|some|nearly|almost|more\s+than|roughly)\s+)?$|"
                       # 'a further US$ 400 million ..., bringing the project to US$ 750 million'
                       r"(?<!\w)(?:bringing|taking|pushing)\s+(?:the|its|their|his|her|this|that)\s+"
                       r"(?:[\w'’-]+\s+){0,3}?to\s+(?:(?:over|about|around|some|nearly|almost|"
                       r"more\s+than|roughly)\s+)?$|"
                       r"(?<!\w)[ول]?[يت]?(?:رتفع|ارتفع)\w*\s+(?:\S+\s+){0,3}?(?:رصيد|حجم)\w*\s+"
                       r"(?:\S+\s+){0,3}?الي\s+(?:(?:نحو|حوالي|اكثر\s+من)\s+)?$", re.IGNORECASE)
_GROWN_STEMS = ("grown", "risen", "climbed", "increased", "رتفع", "bringing", "taking", "pushing")
_YIELD_STEMS = ("generated", "yielded", "produced", "secured", "brought in", "raised", "mobili",
                "اسفر", "closed", "ended", "wrapped", "concluded", "اختتم", "خرج", "انتهي", "انتهت",
                "عقد")
# A meeting as the subject that brought the sum in ('The Riyadh ministerial ... generated',
# 'أسفر المؤتمر عن تعهدات بلغت'): the meeting's tally.
_MEETING_YIELDED = re.compile(
    r"(?<!\w)(?:conference|ministerial|meeting|summit)\s+(?:[^.;,]{0,40}?\s)?(?:generated|yielded|"
    r"produced|secured|brought\s+in|raised|mobili[sz]ed)\s+(?:(?:over|about|around|some|nearly|"
    r"almost|more\s+than|roughly)\s+)?$|"
    r"(?:اسفر|اسفرت)\s+(?:\S+\s+){0,4}?عن\s+(?:\S+\s+){0,4}?$|"
    # round 20: 'the conference closed on Thursday with pledges of', 'اختتم الاجتماع ... بالإعلان
    # عن تعهدات جديدة تفوق', 'مؤتمر الكويت ... خرج بنحو', 'عُقد ... بتعهدات بلغت'
    r"(?:conference|ministerial|meeting|summit)\s+(?:[^.;]{0,40}?\s)?(?:closed|ended|wrapped\s+up|"
    r"concluded)\s+(?:[^.;]{0,30}?\s)?with\s+(?:\w+\s+){0,2}?(?:pledges|commitments|promises)\s+of\s+$|"
    r"(?:اختتم|اختتمت|خرج|خرجت|انتهي|انتهت|عقد|عقدت)\s+(?:[^.؛]{0,160}?\s)?(?:ب|عن\s+)?(?:ال)?"
    r"(?:اعلان\s+عن\s+)?(?:تعهدات|التزامات)\s+(?:\S+\s+){0,3}?$|"
    r"(?:مؤتمر|اجتماع)\w*\s+(?:[^.؛]{0,60}?\s)?(?:خرج|خرجت|انتهي|انتهت)\s+(?:ب|الي)\s*(?:\S+\s+){0,2}?$",
    re.IGNORECASE)
# Givers together ('partners together have provided', 'قدّمت الدول مجتمعةً'): their running total
_TOGETHER = re.compile(r"(?<!\w)(?:together|collectively|combined|between\s+them|altogether|"
                       r"مجتمع\w*|معا)(?!\w)", re.IGNORECASE)


_PARTS_STEMS = ("including", "of which", "among them", "منها", "بينها")


def _tally_with_parts(text: str, start: int, end: int, sentence_start: int,
                      sentence_end: int) -> bool:
    after = lowered(text)[0][end:min(sentence_end, end + 130)]
    if not any(stem in after for stem in _PARTS_STEMS):
        return False
    left, _ = _clause_bounds(text, start, end, sentence_start, sentence_end)
    return bool(_MANY_GIVERS.search(text, max(left, start - 120), start)
                and _PARTS_AFTER.match(text, end, sentence_end))


def _collective_tally(text: str, start: int, end: int, sentence_start: int,
                      sentence_end: int, word_start: int | None = None) -> bool:
    """Promises of many givers at one meeting, or promises that 'reached' the amount; the givers
    stand in the amount's clause or right before its promise word (`word_start`: 'تعهّد أعضاء
    التحالف، خلال اجتماع ...، بتقديم')."""
    window_start = max(sentence_start, start - 200)
    low, same = lowered(text)
    window = low[window_start:min(sentence_end, end + 120)]
    if not any(stem in window for stem in _TALLY_STEMS):
        return False
    before = low[window_start:start]
    if not any(stem in before for stem in _GIVER_STEMS) and not any(
            stem in before for stem in _REACHED_STEMS):
        return False
    haystack, reached, meeting, givers = (low, _PROMISES_REACHED_LOW, _AT_MEETING_LOW,
                                          _MANY_GIVERS_LOW) if same else (
        text, _PROMISES_REACHED, _AT_MEETING, _MANY_GIVERS)
    left, _ = _clause_bounds(text, start, end, sentence_start, sentence_end)
    if reached.search(haystack, max(window_start, left), start):
        return True
    if word_start is not None and _one_giver_before(text, max(sentence_start, word_start - 60),
                                                    word_start):
        return False  # 'When ministers met in Rome, Italy pledged': Italy's own promise
    if _GIVERS_MET.search(text, window_start, start):
        return True  # 'When the 68 members of the coalition met in Washington, they put'
    giver_start = left if word_start is None else max(window_start, min(left, word_start - 40))
    return bool(meeting.search(haystack, window_start, min(sentence_end, end + 120))
                and givers.search(haystack, giver_start, start))
# Many givers as the subject of the promise word: what they put up together is their tally.
_GIVERS_SUBJECT = re.compile(
    # (not an object: 'Germany told partners it would add', 'تصدّرت ألمانيا قائمة المانحين')
    r"(?<!\w)(?<!told\s)(?<!list\s)(?<!among\s)(?<!\sto\s)(?<!قائمه\s)(?<!بين\s)"
    r"(?:donors|allies|countries|governments|members|partners|participants|nations|"
    r"[وف]?(?:ال)?(?:مانحون|مانحين|حلفاء|شركاء|اعضاء|مشاركون|مشاركين)|[وف]?الدول)"
    r"(?:\s+[^\s,،;؛.:]+){0,8}?\s+(?:(?:had|have|has|they|also|together|collectively|jointly)\s+)"
    r"{0,2}$", re.IGNORECASE)
# A raise word right before the promises ('جمع تعهدات بنحو', 'secured pledges of')
_RAISED_BEFORE = re.compile(r"(?<!\w)(?:raised|secured|collected|drew|attracted|[وف]?جمع\w*|"
                            r"[وف]?حشد\w*)\s+(?:new\s+)?$", re.IGNORECASE)
# A tally compared with an earlier one: the earlier is a tally too.
_TOTAL_COMPARED = re.compile(r"(?<!\w)total\s+(?:\w+\s+){0,2}?(?:down|up)\s+from\s+(?:the\s+)?"
                             r"(?:(?:about|some|around|nearly)\s+)?$", re.IGNORECASE)
_TOTAL_OF = re.compile(r"(?<!\w)(?:total|sum\s+of|(?:ال)?مجموع|(?:ال)?اجمالي|حصيله)\s+"
                       r"(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
# A contrast conjunction starts a clause with its own subject and status word.
_CONTRAST = re.compile(r"(?<!\w)(?:while|whereas|but|بينما|فيما|في\s+حين|لكن\w*|غير\s+ان)(?!\w)",
                       re.IGNORECASE)
# An amount named as a yardstick ('short of the $10 billion the UN had sought') takes its status
# from the clause after it, or is a goal.
_REFERENCE_BEFORE = re.compile(
    r"(?<!\w)(?:short\s+of|below|fraction\s+of|out\s+of|compared\s+(?:with|to)|من\s+اصل|"
    r"(?:small\s+)?part\s+of|جزء[اً]?\s+(?:يسير\w*\s+|صغير\w*\s+|ضئيل\w*\s+)?من\s*(?:ال)?|"
    r"(?<!لا\s)اقل\s+(?:بكثير\s+)?من|(?<!لا\s)[يت]قل\s+(?:كثيرا\s+|بكثير\s+)?عن)"
    r"\s*(?:the\s+|a\s+)?(?:(?:roughly|about|around|some|nearly|almost|an\s+estimated|نحو|حوالي)\s+)?$",
    re.IGNORECASE,
)
# A part named before its whole ('received $3 million of a $12 million appeal', 'تلقت 3 ملايين
# دولار من أصل نداء'): the words after the yardstick belong to the whole, not to the part.
_PART_OF_AFTER = re.compile(
    r"\s*(?:out\s+of|of\s+(?:a|an|the|its|their|his|her|our)|from\s+a\s+total\s+of|"
    r"من\s+اصل|من\s+(?:ال)?(?:اجمالي|مجموع))(?!\w)",
    re.IGNORECASE,
)
# The gap between an amount and its stated dollar equivalent: a bracket or an equivalence word
# ('or', 'i.e.', 'equivalent to', 'ما يعادل'), or both ('(approx. US$ 2.9 million)', '(ما يعادل
# نحو 2.8 مليون دولار)', ', equivalent to about $3.4 million'), then at most a qualifier.
_EQUIVALENT_WORD = (r"or|i\.e\.|that\s+is|roughly|approximately|equivalent\s+to|equal\s+to|"
                    r"the\s+equivalent\s+of|"
                    r"worth|converted|(?:[او]\s+|ب)?ما\s+(?:يعادل|يوازي|يساوي)|يعادل|يوازي|اي|او")
_EQUIVALENT_QUALIFIER = (r"about|around|approx\.?|approximately|roughly|some|nearly|almost|"
                         r"an\s+estimated|حوالي|نحو|قرابه|زهاء|ما\s+يقارب|تقريبا")
# 'إضافية', 'additional' may stand between the amount and its bracket.
_EQUIVALENT_ADJECTIVE = (r"(?:(?:ال)?اضافي\w*|additional|extra|more|annually|a\s+year|سنويا|"
                         # the sum's noun: 'a $20 million commitment (approximately US$15.4m)'
                         r"commitment|grant|pledge|package|contribution|loan|allocation|donation|"
                         r"(?:ك)?(?:منحه|مساهمه|قرض))")
_EQUIVALENT_GAP = re.compile(
    rf"^\s*(?:{_EQUIVALENT_ADJECTIVE}\s*)?(?:[(\[]\s*(?:(?:{_EQUIVALENT_WORD})\s*(?::\s*)?){{0,2}}|"
    rf"[,،]?\s*(?:(?:{_EQUIVALENT_WORD})\s*(?::\s*)?){{1,2}})"
    rf"(?:(?:{_EQUIVALENT_QUALIFIER})\s*)?$",
    re.IGNORECASE,
)

_EQUIVALENT_HEDGE = re.compile(rf"^\s*[,،]\s*(?:{_EQUIVALENT_QUALIFIER})\s*$", re.IGNORECASE)
# The bracket may close the sum's noun phrase ('a 50 billion dinar reconstruction fund for Sinjar
# (around $38 million)'): words without digits or a clause break, then the bracket.
_EQUIVALENT_AFTER_NOUN = re.compile(
    rf"[^\d()\[\],،;؛.:]{{1,60}}[(\[]\s*(?:(?:{_EQUIVALENT_WORD})\s*)?(?:(?:{_EQUIVALENT_QUALIFIER})\s*)?$",
    re.IGNORECASE)


_CURRENCY_WORD_RES = [(re.compile(pattern), code) for pattern, code in _CURRENCY_WORDS[::-1]]


@lru_cache(maxsize=512)
def _currency_of_word(word: str) -> str:
    """The code of a matched currency word (compiled once, and each spelling looked up once:
    it was a cache lookup and a match per pattern for every amount)."""
    lowered = " ".join(word.lower().split())
    for pattern, code in _CURRENCY_WORD_RES:
        if pattern.fullmatch(lowered):
            return code
    return CURRENCY_SYMBOLS[lowered]


_PREFIX_LOW = re.compile(_PREFIX)  # lower-cased text; the boundary before is checked in code


# A document that says whose dollars it counts ('all amounts are in Canadian dollars unless
# otherwise stated'): its bare '$' amounts are in that dollar.
_LOCAL_DOLLAR = re.compile(
    r"(?<!\w)(?:amounts|figures|sums|dollar\s+figures)\s+(?:\w+\s+){0,4}?(?:are|is)\s+"
    r"(?:\w+\s+){0,2}?in\s+(?P<which>canadian|australian|new\s+zealand)\s+dollars", re.IGNORECASE)
_LOCAL_CODES = {"canadian": "CAD", "australian": "AUD", "new zealand": "NZD"}


def _local_dollar(text: str) -> str | None:
    if "dollars" not in lowered(text)[0]:
        return None
    found = _LOCAL_DOLLAR.search(text)
    return _LOCAL_CODES[" ".join(found.group("which").lower().split())] if found else None


# Every currency written before its amount holds one of these (a '$' at most 3 characters
# in: 'us$', '$us'): the pattern runs only near them instead of at every character.
_PREFIX_TRIGGERS = ("$", "€", "£", "¥", *_PREFIX_CODES)


def _prefix_amounts(text: str, low: str | None = None, local: str | None = None) -> list[Amount]:
    """Amounts written after their currency; a bare '$' is `local` (the document's own dollar)
    when given."""
    found = []
    if low is None:
        matches = _PREFIX_RE.finditer(text)
    else:
        matches = (m for m in _matches(_PREFIX_LOW, low, trigger_windows(
            low, _PREFIX_TRIGGERS, 3, 40))
                   if not m.start() or not (low[m.start() - 1].isalnum()
                                            or low[m.start() - 1] in "_$"))
    for match in matches:
        value = digits_value(match.group("num"))
        scale = (match.group("scale") or "").lower()
        value *= ENGLISH_SCALES.get(scale, 1.0)
        symbol = match.group("cur").lower()
        if symbol in _CAPITALS_ONLY and not text[match.start():match.start() + 3].isupper():
            continue  # 'mad 5', 'try 3 times': words, not codes
        currency = local if local and symbol == "$" else CURRENCY_SYMBOLS[symbol]
        found.append((match.start(), match.end(), value, currency))
    return found


def _phrase_before(text: str, end: int) -> tuple[int, float] | None:
    """Start and value of the longest number phrase ending right before `end`."""
    window_start = max(0, end - _LOOKBACK)
    tokens = list(_TOKEN_RE.finditer(text, window_start, end))[-_MAX_PHRASE_TOKENS:]
    # Only the run of number-like tokens just before the currency can form the phrase.
    first_numeric = len(tokens)
    while first_numeric and _numberish(tokens[first_numeric - 1].group().lower()):
        first_numeric -= 1
    if first_numeric and _without_proclitics(tokens[first_numeric - 1].group().lower()) != (
            tokens[first_numeric - 1].group().lower()):
        first_numeric -= 1  # 'بثلاثة ملايين': a proclitic on the phrase's first word
    if first_numeric == len(tokens):
        return None
    tokens = tokens[first_numeric:]
    if tokens[0].start() == window_start and window_start and text[window_start - 1].isdigit():
        return _number_start(text, window_start), float("inf")  # over 90 characters of digits
    for first in range(len(tokens)):
        words = [t.group().lower() for t in tokens[first:]]
        if words[0] in ("and", "و") or any(not word[0].isalnum() for word in words):
            continue
        words[0] = _without_proclitics(words[0])
        arabic = _is_arabic(words)
        if not arabic and all(word in ENGLISH_SCALES for word in words):
            continue  # 'a few million dollars': no count (Arabic 'مليون دولار' is one million)
        value = parse_arabic_number(words) if arabic else parse_english_number(words)
        if value:
            if arabic:
                second = _second_amount(words)
                if second is not None:  # 'مليونين وثلاثة ملايين': the later amount alone
                    token = tokens[first + second[0]]
                    return token.start() + (1 if token.group() != "و" and token.group()[0] == "و"
                                            else 0), second[1]
            return tokens[first].end() - len(words[0]), value
    return None


def _second_amount(words: list[str]) -> tuple[int, float] | None:
    """(index, value) of the part after 'و' when an Arabic phrase joins two amounts that do not
    descend ('مليونين وثلاثة ملايين', '٦٠٠ ألف و٨٠٠ ألف'): two amounts or a range, never their
    sum. A descending phrase ('مليون ونصف', 'ثلاثة ملايين وخمسمئة ألف') is one amount."""
    for index in range(1, len(words)):
        word = words[index]
        if word == "و" and index + 1 < len(words):
            rest, at = words[index + 1:], index + 1
        elif word.startswith("و") and len(word) > 1:
            rest, at = [word[1:], *words[index + 1:]], index
        else:
            continue
        left = parse_arabic_number(words[:index])
        right = parse_arabic_number(rest)
        if left and right and right >= left and right >= 1e3 and left >= 1e3:
            return at, right
    return None


def _number_start(text: str, position: int) -> int:
    """Where the run of digits and separators ending at `position` starts."""
    while position and (text[position - 1].isdigit() or text[position - 1] in ",."):
        position -= 1
    return position


_NUMBER_WORDS = frozenset(
    [key for table in (ARABIC_UNITS, ARABIC_TEEN_FIRST, ARABIC_TENS, ARABIC_HUNDREDS,
                       ARABIC_SCALES, ARABIC_FRACTIONS) for key in table]
    + ["ال" + key for key in ARABIC_SCALES]
    + list(ENGLISH_UNITS) + list(ENGLISH_TENS) + list(ENGLISH_SCALES)
    + ["a", "an", "and", "half", "hundred", "و"]
)


def _numberish(word: str) -> bool:
    """True for a token that can be part of a number phrase ('1,200', 'ملايين', 'وخمسين')."""
    if word[0].isdigit() or word in _NUMBER_WORDS:
        return True
    if word[0] == "و" and (word[1:] in _NUMBER_WORDS or word[1:2].isdigit()):
        return True
    return "-" in word and all(part in _NUMBER_WORDS for part in word.split("-"))


def _without_proclitics(word: str) -> str:
    """'وبمليار' -> 'مليار', 'بثلاثة' -> 'ثلاثة': proclitics on the phrase's first word."""
    prefix = 0
    while prefix < 2 and prefix < len(word) - 2 and word[prefix] in _PROCLITICS:
        prefix += 1
    for cut in range(prefix, 0, -1):
        rest = word[cut:]
        if parse_arabic_number([rest]) or rest in ("نصف", "ربع") or rest in ARABIC_TEEN_FIRST or (
                parse_digits(rest)):
            return rest
        if rest.startswith("ال") and parse_arabic_number([rest[2:]]) and rest[2:] not in (
                "ف", "الف"):
            return rest[2:]  # 'فالمئة مليون دولار': the hundred million
    return word


def _is_arabic(words: list[str]) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for word in words for ch in word)


_CURRENCY_STEMS = ("dollar", "euro", "pound", "sterling", "yen", "franc", "dinar", "riyal",
                   "dirham", "lira", "kron", "crown", "usd", "eur", "gbp", "دولار", "يورو", "جنيه",
                   "دينار", "ريال", "درهم", "ياباني", "ليره", "كرونه", " ين ", " ين.", " ين،",
                   " ين,", "won", "وون")


def _currency_windows(low: str) -> list[tuple[int, int]]:
    """Merged windows around currency words; the currency pattern runs only inside them."""
    return trigger_windows(low, _CURRENCY_STEMS, 24, 30)


def _suffix_amounts(text: str, low: str | None) -> list[Amount]:
    found = []
    if low is None:
        matches = _SUFFIX_RE.finditer(text)
    else:
        matches = (m for m in _matches(_SUFFIX_LOW, low, _currency_windows(low))
                   if not m.start() or not (low[m.start() - 1].isalnum()
                                            or low[m.start() - 1] == "_"))
    for match in matches:
        phrase = _phrase_before(text, match.start())
        if phrase and not _year_not_count(text, phrase[0], match.start()):
            currency = _currency_of_word(match.group("cur"))
            if currency in _SCALED_ONLY and not _SCALED_BEFORE.search(text, phrase[0],
                                                                      match.start()):
                continue  # 'in 2017 won back Mosul', 'the 3 won': a verb
            found.append((phrase[0], match.end(), phrase[1], currency))
    return found


_SCALED_BEFORE = re.compile(r"(?:illion|bn|mn|mln|bln|thousand|مليار\w*|مليون\w*|ملايين|الف|"
                            r"الاف|\d,\d{3})\s*$", re.IGNORECASE)


# 'لم تتسلّم منذ 2014 ديناراً واحداً', 'in 2014 dollars': the number is a year, not a count.
_YEAR_BEFORE = re.compile(r"(?<!\w)[وف]?(?:منذ|عام|العام|سنه|since|in|during)\s+$", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d\s*")


def _year_not_count(text: str, start: int, currency_start: int) -> bool:
    return bool(_YEAR_DIGITS.fullmatch(text, start, currency_start)
                and _YEAR_BEFORE.search(text, max(0, start - 10), start))


# Every qualifier pattern holds one of these: most amounts have none, and one search for them
# in the 30 characters before is cheaper than four pattern searches.
_QUALIFIER_STEMS = ("least", "more", "over", "excess", "upwards", "above", "less", "قل", "اكثر",
                    "ناهز", "slightly", "below",
                    "زيد", "يفوق", "تجاوز", "nearly", "almost", "close", "just", "قارب", "يقرب",
                    "قرابه", "نحو", "about", "around", "approx", "roughly", "some", "estimat",
                    "حوالي", "زهاء", "تقريبا", "exceed", "perhaps", "possibly", "maybe", "ربما",
                    "north", "upward", "فاق", "يربو", "shy", "little", "like", "region",
                    "neighbo", "order")
# 'did not exceed $360m', 'لم يتجاوز', 'no more than': a ceiling that was reached, read as exact
_NEGATED = re.compile(r"(?<!\w)(?:لم|لا|لن|not|no|never|did\s+not|didn't|does\s+not|"
                      r"doesn't)\s+$", re.IGNORECASE)
_QUALIFIER_STEM = re.compile("|".join(map(re.escape, _QUALIFIER_STEMS)))


def _qualifier(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 30):start]
    for name, pattern in _QUALIFIER_BEFORE if _QUALIFIER_STEM.search(before.lower()) else ():
        found = pattern.search(before)
        if found:
            if name == "more_than" and "less" not in found.group().lower() and "قل" not in (
                    found.group()) and _NEGATED.search(before, 0, found.start()):
                return "exact"
            return name
    after = text[end:end + 20]
    return next((name for name, pattern in _QUALIFIER_AFTER if pattern.match(after)), "exact")


def _status_words(text: str, low: str | None, found: list[Amount]) -> list[re.Match]:
    """The status words of the sentences that hold an amount, in text order. Overlapping
    sentence windows (long text without full stops) are merged, so each character is scanned
    once however many amounts there are."""
    spans: list[list[int]] = []
    for start, _, _, _ in found:
        span_start, span_end = sentence_span(text, start)
        if spans and span_start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], span_end)
        elif not spans or (span_start, span_end) != tuple(spans[-1]):
            spans.append([span_start, span_end])
    if low is None:
        return [match for start, end in spans for match in _STATUS_RE.finditer(text, start, end)]
    words: list[re.Match] = []
    for start, end in spans:
        scripts = scripts_in(low[start:end])
        if len(scripts) < 2:
            words += (match for script in scripts
                      for match in _STATUS_LOW[script].finditer(low, start, end))
            continue
        # Both scripts: the leftmost word first, then on after its end, as one pattern would.
        last_end = -1
        for match in sorted((match for script in scripts
                             for match in _STATUS_LOW[script].finditer(low, start, end)),
                            key=re.Match.start):
            if match.start() >= last_end:
                words.append(match)
                last_end = match.end()
    return words


def _status(text: str, start: int, end: int, words: list[re.Match] | None = None,
            starts: list[int] | None = None) -> str:
    """The status of the nearest usable word. A word farther away than the nearest one on the
    same side can never win: the comma or contrast that rules out the nearest rules it out too,
    so only two words are weighed (bounded work however long the sentence)."""
    sentence_start, sentence_end = sentence_span(text, start)
    low_text, same = lowered(text)  # stems in the 160 characters before gate the checks below
    near_start = max(sentence_start, start - 160)
    near = low_text[near_start:start] if same else text[near_start:start].lower()
    reference = _REFERENCE_BEFORE.search(text, max(sentence_start, start - 30), start)
    if words is None:
        words = list(_STATUS_RE.finditer(text, sentence_start, sentence_end))
    starts = starts if starts is not None else [match.start() for match in words]
    inside = _sentence_words(words, starts, sentence_start, sentence_end)
    before = [match for match in inside if match.end() <= start and not (
        match.lastgroup == "drive_total" and (_PART_LEAD.search(
            text, max(sentence_start, match.start() - 12), match.start()) or _WHAT_TOTALS.search(
            text, max(sentence_start, match.start() - 4), min(len(text), match.end() + 4))))][-1:]
    after = [match for match in inside if match.start() >= end][:1]
    best, best_distance, best_word = "unknown", None, None
    for match in before:
        if not (reference or _CONTRAST.search(text, match.end(), start)):
            best, best_distance, best_word = match.lastgroup, start - match.end(), match
    if after and (_PART_OF_AFTER.match(text, end, after[0].start())
                  or _FORM_BEFORE.search(text, end, after[0].start())):
        after = []
    if after and best_word is not None and after[0].lastgroup == "pledge" and _USE_AFTER.match(
            text, after[0].start(), min(sentence_end, after[0].end() + 12)):
        after = []  # 'تسلّمت ... مساهمة قدرها 3 ملايين يورو خُصّصت للمياه': its use, not its status
    appositive = bool(after) and ("," in text[max(sentence_start, start - 12):start] or "،" in text[
        max(sentence_start, start - 12):start]) and bool(
        _APPOSITIVE_OPEN.search(text, max(sentence_start, start - 12), start))
    # A word before the amount in an earlier clause yields to one in the amount's own clause
    # after it ('Of the $500 million pledged in Kuwait, only $120 million has been disbursed').
    before_broken = best_word is not None and bool(_CLAUSE_BREAK.search(text, best_word.end(),
                                                                        start))
    for match in after:
        distance = 2 * (match.start() - end)  # wording after the amount counts less
        gap_start = end
        if appositive:  # 'Germany's latest tranche, 15 million euros, landed in our account'
            closing = _APPOSITIVE_CLOSE.match(text, end, match.start())
            gap_start = closing.end() if closing else end
        if not _CLAUSE_BREAK.search(text, gap_start, match.start()) and (
                reference or not _CONTRAST.search(text, end, match.start())) and (
                best_distance is None or distance < best_distance or before_broken):
            best, best_distance, best_word = match.lastgroup, distance, match
    if (best == "pledge" and best_word.end() <= end
            and _call_before(text, sentence_start, best_word.start())
            and _CALL_TO.search(text, max(sentence_start, best_word.start() - 160),
                                best_word.start())):
        best = "goal"  # 'دعا المانحين إلى أن تخصص ... مليوني دولار', 'urged donors to commit'
    if best == "unknown" and _call_before(text, sentence_start, start) and _CALL_TO.search(
            text, max(sentence_start, start - 160), start):
        best = "goal"  # 'ودعوا إلى توفير 350 مليون دولار', 'urged donors to find $50m'
    if best == "pledge" and (_TOTAL_OF.search(text, max(sentence_start, best_word.start() - 20),
                                              best_word.start())
                             or _collective_tally(text, start, end, sentence_start,
                                                  sentence_end, best_word.start())
                             or _tally_with_parts(text, start, end, sentence_start, sentence_end)
                             # 'Between them they put up something over $300 million'
                             or _TOGETHER.search(text, max(sentence_start, best_word.start() - 40),
                                                 best_word.start())
                             or (best_word.start() >= end and _PLEDGED_AT_AFTER.match(
                                 text, end, min(sentence_end, end + 160)))
                             # round 21: 'Iraq's allies promised it about $30 billion on
                             # Wednesday', 'Countries backing Iraq's war ... put up', 'جمع
                             # تعهدات بنحو'
                             or (best_word.end() <= start and ((_GIVERS_SUBJECT.search(
                                 text, max(sentence_start, best_word.start() - 70),
                                 best_word.start()) and not _one_giver_before(
                                 text, max(sentence_start, best_word.start() - 70),
                                 best_word.start())) or _RAISED_BEFORE.search(
                                 text, max(sentence_start, best_word.start() - 12),
                                 best_word.start())))):
        best = "drive_total"  # 'مجموع التعهدات', 'donors pledged $30bn at the conference'
    if best in ("pledge", "unknown") and "total" in near[-60:] and _TOTAL_COMPARED.search(
            text, max(sentence_start, start - 60), start):
        return "drive_total"  # 'The total was down from the €9.6 billion announced last year'
    if any(stem in near[-80:] for stem in _GROWN_STEMS) and _GROWN_TO.search(
            text, max(sentence_start, start - 80), start):
        return "cumulative"  # 'The trust fund has now grown to over EUR 730 million'
    if best == "drive_total" and _MOBILISED.fullmatch(best_word.group()) and _SINCE.search(
            text, sentence_start, sentence_end):
        return "cumulative"  # 'the EU and its member states have mobilised ... since 2011'
    if best in ("pledge", "unknown") and any(stem in near[-120:] for stem in _YIELD_STEMS) and (
            _MEETING_YIELDED.search(text, max(sentence_start, start - 120), start)):
        return "drive_total"  # 'The Riyadh ministerial generated US$ 601 million in pledges'
    if best == "contribution" and best_word.end() <= start and _TOGETHER.search(
            text, max(sentence_start, best_word.start() - 40), start):
        return "cumulative"  # 'Coalition partners together have provided more than $1.1 billion'
    if best == "contribution" and _GIFT_NOUN.fullmatch(best_word.group()) and _STILL_AHEAD.match(
            text, end, min(sentence_end, end + 120)):
        best = "pledge"  # 'confirmed a contribution of $1.75m, which is expected in May'
    if best == "contribution" and best_word.end() <= start and _GIFT_NOUN.fullmatch(
            best_word.group()) and _LAUNCHED.search(text, max(sentence_start,
                                                              best_word.start() - 40),
                                                    best_word.start()):
        best = "pledge"  # 'أطلقت الوزارة منحة بقيمة': a grant programme launched
    estimate = _ESTIMATED_NEED.search(text, max(sentence_start, start - 160), start) if (
        best != "goal" and _estimate_near(text, max(sentence_start, start - 160), start)) else None
    if estimate and (best in ("unknown", "pledge") or best_word.start() <= estimate.start()) and (
            estimate.group("at") or not _CLAUSE_BREAK.search(text, estimate.start(), start)):
        best = "goal"  # 'وتقدر المنظمة كلفة الاستعداد للشتاء بما بين', 'estimated the cost at'
    if best == "drive_total" and _TOTAL_WORD.fullmatch(best_word.group()) and any(
            match.lastgroup == "contribution" and _RECEIVED_WORD.fullmatch(match.group())
            for match in inside if sentence_start <= match.start() < best_word.start()):
        return "cumulative"  # 'تلقّت المنظمة خلال 2024 منحاً بلغ مجموعها 4.3 ملايين دولار'
    if best == "pledge" and best_word.start() < start and _GOAL_NOUN_BEFORE.search(
            text, max(sentence_start, best_word.start() - 16), best_word.start()):
        return "goal"  # 'الهدف المعلن ... وهو 500 مليون دولار', 'the announced target of'
    if best == "drive_total" and _TOTAL_WORD.fullmatch(best_word.group()) and _OWN_TOTAL.search(
            text, max(sentence_start, best_word.start() - 40), best_word.start()):
        return "cumulative"  # "Britain's contributions total £260 million", 'the lifetime total'
    if best == "drive_total" and (_GOAL_LEAD.search(text, sentence_start, best_word.start())
                                  or best_word.group().startswith("ل")):
        best = "goal"  # 'يهدف الصندوق إلى جمع', 'نداءً لجمع': collecting is the aim, not the result
    if ("الا" in near or "سوي" in near) and _ONLY_RECEIVED.search(
            text, max(sentence_start, start - 160), start) and (
            _NEED_OR_REQUEST.search(text, sentence_start, start)):
        return "cumulative"  # 'تطلب ... ولم يصل من هذا المبلغ ... إلا نحو 680 مليون دولار'
    if best == "contribution" and best_word.end() <= start and _RECEIVED_WORD.fullmatch(
            best_word.group()) and ((_PART_OF_AFTER.match(text, end, min(sentence_end, end + 30))
                                     and _NEED_WORD.search(text, end, min(sentence_end, end + 80)))
                                    or (_OF_IT.search(text, best_word.end(), start)
                                        and _NEED_WORD.search(text, sentence_start,
                                                              best_word.start()))):
        return "cumulative"  # 'received $6.2 million of the $18 million it needs': so far
    after_low = low_text[end:min(sentence_end, end + 60)] if same else ""
    after_stems = not same or any(stem in after_low for stem in _AFTER_STATUS_STEMS)
    if after_stems and best in ("unknown", "contribution") and _NOT_ALL_ARRIVED.match(
            text, end, min(sentence_end, end + 60)):
        return "pledge"  # 'المنحة القطرية البالغة ١٠ ملايين دولار فلم يصل منها سوى الثلث'
    if after_stems and best in ("unknown", "pledge") and _PAID_IN_FULL.match(
            text, end, min(sentence_end, end + 60)):
        return "contribution"  # 'وقيمتها ٤٠ مليون دولار، قد سُلّمت بالكامل'
    if after_stems and best in ("unknown", "contribution", "goal") and _EARMARKED_AFTER.match(
            text, end, min(sentence_end, end + 60)):
        return "pledge"  # 'froze some $200 million that had been earmarked', 'منحاً ... كانت مخصصة'
    if best == "unknown" and reference:
        return "goal"
    if best == "unknown" and _has_cost_word(text, start, sentence_start):
        return _cost_status(text, start, end, sentence_start) or best
    if (best == "contribution" and best_word.end() <= start
            and not _CLAUSE_BREAK.search(text, best_word.end(), start)
            and _announced_gift(text, best_word, inside, sentence_start)):
        # (announced by many givers at a meeting: 'Partners announced contributions worth more
        # than USD 700 million over the course of the meeting' is its tally)
        return "drive_total" if _collective_tally(text, start, end, sentence_start, sentence_end,
                                                  best_word.start()) else "pledge"
    return best


# A running total (cumulative): a sum given, committed or received over a period up to the
# time of writing, named by 'since' with a time ('since 2017', 'since January', 'since its
# creation', 'منذ التحرير', 'منذ بداية العام'), 'so far' / 'to date' / 'حتى الآن', 'by the end of
# May ... had', a span of years ('between 2018 and 2024', 'over the past five years', 'بين عامي'),
# or by a verb that brings a total to the amount ('bringing total U.S. assistance to about $140m',
# 'ليرتفع إجمالي الدعم إلى'). Since round 8 such sums take the status `cumulative` (the data rules'
# status for a donor's or a fund's running total); a drive's own tally ('we have raised',
# 'جمعنا') stays `drive_total`.
_EN_MONTH_NAMES = ("january|february|march|april|may|june|july|august|september|october|"
                   "november|december")
_AR_MONTH_NAMES = "|".join(sorted(AR_MONTHS, key=len, reverse=True))
_SINCE = re.compile(
    # round 21: 'Since we started in mid-2015 donors have handed us'
    r"(?<!\w)(?:since\s+(?:we|they|it|I)\s+(?:started|began|opened|arrived|launched|took\s+over)"
    r"(?!\w)|since\s+(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d\d|"
    rf"(?:{_EN_MONTH_NAMES})(?!\w)|(?:the|its|their|his|her|our)\s+(?:\w+\s+)?(?:liberation|"
    r"creation|founding|formation|launch|inception|establishment|outbreak|fall|defeat|war|"
    r"start|beginning|end|freeze|cuts?|suspension|halt|closure|collapse|attack|offensive|takeover|"
    r"return|arrival)|(?:the\s+)?(?:start|beginning)\s+of|last\s+(?:year|month|spring|summer|"
    r"autumn|fall|winter)|liberation|then)|"
    r"so\s+far|to\s+date|thus\s+far|as\s+(?:of|at)\s+(?:now|today|(?:\d{1,2}\s+)?(?:"
    + _EN_MONTH_NAMES + r")(?!\w))|since\s+(?:it|the\s+\w+)\s+(?:opened|began|started|was\s+"
    r"(?:set\s+up|launched|created|founded|established))|"
    # 'since the first group came back in May 2021': since an event, told in the past tense
    r"since\s+(?:the|its|their|his|her|our)\s+(?:[\w-]+\s+){0,3}?(?:\w+ed|came|began|went|"
    r"fell|took|won|left|rose|became)(?!\w)|"
    r"by\s+(?:\d{1,2}\s+(?:" + _EN_MONTH_NAMES + r")|(?:" + _EN_MONTH_NAMES + r")\s+\d{1,2})(?!\w)|"
    r"by\s+the\s+end\s+of\s+(?:" + _EN_MONTH_NAMES
    + r"|(?:19|20)\d\d|(?:the|last)\s+(?:year|month))|"
    r"(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to)\s+(?:(?:19|20)\d\d|now|today|the\s+(?:end|moment|"
    r"time|day)|its\s+(?:end|closure))|by\s+the\s+(?:cut-?off|reporting)\s+date|"
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decade)|"
    r"over\s+(?:that|this|the\s+same)\s+period|"
    r"by\s+(?:early|mid|late)-?\s*(?:" + _EN_MONTH_NAMES + r")(?!\w)|"
    r"by\s+(?:this|that|last)\s+(?:week|month)|by\s+the\s+time|"
    r"by\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"[وف]?منذ\s+(?:عام\s+|العام\s+|سنه\s+|مطلع\s+|بدايه\s+|اوائل\s+|منتصف\s+)?(?:(?:19|20)\d\d|"
    rf"(?:{_AR_MONTH_NAMES})(?!\w)|"
    r"(?:ال)?(?:تحرير|تاسيس|انطلاق|سقوط|هزيمه|انشاء|انشائ|اطلاق|الحرب|عام|سنه|بدء|بدايه|مطلع|"
    r"افتتاح|هجوم|الهجوم|معركه|المعركه|زلزال|الزلزال|انسحاب|الانسحاب|عوده|العوده|سيطره|السيطره|"
    r"اتفاق|الاتفاق)\w*|ذلك\s+(?:الحين|الوقت|التاريخ))|"
    # round 21: 'بحلول نهاية ٢٠١٦ كان قد تلقى'
    r"[وف]?بحلول\s+(?:نهايه\s+|منتصف\s+|مطلع\s+)?(?:عام\s+|العام\s+)?(?:(?:19|20)\d\d|"
    rf"(?:{_AR_MONTH_NAMES})(?!\w))|"
    r"[وف]?(?:حتي|لغايه|الي)\s+(?:الان|اليوم|تاريخه|هذه\s+اللحظه|(?:ال)?امس|(?:نهايه\s+)?\d{1,2}\s+"
    rf"(?:{_AR_MONTH_NAMES})(?!\w)|"
    # round 21: 'وحتى آب الماضي تخطّى ما أودعه المانحون'
    rf"(?:نهايه\s+)?(?:{_AR_MONTH_NAMES})\s+(?:الماضي|المنصرم|(?:من\s+)?(?:العام\s+)?(?:19|20)\d\d))|"
    r"(?:بين|خلال)\s+(?:عامي|العامين|السنوات|الاعوام)(?!\w))(?!\w)",
    re.IGNORECASE,
)
# The same on lower-cased text without IGNORECASE: a case-blind pattern over Arabic and Latin
# is several times slower.
_SINCE_LOW = re.compile(_SINCE.pattern)
# A character inside one clause: no comma or semicolon, and a full stop only inside an initialism
# or a number ('U.S. stabilisation assistance').
_IN_CLAUSE = r"(?:[^,،;؛.]|\.(?=\w|\s+(?-i:[a-z])))"
_TOTAL_BROUGHT = re.compile(
    r"(?<!\w)(?:brings?|bringing|brought|takes|taking|took|raises|raising|pushe[sd]|pushing|"
    r"[ول]?[يت]?(?:رفع|صل|بلغ)|[ول]?[يت]رتفع|ارتفع\w*)(?!\w)"
    rf"{_IN_CLAUSE}{{1,80}}?"
    r"(?<!\w)(?:(?:the\s+)?total|(?:ال)?اجمالي|مجموع|مجمل|(?:ال)?حصيله)(?!\w)"
    rf"{_IN_CLAUSE}{{1,80}}?"
    r"(?<!\w)(?:to|الي)(?:\s+(?:about|around|some|roughly|nearly|almost|more\s+than|over|"
    r"نحو|حوالي|اكثر\s+من|ما\s+يقارب))?\s*$",
    re.IGNORECASE,
)


def _clause_bounds(text: str, start: int, end: int, sentence_start: int,
                   sentence_end: int) -> tuple[int, int]:
    """The clause of an amount: the sentence cut at the nearest comma, semicolon or contrast
    conjunction on each side."""
    left = sentence_start
    for match in _CLAUSE_BREAK.finditer(text, max(sentence_start, start - 200), start):
        left = match.end()
    for match in _CONTRAST.finditer(text, left, start):
        left = match.end()
    right = min(sentence_end, end + 200)
    cut = _CLAUSE_BREAK.search(text, end, right)
    right = cut.start() if cut else right
    contrast = _CONTRAST.search(text, end, right)
    return left, contrast.start() if contrast else right


# The cost of works ('أعاد تأهيل 18 مدرسة بكلفة 12 مليون دولار', 'completed 63 projects at a
# cost of $38 million') was spent; an estimated cost of rebuilding ('كلفة إعادة الإعمار تبلغ',
# 'estimated the cost of rebuilding at $30 million') is a need. Used only when no status word
# decides.
_COST_BEFORE = re.compile(
    r"(?<!\w)(?:[وفب]?(?:ال)?(?:كلفه|تكلفه|كلفت\w*|تكلفت\w*)|[وف]?س[يت]{1,2}كلف\w*|costs?|costing)"
    r"(?!\w)[^,،;؛.]{0,70}$",
    re.IGNORECASE,
)
_COMPLETED = re.compile(
    r"(?<!\w)(?:[وف]?(?:انجز|اكمل|اتم|نفذ|رمم|شيد|اعاد\w*\s+تاهيل|اعاد\w*\s+بناء)\w*|"
    r"completed|finished|rebuilt|rehabilitated|restored|repaired|renovated|built|carried\s+out|"
    r"implemented)(?!\w)",
    re.IGNORECASE,
)
_ESTIMATED = re.compile(
    r"(?<!\w)(?:[وف]?[يت]?قدر\w*|تقديرات?|estimat\w*|(?:ال)?اعاده\s+(?:ال)?(?:اعمار|بناء)|"
    r"rebuild\w*|reconstruct\w*|reckon\w*|forecast\w*|calculat\w*|[وف]?[يت]?توقع\w*)(?!\w)",
    re.IGNORECASE,
)


# A cost in the future or conditional ('would cost', 'will cost', 'ستكلف') is an estimate.
# ('definite': a cost that will be, not one that would or could, round 21)
_COST_AHEAD = re.compile(r"(?:(?:would|(?P<definite>will|is\s+expected\s+to)|could|may|might|"
                         r"is\s+likely\s+to)\s+(?:\w+\s+)?$)", re.IGNORECASE)


def _cost_status(text: str, start: int, end: int, sentence_start: int) -> str | None:
    """'contribution' for the cost of finished works, 'goal' for an estimated rebuilding cost."""
    window_start = max(sentence_start, start - 80)
    cost = _COST_BEFORE.search(text, window_start, start)
    if not cost:
        return None
    ahead = cost.group().startswith(("س", "وس", "فس")) or _COST_AHEAD.search(
        text, max(sentence_start, cost.start() - 40), cost.start())
    if isinstance(ahead, re.Match) and ahead.group("definite") and not _COMPLETED.search(
            text, max(sentence_start, cost.start() - 200), cost.start()):
        return "goal"  # 'clearing the town of booby traps will cost at least $4 million'
    if ahead and _ESTIMATED.search(text, max(sentence_start, cost.start() - 80),
                                   min(sentence_span(text, start)[1], end + 40)):
        return "goal"  # 'would cost $40m to rebuild'; 'would cost $40m to repair' is a loss
    if _COMPLETED.search(text, max(sentence_start, cost.start() - 200), cost.start()):
        return "contribution"
    if _ESTIMATED.search(text, max(sentence_start, cost.start() - 80), start):
        return "goal"
    return None


_TOTAL_STEMS = ("total", "اجمالي", "مجموع", "مجمل", "حصيله")
# The words that can start a running-total period, as one pattern on lower-cased text (most
# sentences have none, and 'by ', 'between', 'last' alone are too common to gate on).
_PERIOD_STEM = re.compile(
    r"since|منذ|so far|to date|thus far|as (?:of|at) |by (?:the end|the time|the cut|the reporting|"
    r"this |that |last |\d|"
    r"mon|tue|wed|thu|fri|sat|sun|"
    r"jan|feb|"
    r"mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec|early|mid|late)|over (?:that|this|the same) period|"
    r"(?:between|from) (?:19|20)\d\d|(?:past|last) (?:\w+ )?(?:years|"
    r"decade)|حتي (?:الان|اليوم|تاريخه|هذه|امس|الامس|نهايه|\d|"
    rf"(?:{_AR_MONTH_NAMES}) )|لغايه|الي (?:الان|اليوم)|بحلول|"
    r"(?:بين|خلال) (?:عامي|العامين|السنوات|الاعوام)")
_TO_BEFORE = re.compile(r"(?<!\w)(?:to|الي)(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
# A sentence that opens with its period ('Since 2015, Japan has given ...', 'ومنذ عام 2015، قدمت').
# (after a dateline: 'OSLO - Since 2015, Norway has given', 'الرقة – منذ تحرير المدينة، أنفق')
_FRONTED_PERIOD = re.compile(r"[\s\W]*(?:[^\W\d][^\n\-–—]{0,40}?\s[-–—]\s+)?"
                             r"(?=(?:[وف]?منذ|since|so\s+far|to\s+date|as\s+(?:of|at)|by)(?!\w))",
                             re.IGNORECASE)
_APPEAL_WORD = re.compile(r"(?<!\w)(?:appeal|campaign|fundraising\s+drive|"
                          r"[وفبل]?(?:ال)?(?:نداء|حمله))"
                          r"(?!\w)", re.IGNORECASE)
# A drive's own tally keeps its status: 'we have raised £850,000 to date', 'جمعنا حتى الآن'.
# (not 'mobilised': donors that mobilised a sum since a year report their running total)
_RAISE_WORD = re.compile(r"(?<!\w)(?:raised|raising|collected|"
                         r"[وفبل]?[نيت]?جمع(?!ي)\w*)(?!\w)", re.IGNORECASE)


_PERIOD_HEADS = ("since", "منذ", "so far", "to date", "thus far", "as of", "as at", "by ",
                 "over th",
                 "between 19", "between 20", "from 19", "from 20", "past ", "last ", "حتي ",
                 "لغايه", "الي ال", "بين عام", "بين العام", "خلال السنوات", "خلال الاعوام",
                 "بحلول")


def _stem_starts(low: str) -> tuple[list[int], list[int]]:
    """Where the period words and the total words start in the lower-cased text: found once
    per article (str.find for each literal head, the pattern only at those places: an
    alternation tried at every character cost 100 µs per 2 KB), then looked up by bisection
    for each amount."""
    periods = []
    for head in _PERIOD_HEADS:
        position = low.find(head)
        while position >= 0:
            if _PERIOD_STEM.match(low, position):
                periods.append(position)
            position = low.find(head, position + 1)
    totals = []
    for stem in _TOTAL_STEMS:
        position = low.find(stem)
        while position >= 0:
            totals.append(position)
            position = low.find(stem, position + 1)
    return sorted(periods), sorted(totals)


def _any_between(starts: list[int], low: int, high: int) -> bool:
    index = bisect_left(starts, low)
    return index < len(starts) and starts[index] < high


def _running_total(text: str, low: str, start: int, end: int,
                   stems: tuple[list[int], list[int]] | None = None) -> str | None:
    """'period' for a sum given or received over a period up to the time of writing ('has spent
    $1bn since 2017', 'committed so far', 'تلقت حتى الآن'), 'brought' for a total brought to the
    amount ('brings its total to $75 million'), None otherwise."""
    sentence_start, sentence_end = sentence_span(text, start)
    low_start, high = max(sentence_start, start - 200), min(sentence_end, end + 200)
    if stems is None:
        stems = _stem_starts(low)
    period = _any_between(stems[0], low_start, high)
    total = _any_between(stems[1], low_start, start) and bool(
        _TO_BEFORE.search(text, max(sentence_start, start - 30), start))
    if not (period or total) or _REFERENCE_BEFORE.search(text, max(sentence_start, start - 30),
                                                          start):
        return None
    left, right = _clause_bounds(text, start, end, sentence_start, sentence_end)
    colon = text.rfind(":", left, start)  # 'so far only Britain has announced anything: £10m'
    fronted_ok = colon < 0
    left = colon + 1 if colon >= 0 else left
    colon = text.find(":", end, right)
    right = colon if colon >= 0 else right
    if total and _TOTAL_BROUGHT.search(text, max(left, start - 200), start):
        return "brought"
    since = _SINCE_LOW if len(low) == len(text) else _SINCE
    haystack = low if since is _SINCE_LOW else text
    if period and since.search(haystack, left, right):
        return "period"
    if period and _GIVEN_BEFORE.search(text, max(left, start - 60), start):
        later = since.search(haystack, end, min(sentence_end, end + 200))
        if later and not _NEW_CLAUSE.search(text, end, later.start()):
            return "period"  # 'has put $12.5 million into schools, clinics and water since 2016'
    fronted = _FRONTED_PERIOD.match(text, sentence_start, left) if period and fronted_ok else None
    if fronted and since.match(haystack, fronted.end(), left):
        return "period"
    return None


# A sum already given, right before the amount ('has put', 'have provided', 'أنفقت'), and a gap
# after it with no new clause (a list of what it paid for may hold commas).
_GIVEN_BEFORE = re.compile(
    r"(?<!\w)(?:(?:has|have|had)\s+(?:(?:also|already|now|together|collectively)\s+)?[a-z]+(?:\s+in)?|"
    r"[وف]?(?:انفق|قدم|صرف|حول|اودع|دفع|خصص|رصد)\w*)"
    r"(?:\s+\S+){0,3}?\s+(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over|only|just|"
    r"نحو|حوالي|قرابه|اكثر\s+من|ما\s+يقارب)\s+)?$", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r"(?<!\w)(?:but|while|which|who|that|said|says|is|are|was|were|has|"
                         r"have|had|will|would|[وف]?قال\w*|[وف]?اكد\w*|[وف]?اضاف\w*|الذي|التي|حيث|"
                         r"بينما|فيما|لكن|وان|و(?:هو|هي|بلغ|كان|قد|ما)\w*|ما\s+زال\w*)(?!\w)|[;؛:]|"
                         r"[,،]\s*و|"
                         # round 21: ', bringing its total ... since 2016 to': the total's clause
                         r"[,،]\s*(?:bringing|taking|raising|pushing|lifting)(?!\w)", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(r"(?<!\w)(?:will|would|shall|going\s+to|plans?\s+to|سوف|سيتم|"
                            r"[وف]?س[يتن](?:قدم|خصص|صرف|ذهب|مول|نفق|دفع|ساهم|رصد|وجه|ستخدم)\w*)(?!\w)",
                            re.IGNORECASE)


def _goal_in_clause(text: str, left: int, right: int) -> bool:
    """Whether a need word stands in the amount's own clause ('only $7.2 mln had come in by 25
    June' after 'agencies needed $24.6 million,': the need is the other clause's)."""
    return any(match.lastgroup == "goal" for match in _STATUS_RE.finditer(text, left, right))


# An increment ('an additional', 'a further', 'another') is what was added, not the running total
# that the period's words describe.
_INCREMENT = re.compile(r"(?<!\w)(?:an\s+additional|a\s+further|another|additional|extra)\s+"
                        r"(?:\S+\s+)?$", re.IGNORECASE)


def _cumulative(text: str, low: str, item: dict, start: int, end: int,
                stems: tuple[list[int], list[int]] | None = None) -> str | None:
    """The running-total kind of a money item whose words gave no goal: a running total is
    `cumulative`, unless a raise word makes it a drive's own tally."""
    kind = _running_total(text, low, start, end, stems)
    if kind is None:
        return None
    sentence_start, sentence_end = sentence_span(text, start)
    left, right = _clause_bounds(text, start, end, sentence_start, sentence_end)
    if item["status"] == "goal" and _goal_in_clause(text, left, right):
        return None
    if item["status"] == "pledge" and _FUTURE_BEFORE.search(
            text, max(sentence_start, start - 120), min(sentence_end, end + 40)):
        return None  # 'a further £1 million will be spent by the end of April'
    if kind == "period" and _INCREMENT.search(text, max(left, start - 30), start):
        return None  # "an additional EUR 25 million this year, taking its total since 2015 to"
    if kind == "period" and (_RAISE_WORD.search(text, left, right)
                             or _APPEAL_WORD.search(text, left, right)):
        item["status"] = "drive_total"
        return None  # a drive's own tally ('جمعنا حتى الآن', 'given to the appeal so far')
    item["status"] = "cumulative"
    return kind


def _has_cost_word(text: str, start: int, sentence_start: int) -> bool:
    window = text[max(sentence_start, start - 80):start].lower()
    return "كلف" in window or "cost" in window


def _sentence_words(words: list[re.Match], starts: list[int], sentence_start: int,
                    sentence_end: int) -> list[re.Match]:
    """The status words lying wholly inside one sentence, found by bisection."""
    first, last = bisect_left(starts, sentence_start), bisect_left(starts, sentence_end)
    return [match for match in words[first:last] if match.end() <= sentence_end]


# A gift named by a noun ('a grant of', 'منحة بقيمة') is only promised when the clause
# announces it: 'Japan announced a grant of $3 million', 'أعلنت اليابان عن منحة'.
_GIFT_NOUN = re.compile(r"(?:[وفبل]?(?:ال)?منحه|[وفبل]?(?:ال)?مساهمه|[وفبل]?(?:ال)?تبرع\w*|grants?|"
                        r"contributions?|donations?)",
                        re.IGNORECASE)


def _announced_gift(text: str, word: re.Match, words: list[re.Match], sentence_start: int) -> bool:
    if not _GIFT_NOUN.fullmatch(word.group()):
        return False
    return any(other.lastgroup == "pledge" and sentence_start <= other.start()
               and other.end() <= word.start()
               and not _CLAUSE_BREAK.search(text, other.end(), word.start())
               # 'اتفاقية تسلّمت بموجبها منحة': the receiving word between decides
               and not any(between.lastgroup == "contribution" and other.end() <= between.start()
                           and between.end() <= word.start() for between in words)
               for other in words)


# A scaled number with no currency of its own, set against an amount just named in its sentence
# ('نحو ٤٥ مليون دولار، لم يصل منها حتى الآن سوى ٨٫٢ ملايين', 'من أصل ٧٠ مليوناً', 'out of
# a total 48 million'): the same currency. Only after a word that compares it with that amount,
# and never before a noun of people or goods ('of 2 million people').
_AR_NUMBER_WORD = (r"[وف]?(?:واحد|احد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مائ)"
                   r"[^\W\d]*")
_CARRIED = re.compile(
    r"(?<!\w)(?:[وف]?(?:من\s+اصل|سوي|الا)|out\s+of(?:\s+(?:the|a|its))?|only|just)\s+"
    r"(?:(?:about|around|some|nearly|almost|نحو|حوالي|قرابه|زهاء)\s+)?"
    # (round 21: the number may be in words, 'سوى ثمانية وثلاثين مليوناً', 'إلا سبعة عشر مليوناً
    # ونصف المليون')
    rf"(?P<num>\d[\d.,]*|{_AR_NUMBER_WORD}(?:\s+{_AR_NUMBER_WORD}){{0,3}})\s*(?:million|billion|mn|"
    r"bn|mln|مليون\w*|"
    r"ملايين|مليار\w*)(?:\s+ونصف(?:\s+(?:ال)?(?:مليون|مليار))?)?(?!\w)")
_CARRIED_CUES = ("اصل", "سوي", "الا", "out of", "only", "just")
# A bare scale word as a part of the amount before it ('ملياري دولار، مليار منها قروضاً ومليار
# أخرى للاستثمار'): one billion (or million) of the same currency.
_CARRIED_WORD = re.compile(r"(?<!\w)[وف]?(?P<num>مليار|مليون)(?:ا)?\s+(?:منها|منه|اخري|اخر)(?!\w)")
_NOT_MONEY_NOUN = re.compile(
    r"\s*(?:of\s+)?(?:people|persons|residents|refugees|children|civilians|displaced|returnees|"
    r"tonnes|tons|barrels|doses|meals|litres|homes|houses|acres|hectares|square|"
    r"[وبل]?(?:ال)?(?:شخص|اشخاص|نسمه|لاجئ|نازح|طفل|اطفال|مواطن|مدني|طن|برميل|جرعه|وجبه|لتر|منزل|"
    r"مسكن|هكتار|دونم|متر|كيلو)\w*)(?!\w)", re.IGNORECASE)


def _with_carried_currency(text: str, found: list[Amount]) -> list[Amount]:
    """`found` with the currency-less amounts that take the currency of the amount before them
    in their sentence (see _CARRIED)."""
    if not found:
        return found
    carried = []
    index = 0
    low, same = lowered(text)
    # the cue words by str.find first (a scan of the whole text cost a tenth of find_money)
    windows = [(max(low_start, found[0][1]), high) for low_start, high in trigger_windows(
        low, _CARRIED_CUES, 8, 40) if high > found[0][1]] if same else [(found[0][1], len(text))]
    matches = list(_matches(_CARRIED, text, windows))
    if same and ("منها" in low or "منه " in low or "اخر" in low):
        matches += _matches(_CARRIED_WORD, text, [
            (max(low_start, found[0][1]), high) for low_start, high in trigger_windows(
                low, ("مليار", "مليون"), 2, 24) if high > found[0][1]])
    for match in sorted(matches, key=re.Match.start):
        start, end = match.start("num"), match.end()
        while index + 1 < len(found) and found[index + 1][1] <= start:
            index += 1
        previous = found[index]
        if previous[1] > start or any(f[0] < end and start < f[1] for f in found[index:index + 2]):
            continue  # inside or overlapping an amount that has its currency
        if sentence_span(text, start)[0] > previous[0] or start - previous[1] > 160:
            continue
        if _NOT_MONEY_NOUN.match(text, end):
            continue
        if match.re is _CARRIED and not match.group("num")[0].isdigit() and not _OF_IT.search(
                text, previous[1], start):
            continue  # a number in words is a part only of a sum it names ('لم يصلها منه ... سوى')
        if match.re is _CARRIED_WORD:
            value = 1e9 if match.group("num").startswith("مليار") else 1e6
            carried.append((start, match.end("num"), value, previous[3]))
            continue
        phrase = _phrase_before(text, end)
        if phrase is None or phrase[0] != start:
            continue
        carried.append((start, end, phrase[1], previous[3]))
    return sorted(found + carried) if carried else found


def _without_overlaps(found: list[Amount]) -> list[Amount]:
    kept: list[Amount] = []
    for item in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


# A minus sign or word right before the amount: a loss or a correction, never funding. A hyphen
# counts only after a space or bracket ('$3-$5 million' is a range, not minus five).
_NEGATIVE_BEFORE = re.compile(r"(?:(?:^|(?<=[\s(\[:=]))[-\u2212]|(?<!\w)(?:minus|negative|"
                              r"[وب]?ناقص|[وب]?سالب))\s*$", re.IGNORECASE)


def _refusal(text: str, start: int, end: int, value: float,
             amount_usd: float | None, rare: frozenset[str] | None = None,
             quoted: bool = True) -> str | None:
    """Why an amount is not reported as money: negative, not a finite number ('$' and 400
    nines), a unit price, a reward, a government budget, or beyond any single figure; None
    when it is a funding amount. `quoted` is False when the text holds no quotation mark (found
    once per article)."""
    if _NEGATIVE_BEFORE.search(text, max(0, start - 12), start):
        return "negative"
    if not math.isfinite(value) or (amount_usd is not None and not math.isfinite(amount_usd)):
        return "not_finite"
    if quoted and quoted_headline(text, start, end):
        return "headline"
    size = amount_usd if amount_usd is not None else value
    reason = not_funding(text, start, end, sentence_span(text, start), size,
                         converted=amount_usd is not None, rare=rare)
    if reason:
        return reason
    if too_small(value, amount_usd):
        return "too_small"
    return "implausible" if implausible(value, amount_usd) else None


def find_money(folded: FoldedText, to_usd, refused: list[dict] | None = None,
               second_opinion=None) -> list[dict]:
    """Money items; `to_usd(amount, currency)` converts non-USD amounts (None when unknown).
    A range is one item (qualifier 'range', the lower bound as its amount, `upper_usd` and
    `upper_original` kept). Amounts that are not funding figures are left out, with their
    reason, in `refused` (when given). `second_opinion(item)` (the status model) names the
    status of an amount the rules left 'unknown', unless a construction settled it: a cost, a
    hedged guess ('perhaps $200 million'), or a status another rule set (a running total, the
    parts of a package or tally, a list under its heading)."""
    text = folded.text
    low_text, same = lowered(text)
    low = low_text if same else None  # a few characters change length when lower-cased
    # 'All amounts are in Canadian dollars': a bare '$' is that dollar ('$A', 'US$' keep theirs)
    found = _without_overlaps(_prefix_amounts(text, low, _local_dollar(text))
                              + _suffix_amounts(text, low))
    found = _with_carried_currency(text, found)
    found, uppers = merge_ranges(text, found)
    words = _status_words(text, low, found)
    starts = [match.start() for match in words]
    stems = _stem_starts(low_text) if found else ([], [])
    running = bool(stems[0] or stems[1])
    # fees and crime payments named near any amount (the windows `not_funding` reads)
    rare = rare_kinds("\n".join(low_text[max(0, start - 80):end + 40]
                                for start, end, _, _ in found)) if found else frozenset()
    quoted = has_quotes(text)
    items: list[dict] = []
    for index, (start, end, value, currency) in enumerate(found):
        if items and items[-1].get("_equivalent_of_next") == index:
            continue
        amount_usd = value if currency == "USD" else to_usd(value, currency)
        equivalent = _usd_equivalent(text, found, index, amount_usd)
        item = {
            **folded.item(start, end),
            "amount_original": value, "currency": currency,
            "amount_usd": equivalent if equivalent is not None else amount_usd,
            "status": _status(text, start, end, words, starts),
            "_folded": (start, end),
            "qualifier": "range" if start in uppers else _qualifier(text, start, end),
        }
        if start in uppers:
            upper = uppers[start]
            item["upper_original"] = upper
            item["upper_usd"] = upper if currency == "USD" else to_usd(upper, currency)
            if equivalent is not None:  # 'SEK 200 and 250 million (USD 22–27.5 million)'
                stated_upper = uppers.get(found[index + 1][0])
                if stated_upper is None:
                    item.pop("upper_usd")  # one dollar figure for a range: no upper in dollars
                else:
                    item["upper_usd"] = stated_upper
        first = item["status"]
        if running and _cumulative(text, low_text, item, start, end, stems):
            item["running_total"] = True
        item["_settled"] = item["status"] != first or (first == "unknown" and (
            _HEDGED.search(text, max(0, start - 16), start)
            or _has_cost_word(text, start, sentence_span(text, start)[0])))
        item["_first"] = item["status"]
        if equivalent is not None:
            item["_equivalent_of_next"] = index + 1
        items.append(item)
    for item in items:
        item.pop("_equivalent_of_next", None)
    _inherit_package_status(text, items)
    _parts_of_a_tally(text, items)
    _elided_verb(text, items)
    _list_under_heading(text, items)
    for item in items:
        if item.pop("_first") != item["status"]:
            item["_settled"] = True
    kept = []
    last_price_end = -1
    for item in items:
        start, end = item.pop("_folded")
        reason = _refusal(text, start, end, item["amount_original"], item["amount_usd"], rare,
                          quoted)
        if reason is None and last_price_end >= 0 and _ANOTHER_PRICE.match(
                text[last_price_end:start]) and (item["amount_usd"] is None
                                                 or item["amount_usd"] < SALE_CEILING):
            reason = "unit_price"  # 'a pack costs $6 and a jerrycan of water 250 pounds'
        last_price_end = end if reason == "unit_price" else -1
        settled = item.pop("_settled")
        if reason is None:
            if second_opinion is not None and not settled and item["status"] == "unknown":
                item["status"] = second_opinion(item)
            kept.append(item)
        elif refused is not None:
            refused.append({key: item[key] for key in ("start", "end", "text")}
                           | {"field": "money", "reason": reason})
    return kept


# 'perhaps $200 million', 'ربما ٢٠٠ مليون دولار': a figure floated as a guess has no status.
_HEDGED = re.compile(r"(?<!\w)(?:perhaps|maybe|possibly|conceivably|ربما|لعل|قد\s+يبلغ|"
                     r"قد\s+يصل\s+الي)\W*$", re.IGNORECASE)


# The next item of a price list whose verb is left out ('A pack of nappies costs $6 and a
# jerrycan of clean water 250 Syrian pounds', 'والكيس بـ').
_ANOTHER_PRICE = re.compile(r"\s*(?:,|،|and|or|و|او)\s*(?:(?:a|an|one|each|the)\s+)?"
                            r"[^\d,،;؛.:]{1,45}$", re.IGNORECASE)


# A sentence that opens by naming an earlier sum ('The package includes £10 million for ...',
# 'وتشمل الحزمة 4 ملايين دولار') describes its parts: they share its status.
_PART_OF_EARLIER = re.compile(
    r"\s*(?:(?:the|this|that|its)\s+(?:\w+\s+)?(?:package|funding|sum|money|pledge|contribution|"
    r"grant|allocation|support|assistance|aid)\s+(?:also\s+)?(?:includes?|included|comprises?|"
    r"covers?|consists\s+of|is\s+made\s+up\s+of|(?:is\s+)?(?:split|divided|distributed)\s+"
    r"(?:between|among))|[وف]?(?:كما\s+)?(?:[تي]شمل|[تي]تضمن|[تي]توزع)\s+(?:ال)?"
    r"(?:حزمه|منحه|مبلغ|مساعدات|مساهمه|تمويل|تعهد)\w*)(?!\w)",
    re.IGNORECASE,
)


_ABOUT_THE_SUM = re.compile(r"(?<!\w)(?:(?:the|this)\s+(?:announcement|pledge|contribution|"
                            r"package|grant)|[وفبل]?(?:ال)?(?:اعلان|تعهد|مساهمه|حزمه|منحه))(?!\w)",
                            re.IGNORECASE)


def _inherit_package_status(text: str, items: list[dict]) -> None:
    """Amounts without a status in a sentence about the parts of the previous sentence's sum
    take that sum's status."""
    for index, item in enumerate(items):
        sentence_start, _ = sentence_span(text, item["_folded"][0])
        lead = _PART_OF_EARLIER.match(text, sentence_start)
        if not lead or (item["status"] != "unknown" and any(
                not _GIFT_NOUN.fullmatch(word.group()) for word in _STATUS_RE.finditer(
                    text, lead.end(), item["_folded"][0]))):
            continue  # a status word of its own after the lead ('The contribution is split';
            # not the part's own noun: 'وتتضمن الحزمة منحة ثانية قدرها')
        item["_settled"] = True  # a part of a sum: its status is the sum's, or none if out of reach
        if not index:
            continue
        previous = items[index - 1]
        earlier_part = previous["_folded"][0] >= sentence_start
        # the sum may be one sentence further back when the sentence between speaks of it
        # ('... 50 million. The announcement came at the meeting. The contribution is split ...';
        # not after 'Prices rose.')
        between = previous_sentence_start(text, sentence_start)
        reach = between
        if _ABOUT_THE_SUM.search(text, between, sentence_start):
            reach = previous_sentence_start(text, between)
        if earlier_part or previous["_folded"][0] >= reach:
            item["status"] = previous["status"]


# The parts of a tally named after it ('ما مجموعه 185 مليون دولار، منها 60 مليون دولار من الولايات
# المتحدة، و20 مليون يورو من الاتحاد الأوروبي'): a part that names its giver is that giver's
# promise; a part by use, form or year ('of which €4.2 bn is in grants', 'خُصّص منها نحو 900
# مليون دولار للإغاثة', 'Of that amount, EUR 3.7 billion is for 2021') is still the tally, and a
# part of a stated need ('احتياجات ... بلغ 88.2 مليار دولار، منها أكثر من 17 مليار') is a need.
_PART_WORD = re.compile(rf"(?<!\w)(?:{_PART_WORDS}|[وف]?اضافه\s+الي|فضلا\s+عن|in\s+addition\s+to|"
                        r"[تي]تصدر(?:هم|ها)|[تي]لي(?:هم|ها)|led\s+by|"
                        r"plus|and\s+a\s+further|and\s+another)(?!\w)", re.IGNORECASE)
# the part named before its 'of it' ('EUR 3.8 billion of it for this year')
_OF_IT_AFTER = re.compile(r"\s*(?:of\s+(?:it|this|that|which)|منها|منه)(?!\w)", re.IGNORECASE)
# a sentence that opens on the previous sentence's sum ('Of that amount,', 'ومن هذا المبلغ')
_OF_THAT_SUM = re.compile(r"\s*(?:(?:of|from)\s+(?:that|this|the)\s+(?:amount|sum|total|figure)|"
                          r"[وف]?من\s+(?:هذا|ذلك)\s+(?:المبلغ|المجموع|الاجمالي|الرقم))(?!\w)",
                          re.IGNORECASE)
_GIVER_AFTER = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:was|were|is|are)\s+)?(?:(?:pledged|"
                          r"promised|given|offered|provided|announced|committed|allocated|"
                          r"earmarked)\s+)?(?:from|by)\s+(?:the\s+)?[A-Z]|"
                          r"\s*(?:\([^)]{0,40}\)\s*)?(?:[وف]?(?:قدم|تعهد|اعلن)\w*\s+(?:بها\s+|به\s+)?)?"
                          r"من\s+(?!اجل|اصل|المنح|القروض|اجمالي|قيمه|المبلغ|المجموع)(?:ال)?\w|"
                          # a verb that takes the sum back as its object, then its subject:
                          # 'ستقدمها الولايات المتحدة', 'أعلنت عنها بريطانيا', 'خصّصها الاتحاد'
                          r"\s*(?:\([^)]{0,40}\)\s*)?(?:\w+ها|\w+\s+(?:عنها|بها))\s+(?!من\s|ل)\w")
_GIVER_BEFORE = re.compile(r"[A-Z]|(?<![\w])(?:[تي]تصدر(?:هم|ها)|[تي]لي(?:هم|ها))\s+\w")


def _parts_of_a_tally(text: str, items: list[dict]) -> None:
    total = None  # the last tally or need read so far (one pass: hostile text may hold 30,000)
    by_giver = False  # an earlier part of this tally named its giver: its list is of givers
    for item in items:
        start, end = item["_folded"]
        if total is not None and item["status"] in ("drive_total", "unknown", "pledge") and (
                total["status"] != "cumulative" or item["status"] == "unknown"):
            total_start, total_end = total["_folded"]
            sentence_start = sentence_span(text, start)[0]
            part_word = _PART_WORD.search(text, total_end, start)
            same_sentence = total_start >= sentence_start and (
                part_word or _OF_IT_AFTER.match(text, end)
            ) and not _NEW_CLAUSE_AFTER_PART.search(text, total_end, start)
            opens_on_it = not same_sentence and _OF_THAT_SUM.match(text, sentence_start) and (
                total_start >= previous_sentence_start(text, sentence_start)) and not (
                _STATUS_RE.search(text, sentence_start, start))
            if (same_sentence or opens_on_it) and (item["status"] != "pledge" or (
                    same_sentence and total["status"] == "drive_total")):
                if not same_sentence:
                    part_word = None
                giver = by_giver or _GIVER_AFTER.match(text, end, min(len(text), end + 80)) or (
                    part_word is not None and _GIVER_BEFORE.search(text, part_word.end(), start))
                by_giver = bool(giver) and same_sentence
                if total["status"] == "goal":
                    if item["status"] == "unknown":  # not 'جمعت منها حتى الآن': its own tally
                        item["status"] = "goal"
                elif total["status"] == "contribution":
                    if not giver:  # 'Of this amount, EUR 7.5 million is set aside for Tikrit'
                        item["status"] = "contribution"
                elif total["status"] == "cumulative":
                    if giver:  # 'ضخّ المانحون منذ ٢٠١٥ ... تتصدّرهم ألمانيا بنحو ٤٥٠ مليون يورو'
                        item["status"] = "cumulative"
                elif giver:
                    item["status"] = "pledge"
                else:
                    item["status"] = "drive_total"
                continue
        if item["status"] in ("drive_total", "goal", "contribution", "cumulative"):
            total, by_giver = item, False


# A list of givers sharing one verb ('has provided more than $450 million since 2015; Germany
# roughly EUR 400 million; the United Kingdom about £75 million'): each later amount without a
# status word takes the one before it in its sentence.
_ELIDED_GAP = re.compile(
    r"[^.;؛]{0,30}?[;,،؛]\s*(?:and\s+|و)?(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|"
    r"(?:ال)?\w+(?:\s+(?:ال)?\w+)?)\s+(?:(?:about|roughly|some|nearly|around|almost|more\s+than|over|"
    r"just\s+over|ب?نحو|ب?حوالي|ب?قرابه|ب)\s*)?$", re.IGNORECASE)


def _elided_verb(text: str, items: list[dict]) -> None:
    for previous, item in pairwise(items):
        if item["status"] != "unknown" or item.get("_settled"):
            continue
        gap_start, start = previous["_folded"][1], item["_folded"][0]
        if start - gap_start > 80:
            continue
        if _ELIDED_GAP.fullmatch(text, gap_start, start) and not _STATUS_RE.search(
                text, gap_start, start):
            item["status"] = previous["status"]
            item["_settled"] = True


_NEW_CLAUSE_AFTER_PART = re.compile(r"[;؛]|(?<!\w)(?:while|whereas|but|بينما|فيما|لكن)(?!\w)",
                                    re.IGNORECASE)
# A list item ('- Canada: CAD 20 million for demining') takes the status named in the line that
# heads its list ('NEW ANNOUNCEMENTS', 'Pledges made today:').
_LIST_ITEM = re.compile(r"[ \t]*[-–•*·][ \t]")


def _list_under_heading(text: str, items: list[dict]) -> None:
    for item in items:
        if item["status"] != "unknown":
            continue
        line_start = text.rfind("\n", 0, item["_folded"][0]) + 1
        if not _LIST_ITEM.match(text, line_start):
            continue
        heading_end = line_start - 1
        while heading_end > 0:
            heading_start = text.rfind("\n", 0, heading_end) + 1
            heading = text[heading_start:heading_end]
            if not _LIST_ITEM.match(text, heading_start) and heading.strip():
                words = list(_STATUS_RE.finditer(text, heading_start, heading_end))
                if words:
                    item["status"] = words[-1].lastgroup
                break
            heading_end = heading_start - 1


def _usd_equivalent(text: str, found: list, index: int,
                    converted: float | None = None) -> float | None:
    """USD amount stated right after a non-USD one: '€10 million ($11 million)', '10 billion
    Iraqi dinars, about $8.5 million' (this form only when the rate, if there is one, agrees
    within a factor of three: 'gave €10 million, some $2 million of it' is a part)."""
    if found[index][3] == "USD" or index + 1 >= len(found):
        return None
    start, _, value, currency = found[index + 1]
    gap = text[found[index][1]:start]
    if currency == "USD" and len(gap) <= 24 and _EQUIVALENT_HEDGE.match(gap) and (
            converted is None or 1 / 3 <= value / converted <= 3):
        return value
    # The gap is a bracket or 'or about' (a few dozen characters): a longer gap is never one,
    # and matching '\s*...\s*$' on a long run of spaces would be quadratic.
    return value if currency == "USD" and (
        (len(gap) <= 40 and _EQUIVALENT_GAP.match(gap))
        or (len(gap) <= 80 and _EQUIVALENT_AFTER_NOUN.match(gap))) else None
