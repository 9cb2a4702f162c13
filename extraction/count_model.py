"""A learned reading of the membership counts that the count patterns miss.

The patterns in counts.py report only what they are sure of: on text they never read, every count
value they report is in the gold, but they find 47-79% of the gold's values, because writers
state a membership in ways no pattern names. Here every number of 20-120 (digits, ordinals,
English and Arabic number words) in a sentence that names members, partners, the coalition or an
alliance, with a membership noun (members, countries, governments, ranks, دول...) among the six
words on either side, is a candidate; a logistic model over the words around it (trained by
tools/train_models.py on the read sets' gold, weights in count_model.json) says whether it
is a count of the Coalition's membership. find_member_counts adds a candidate the model holds
more likely than not (THRESHOLD) when the patterns found no count at that place and no count of
that value, and dates it as it dates its own counts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from extraction.counts import (
    _AR_CARDINAL,
    _AR_ORDINAL_TENS,
    _AR_ORDINAL_UNIT,
    _MEMBERSHIP_WORD,
    _arabic_ordinal,
)
from extraction.dates import _matches
from extraction.numbers import (
    ENGLISH_ORDINAL_UNITS,
    ENGLISH_TENS,
    ENGLISH_UNITS,
    parse_arabic_number,
    parse_english_cardinal,
    parse_english_ordinal,
)
from extraction.sentences import sentence_span, trigger_windows
from extraction.status_model import load_model, probabilities

MODEL_PATH = Path(__file__).with_name("count_model.json")
THRESHOLD = 0.5
LOWEST, HIGHEST = 20, 120
NEAR = 6
_REACH = 100  # characters: beyond NEAR words of any sensible length (_names_members reads 80)
MAX_CANDIDATES = 200  # per text: hostile text of 30,000 numbers costs no more than an article

# English words of LOWEST-HIGHEST: a tens word, alone or with a unit ('eighty-six', 'sixtieth')
_TENS = "|".join(ENGLISH_TENS)
_EN_CARDINAL = rf"(?:{_TENS})(?:-(?:{'|'.join(list(ENGLISH_UNITS)[:9])}))?"
_EN_ORDINAL = (rf"(?:{_TENS})-(?:{'|'.join(ENGLISH_ORDINAL_UNITS)})"
               rf"|(?:{'|'.join(tens[:-1] for tens in ENGLISH_TENS)})ieth")
# The lookahead on the first character lets re skip most positions at once (half the time).
_CANDIDATE = re.compile(
    r"(?=[\dtfsenاعثخستـ])(?:"
    r"(?<![\w.,])(?P<digits>\d{2,3})(?P<suffix>st|nd|rd|th)?(?![\w.,]\d)"
    rf"|(?<!\w)(?P<en_ordinal>{_EN_ORDINAL})(?!\w)"
    rf"|(?<!\w)(?P<en_cardinal>{_EN_CARDINAL})(?!\w)"
    rf"|(?<!\w)(?P<ar_ordinal>{_AR_ORDINAL_UNIT}\s+و{_AR_ORDINAL_TENS}|{_AR_ORDINAL_TENS})(?!\w)"
    rf"|(?<!\w)(?:ال)?ـ?(?P<ar_digits>\d{{2,3}})(?!\w)"
    rf"|(?<!\w)(?P<ar_cardinal>{_AR_CARDINAL})(?!\w))",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_NOUN_STEMS = ("member", "partner", "countries", "nations", "states", "government", "ranks",
               "roll", "عضو", "اعضاء", "شريك", "شركاء", "دوله", "دول ", "دولتين", "دولا ", "بلد")
# A count names whose members it counts: a membership noun among the NEAR words on either side
# ('85 air strikes', '40 battalions' and 'the coalition's 70 aircraft' are no candidates).
_MEMBER_NOUN = re.compile(r"(?=[mpcnsgrعاشدب])(?<![^\W\d_])(?:members?|membership|partners?|"
                          r"countries|nations|states|governments|ranks|roll)(?!\w)|عضو|اعضاء|"
                          r"شريك|شركاء|دول(?!ار)|بلد", re.IGNORECASE)


def _value(match: re.Match) -> tuple[int | None, str]:
    """(value, 'total' or 'ordinal') of a candidate match."""
    if match.group("digits"):
        return int(match.group("digits")), "ordinal" if match.group("suffix") else "total"
    if match.group("ar_digits"):  # 'الـ87' is an ordinal, '87' a total
        return int(match.group("ar_digits")), (
            "ordinal" if match.group().startswith("ال") else "total")
    if match.group("en_ordinal"):
        return parse_english_ordinal(match.group().lower()), "ordinal"
    if match.group("en_cardinal"):
        return parse_english_cardinal(match.group().lower()), "total"
    if match.group("ar_ordinal"):
        return _arabic_ordinal(match.group()), "ordinal"
    value = parse_arabic_number(match.group().split())
    return (int(value) if value else None), "total"


def features(text: str, start: int, end: int, kind: str, lang: str) -> set[str]:
    """The words of the candidate's sentence, near (NEAR each side, and the very next ones)
    and anywhere, with its kind and the language."""
    low, high = sentence_span(text, start)
    before = _WORD.findall(text[low:start].lower())
    after = _WORD.findall(text[end:max(end, high)].lower())
    found = {"k:" + kind, "lang:" + lang}
    found.update("b:" + word for word in before[-NEAR:])
    found.update("a:" + word for word in after[:NEAR])
    found.update("s:" + word for word in before)
    found.update("s:" + word for word in after)
    if before:
        found.add("b1:" + before[-1])
    if after:
        found.add("a1:" + after[0])
    return found


def candidates(text: str, lang: str,
               known=frozenset()) -> list[tuple[int, int, int, str, set[str]]]:
    """(start, end, value, kind, features) of each number of LOWEST-HIGHEST, other than the
    `known` values, in a sentence with a membership word, in folded text; at most
    MAX_CANDIDATES."""
    found = []
    checked: dict[int, bool] = {}
    # a candidate has a membership noun within NEAR words: the pattern runs only near one
    low_text = text.lower()
    windows = trigger_windows(low_text, _NOUN_STEMS, _REACH, _REACH)
    for match in _matches(_CANDIDATE, text, windows):
        value, kind = _value(match)
        if value is None or not LOWEST <= value <= HIGHEST or value in known:
            continue
        low, high = sentence_span(text, match.start())
        if low not in checked:
            checked[low] = bool(_MEMBERSHIP_WORD.search(text, low, high))
        if checked[low] and _names_members(text, match.start(), match.end(), low, high):
            found.append((match.start(), match.end(), value, kind,
                          features(text, match.start(), match.end(), kind, lang)))
            if len(found) >= MAX_CANDIDATES:
                break
    return found


def _names_members(text: str, start: int, end: int, low: int, high: int) -> bool:
    """A membership noun among the NEAR words before or after the number, in its sentence."""
    before = text[max(low, start - 80):start].split()[-NEAR:]
    after = text[end:min(high, end + 80)].split()[:NEAR]
    return bool(_MEMBER_NOUN.search(" ".join(before + after)))


@lru_cache(maxsize=1)
def _model() -> dict:
    return load_model(MODEL_PATH)


def likely_counts(text: str, known=frozenset(), lang: str = "en",
                  model: dict | None = None) -> list[tuple[int, int, int, str]]:
    """(start, end, value, kind) of the candidates of values not in `known` that the model
    holds counts of the membership."""
    model = model or _model()
    return [(start, end, value, kind)
            for start, end, value, kind, found in candidates(text, lang, known)
            if probabilities(found, model).get("count", 0.0) >= THRESHOLD]
