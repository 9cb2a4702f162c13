"""Folded article text -> mentions of places in Syria and Iraq found through the gazetteer.

Context rules for names that are also common words (all keys are folded):
- camp-only names (روج, Roj) need a camp word (مخيم, camp) just before or after, or a
  neighbouring place in a list ("al-Hol and Roj");
- town names that double as words (هيت "Hit", عنه "about him", الباب "the door", القائم
  "the standing", الطبقة "the class", الميادين "the fields", تدمر "destroys", هجين "hybrid",
  حديثة "recent", البصيرة "insight", English Hit/Heet/Anah/Qaim) need a town word
  (مدينة, بلدة, قضاء, ناحية, town, city, district, "centre of", "outskirts of", "recaptured")
  just before, or a neighbouring place in a list
  ("الرمادي وهيت", "Ramadi, Hit and Anah"); English ones must also be capitalised;
- governorate names that are also personal names or words (صلاح الدين, التأميم, حماة, المثنى,
  القادسية, Saladin, Tamim, Babylon) need a governorate word (محافظة, ريف, province, governorate)
  or a neighbouring place in a list ("نينوى والأنبار وصلاح الدين");
- a name shared by a city and its governorate is the governorate only with a governorate word;
- round 6: bases, crossings, fields and towns whose names are words or personal names (العمر,
  ربيعة, التقدم, سوسة, Conoco, Dabiq, K-1) need a marker as towns do; the markers include
  حقل/قاعدة/منفذ/معبر/مطار/جيب/مخيم before and field/base/airfield/crossing/pocket or
  النفطي/للغاز/الحدودي after; a town named with another country's adjective is abroad.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from extraction.gazetteer import Gazetteer, Place
from extraction.normalize import FoldedText, lowered

NEEDS_CAMP = {"روج", "roj"}
NEEDS_TOWN = {
    "هيت", "عنه", "الباب", "القائم", "الطبقه", "الميادين", "تدمر", "هجين", "حديثه", "البصيره",
    "hit", "heet", "anah", "qaim",
    # round 6: bases, crossings, fields and towns whose names are also words, personal names,
    # a company, a magazine or a town abroad ('العمر' age, 'ربيعة', 'Conoco', 'Dabiq', Sousse)
    "العمر", "al omar", "كونيكو", "كونوكو", "conoco", "ربيعه", "rabia", "rabiaa", "rabiah",
    "rabi a", "الوليد", "al waleed", "al walid", "نصيب", "nasib", "nassib", "ابراهيم الخليل",
    "ibrahim khalil", "ibrahim al khalil", "حاج عمران", "haj omran", "hajj omran", "التقدم",
    "سوسه", "susah", "sousa", "دابق", "dabiq", "k 1", "k1", "atma", "areesha", "arisha",
    "العريشه",
}
NEEDS_GOVERNORATE = {
    "صلاح الدين", "التاميم", "حماه", "المثني", "القادسيه", "saladin", "tamim", "babylon", "babel",
}
_CAMP_BEFORE = re.compile(r"(?:مخيم|مخيمي|مخيمات|camps?)\W*(?:\w+\W+)?$", re.IGNORECASE)
_CAMP_AFTER = re.compile(r"^\W*camps?\b", re.IGNORECASE)
# Words that mark a place: a town, district, dam, and (round 6) an oil or gas field, a base,
# an airport, a border crossing, a camp or a pocket (حقل العمر، قاعدة التقدم، منفذ ربيعة، جيب
# هجين, 'the Conoco gas field', 'the K-1 base', 'an offensive on Anah').
_TOWN_BEFORE = re.compile(
    r"(?:(?:مدينه|مدينتي|مدن|بلده|بلدتي|بلدات|قضاء|ناحيه|سد|حقل|حقلي|حقول|قاعده|قاعدتي|منفذ|معبر|"
    r"مطار|جيب|مخيم|مخيمات|towns?|city|cities|district)"
    r"(?:\s+of)?|(?:centre|center|outskirts|heart|edge|streets|people|residents|pocket)\s+of|"
    r"(?:offensive|assault|attack|advance|push)\s+(?:on|against|into|toward|towards)|"
    r"battle\s+(?:for|of)|"
    r"(?:recaptured|retook|liberated|captured|seized|entered|freed|besieged)(?:\s+the)?|"
    # round 8: where people go or where something lies ('fled toward Zummar', 'near al-Qaim',
    # 'قرب القائم', 'حول هجين', 'باتجاه البصيرة')
    r"(?:fled|moved|returned|displaced|headed|relocated|transferred)\s+(?:back\s+)?"
    r"(?:to|toward|towards|into|from)|(?:near|outside|toward|towards)|"
    # round 19: where people arrived or went back ('aid workers reached Hit', 'وصلوا إلى هيت',
    # 'عادت العائلات إلى الميادين'; a bare 'وصلت' is left out: 'وصلت الرسالة إلى حديثه')
    r"(?:reached|arrived\s+(?:in|at))|[وف]?(?:وصلوا|عاد|عادت|عادوا|نزح\w*|فر|فروا)\s+"
    r"(?:\S+\s+){0,3}?(?:الي|نحو)|"
    r"[وف]?(?:قرب|بالقرب\s+من|حول|باتجاه|اطراف|ضواحي|محيط|اتجاه))\s*$",
    re.IGNORECASE,
)
_TOWN_AFTER = re.compile(
    r"^\s*(?:(?:town|city|district|dam|(?:oil\s+|gas\s+)?fields?|(?:air\s*)?base|airbase|"
    r"airfield|garrison|(?:border\s+)?crossing|camp|pocket)\b|"
    r"(?:النفطي|النفطيه|للغاز|الغازي|الحدودي|الحدوديه|الجويه)(?!\w)|"
    # round 8: a place located in another ('Akhtarin in the Aleppo countryside', 'هجين في ريف
    # دير الزور', 'البصيرة شرقي دير الزور')
    r",?\s*(?:in|near)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+"
    r"(?:countryside|province|governorate|district|region)\b|"
    r"(?:في\s+|ب)ريف\s|(?:ب?(?:شرق|غرب|شمال|جنوب)(?:ي|ه)?|قرب)\s+(?:مدينه\s+)?"
    r"(?!(?:ال)?(?:مدينه|بلده|قريه|مخيم|منطقه|حي)(?!\w))(?:ال)?\w)",
    re.IGNORECASE,
)
_GOVERNORATE_BEFORE = re.compile(
    r"(?:محافظه|محافظتي|محافظات|ريف|(?:province|governorate)s?\s+of)\s*$", re.IGNORECASE
)
_GOVERNORATE_AFTER = re.compile(
    r"^\s*(?:governorates?|provinces?|countryside)\b", re.IGNORECASE
)
_LIST_GAP = re.compile(r"^[\s,،]*(?:and|or|و|او)?[\s,،]*$", re.IGNORECASE)
_LINK = re.compile(r"[,،]|(?<!\w)(?:and|or|و|او)(?!\w)", re.IGNORECASE)
_EXCLUDED_BEFORE = re.compile(r"ابو\s+$")  # أبو الهول is the Sphinx, not al-Hol
# A town named with another country's adjective is abroad ('مدينة سوسة التونسية', 'the Turkish
# town of ...'): never one of ours.
_COUNTRY_ADJECTIVES = (r"تونسي|تركي|اردني|لبناني|ايراني|سعودي|كويتي|مصري|ليبي|مغربي|جزائري|"
                       r"فلسطيني|اسرائيلي")
_FOREIGN_AFTER = re.compile(rf"\s*(?:ال)?(?:{_COUNTRY_ADJECTIVES})ه?(?!\w)")
_FOREIGN_BEFORE = re.compile(
    r"(?:tunisian|turkish|jordanian|lebanese|iranian|saudi|kuwaiti|egyptian|libyan|moroccan|"
    r"algerian|israeli|palestinian)\s+(?:town|city|port|village|province)\s+of\s*$",
    re.IGNORECASE,
)
# A name that qualifies a landform is the landform, not the place ('the Nineveh Plains', 'the
# Khabur valley', 'Lake Habbaniyah', 'سهل نينوى', 'وادي حوران'): plains, mountains, valleys,
# rivers and lakes are not places (dams, bases and fields are). A desert named after a
# governorate ('صحراء الأنبار') lies in it: the dev gold counts it as the governorate, so
# deserts are left out of this rule. Plain str tests on a few characters (no pattern per name).
_LANDFORM_AFTER = tuple(f"{gap}{word}" for gap in (" ", "-") for word in (
    "plain", "mountain", "range", "hills", "valley", "river", "canal", "basin", "lake"))
_LANDFORM_BEFORE = tuple(f"{word} " for word in (
    "سهل", "سهول", "جبال", "وادي", "نهر", "قناه", "حوض", "هضبه", "مرتفعات", "تلال", "بحيره",
    "lake", "mount", "wadi"))


def _names_landform(text: str, match: Candidate) -> bool:
    """Whether the name qualifies a landform word right after (English) or before it."""
    if not match.is_arabic and text[match.end:match.end + 10].lower().startswith(
            _LANDFORM_AFTER):
        return True
    return text[max(0, match.start - 10):match.start].lower().endswith(_LANDFORM_BEFORE)


_WINDOW = 30
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|az|an|at)[-\s]")
_PROCLITICS = "وفبكل"
# Words of folded text; apostrophes and hyphens split words as fold_key turns them into spaces.
_WORD = re.compile(r"[^\W_]+")
# Split on words (captured): [gap, word, gap, word, ..., gap]. A findall of (gap)(word) pairs
# would rescan every run of non-word characters from each of its positions (quadratic).
_SPLIT_WORDS = re.compile(r"([^\W_]+)")


@dataclass(frozen=True)
class Candidate:
    """A gazetteer name found in folded text; `start` includes any Arabic proclitic."""

    start: int
    name_start: int
    end: int
    key: str
    is_arabic: bool


@lru_cache(maxsize=4)
def _first_words(gazetteer: Gazetteer) -> dict[str, int]:
    """First word of every name -> the most words a name starting with it has."""
    firsts: dict[str, int] = {}
    for table in (gazetteer.arabic, gazetteer.english):
        for key in table:
            words = key.split()
            firsts[words[0]] = max(firsts.get(words[0], 0), len(words))
    return firsts


def _arabic_variants(token: str) -> list[tuple[int, str]]:
    """(characters cut, lookup form) of a first token: 'وبالحسكه' -> (2, 'الحسكه'), ..."""
    variants = [(0, token)]
    for cut in (1, 2):
        if len(token) - cut >= 2 and all(char in _PROCLITICS for char in token[:cut]):
            variants.append((cut, token[cut:]))
            if token[cut - 1] == "ل" and token[cut:cut + 1] == "ل":
                variants.append((cut, "ا" + token[cut:]))  # 'للرقه' = ل + الرقه
    return variants


def _tokens(text: str) -> tuple[list[str], list[int]]:
    """Lower-cased words and the running offsets [gap end, word end, ...] of `text`.

    One split into gaps and words plus C-level length sums: no match object per word.
    """
    low, same = lowered(text)
    if not same:
        low = text
    pieces = _SPLIT_WORDS.split(low)
    if len(pieces) < 2:
        return [], []
    words = pieces[1::2]
    offsets = list(accumulate(map(len, pieces[:-1])))
    if low is text:
        words = [word.lower() for word in words]
    return words, offsets


def _candidates(folded: FoldedText, gazetteer: Gazetteer) -> list[Candidate]:
    """Longest gazetteer names starting at each word, left to right, without overlaps."""
    words, offsets = _tokens(folded.text)
    firsts = _first_words(gazetteer)
    found: list[Candidate] = []
    index = 0
    count = len(words)
    while index < count:
        word = words[index]
        if word[0] in _PROCLITICS:
            rest, after_two = word[1:], word[2:]
            if (word not in firsts and rest not in firsts and after_two not in firsts
                    and "ا" + rest not in firsts and "ا" + after_two not in firsts):
                index += 1  # no reading of its proclitics can start a name: most such words
                continue
            variants = _arabic_variants(word)
        elif word in firsts:
            variants = [(0, word)]
        else:
            index += 1
            continue
        candidate = None
        for cut, head in variants:
            if head in firsts:
                candidate = _longest_at(offsets, words, index, cut, head, firsts[head], gazetteer)
                if candidate:
                    break
        if candidate is None:
            index += 1
            continue
        found.append(candidate[0])
        index += candidate[1]
    return found


def _longest_at(offsets: list[int], words: list[str], index: int, cut: int, head: str,
                longest: int, gazetteer: Gazetteer) -> tuple[Candidate, int] | None:
    arabic = head[0] >= "\u0600"
    table = gazetteer.arabic if arabic else gazetteer.english
    for size in range(min(longest, len(words) - index), 0, -1):
        key = " ".join([head, *words[index + 1:index + size]])
        if key in table:
            start = offsets[2 * index]
            end = offsets[2 * (index + size - 1) + 1]
            return Candidate(start, start + cut, end, key, arabic), size
    return None


def _has_context(text: str, match: Candidate, before: re.Pattern, after: re.Pattern) -> bool:
    start, end = match.start, match.end
    return bool(before.search(text[max(0, start - _WINDOW):start]) or after.search(
        text[end:end + _WINDOW]))


def _next_to_accepted(text: str, match: Candidate, accepted: list[Candidate],
                      joined: bool = False) -> bool:
    """Next to an accepted place in a list; `joined`: a comma or 'and'/'و' must link them
    (for names that are also personal names: 'زار صلاح الدين بغداد' is no list)."""
    for other in accepted:
        first, second = (other, match) if other.end <= match.start else (match, other)
        if other.start < match.end and other.end > match.start:
            continue
        gap = text[first.end:second.start]
        linked = not joined or bool(_LINK.search(gap)) or text[second.start:second.name_start] in (
            "و", "او")
        if len(gap) <= 8 and _LIST_GAP.match(gap) and linked:
            return True
    return False


def _is_plain(text: str, match: Candidate, key: str, original: str,
              gazetteer: Gazetteer | None = None) -> bool | None:
    """True: the mention stands alone; False: rejected; None: a list of places may rescue it."""
    if _EXCLUDED_BEFORE.search(text[max(0, match.start - 6):match.start]):
        return False
    if _names_landform(text, match):
        return False
    if (match.is_arabic and _FOREIGN_AFTER.match(text, match.end)) or (
            not match.is_arabic and text[max(0, match.start - 4):match.start].rstrip().endswith(
                "of") and _FOREIGN_BEFORE.search(text, max(0, match.start - 40), match.start)):
        return False
    if gazetteer is not None and not match.is_arabic and key in gazetteer.capitalised and not (
            _ARTICLE.sub("", original[:match.end - match.name_start], count=1)[:1].isupper()):
        return False  # a GeoNames spelling in lower case is a word ('tell', 'sham'); 'al-' not
    if gazetteer is not None and key in gazetteer.needs_town:
        return True if _has_context(text, match, _TOWN_BEFORE, _TOWN_AFTER) else None
    if key in NEEDS_CAMP:
        return True if _has_context(text, match, _CAMP_BEFORE, _CAMP_AFTER) else None
    if key in NEEDS_GOVERNORATE:  # or in a list of places: 'محافظات نينوى والأنبار وصلاح الدين'
        return True if _has_context(text, match, _GOVERNORATE_BEFORE, _GOVERNORATE_AFTER) else None
    if key in NEEDS_TOWN:
        head = _ARTICLE.sub("", original[:match.end - match.name_start], count=1)[:1]
        if not head.isupper() and head.isascii():  # 'al-Omar' counts as capitalised
            return False
        return True if _has_context(text, match, _TOWN_BEFORE, _TOWN_AFTER) else None
    return True


def _choose(candidates: tuple[Place, ...], governorate_context: bool) -> Place:
    if governorate_context:
        for place in candidates:
            if place.kind == "governorate":
                return place
    return candidates[0]


def find_places(folded: FoldedText, gazetteer: Gazetteer) -> list[dict]:
    """Place mentions in reading order, each with its span in the original text."""
    text = folded.text
    accepted: list[Candidate] = []
    pending: list[Candidate] = []
    for candidate in _candidates(folded, gazetteer):
        original = folded.original[folded.span(candidate.name_start, candidate.end)[0]:]
        verdict = _is_plain(text, candidate, candidate.key, original, gazetteer)
        if verdict:
            accepted.append(candidate)
        elif verdict is None:
            pending.append(candidate)
    rescued = True
    while rescued:  # a list 'الرمادي وهيت وعنه' rescues its members one after another
        rescued = [c for c in pending
                   if _next_to_accepted(text, c, accepted, joined=c.key in NEEDS_GOVERNORATE
                                        or c.key in gazetteer.needs_town)]
        accepted += rescued
        pending = [c for c in pending if c not in rescued]
    accepted.sort(key=lambda candidate: candidate.start)
    return [_place_item(folded, candidate, gazetteer) for candidate in accepted]


def _place_item(folded: FoldedText, candidate: Candidate, gazetteer: Gazetteer) -> dict:
    table = gazetteer.arabic if candidate.is_arabic else gazetteer.english
    governorate_context = _has_context(folded.text, candidate, _GOVERNORATE_BEFORE,
                                       _GOVERNORATE_AFTER)
    place = _choose(table[candidate.key], governorate_context)
    return {**folded.item(candidate.name_start, candidate.end), **place.as_dict()}
