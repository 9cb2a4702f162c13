"""Amounts in folded text and their surroundings -> ranges as one amount, and the reasons an
amount is not a funding figure (a unit price, a reward, a government budget, an impossible size).

Ranges: '$3-5 million', '$3 million to $5 million', 'between $3 and $5 million', 'from $3
million to $5 million', 'بين 3 و5 ملايين دولار', 'من 3 إلى 5 ملايين دولار' are one amount: the
lower bound is its value (a floor), the upper bound is kept. A bare lower bound takes the upper
bound's scale ('3-5 million'). 'and'/'و' joins a range only after between/بين ('£4.5 million
and £7.5 million' are two amounts), and 'from X to Y' after a change verb (rose, increased,
ارتفع, رفع...) is a change, not a range. The upper bound must be above the lower and at most 100
times it, so 'in 2016 to $5 million' is no range.
"""

from __future__ import annotations

import math
import re

from extraction.normalize import lowered
from extraction.numbers import (
    ARABIC_SCALES,
    DIGITS,
    ENGLISH_SCALES,
    digits_value,
    parse_arabic_number,
    parse_english_number,
)

MAX_USD = 1e12  # no single figure for Syria or Iraq comes near $1 trillion (loaders/rules.py)
MAX_ORIGINAL = 1e16  # unconverted currencies: $1 trillion is about 1.3e16 Syrian pounds
# Round 21: under $1,000 no sum is a stabilisation figure (the smallest of some 2,000 amounts in
# the blind sets' gold is $20,000); such a sum is a price, a fee, pay or a turn of phrase ('I have
# not seen one dinar'). An unconverted amount (no rate for its year) is too small under 1,000 of
# its units: no currency unit is worth more than a few dollars.
MIN_USD = 1_000
MAX_RANGE_RATIO = 100

Amount = tuple[int, int, float, str]

_GAP = r"(?:-|to|and|الي|حتي|و)"
# Between two full amounts ('$3 million to $5 million', '$3-$5 million').
_FULL_GAP = re.compile(rf"^\s*{_GAP}\s*$", re.IGNORECASE)
# A bare number before an amount ('3-5 million dollars', 'بين 3 و5 ملايين').
_BARE_LOWER = re.compile(rf"(?:^|(?<=[\s(]))(?P<lo>{DIGITS})\s*(?P<gap>{_GAP})\s*$",
                         re.IGNORECASE)
# The upper bound after a prefix amount without a currency of its own ('$3-5 million').
# After a word gap the upper bound counts no people ('$5 million to 20 million people' is no
# range; 'من 88 مليار دولار إلى 100 مليار.' and 'USD 600 to 650 million this year' are).
_UPPER_AFTER = re.compile(
    rf"^\s*(?P<gap>-|–|to|and|الي|حتي|و)\s*(?:us\$|\$|€|£)?\s?(?P<hi>{DIGITS})\s?"
    r"(?P<scale>thousand|million|billion|mln|bln|mn|bn|m|b|k|"
    r"مليون|ملايين|مليار|مليارات|الف|الاف)(?!\w)"
    r"(?P<people>(?=\s+(?:of\s+)?(?:people|persons|residents|refugees|children|families|"
    r"households|civilians|syrians|iraqis|inhabitants|displaced|"
    r"(?:من\s+)?(?:ال)?(?:شخص|نسمه|لاجئ|نازح|طفل|عائله|اسره|مواطن|مدني|سوري|عراقي)\w*)(?!\w)))?",
    re.IGNORECASE,
)
# An Arabic lower bound in words or with its own scale before 'و' ('ما بين مليونين وثلاثة
# ملايين', 'بين ٦٠٠ ألف و٨٠٠ ألف').
_WORD_LOWERS = (re.compile(r"(?:^|(?<=\s))(?P<lo>\S+)\s+(?P<gap>و)$"),
                re.compile(r"(?:^|(?<=\s))(?P<lo>\S+\s+\S+)\s+(?P<gap>و)$"))
_BETWEEN = re.compile(r"(?<!\w)(?:between|[وف]?(?:ما\s+)?بين)\s*$", re.IGNORECASE)
_CHANGE = re.compile(
    r"(?<!\w)(?:rose|risen|rising|rises?|increas\w*|grew|grown|raised|raising|jumped|climbed|"
    r"fell|fallen|falls?|dropped|cut|reduced|reducing|decreas\w*|up|down|"
    r"[وف]?(?:ارتفع|زاد|رفع|انخفض|تراجع|خفض|قفز)\w*|[وف]?[يت](?:رتفع|زيد|رفع|نخفض|تراجع|خفض)\w*|"
    r"[وبل]?(?:ارتفاع|زياده|رفع|انخفاض|تراجع|خفض)\w*)"
    r"\W+(?:\w+\W+){0,4}(?:from|من)\s*$",
    re.IGNORECASE,
)


def _scale_of(value: float) -> float:
    """1e3, 1e6 or 1e9: the scale word an amount of this size was most likely written with."""
    if value < 1e3:
        return 1.0
    return 10.0 ** (3 * min(3, int(math.log10(value) // 3)))


def _bounded(lower: float, upper: float) -> bool:
    return upper > lower >= upper / MAX_RANGE_RATIO


def _scaled_lower(lower: float, upper: float) -> float:
    """A lower bound written without the scale word takes the upper bound's ('3-5 million')."""
    if lower < 1e3 <= upper:
        return lower * _scale_of(upper)
    return lower


def _is_change(text: str, start: int) -> bool:
    return bool(_CHANGE.search(text, max(0, start - 60), start))


def merge_ranges(text: str, found: list[Amount]) -> tuple[list[Amount], dict[int, float]]:
    """Ranges in `found` (sorted, without overlaps) turned into one amount each; returns the
    amounts and {start of a range: its upper bound, in the amount's currency}."""
    merged: list[Amount] = []
    uppers: dict[int, float] = {}
    index = 0
    while index < len(found):
        start, end, value, currency = found[index]
        following = found[index + 1] if index + 1 < len(found) else None
        pair = following and _full_range(text, found[index], following)
        if pair:
            merged.append((start, following[1], pair[0], currency))
            uppers[start] = pair[1]
            index += 2
            continue
        bare = _bare_range(text, found[index])
        after = None if bare else _upper_after(text, found[index])
        if bare:
            merged.append((bare[0], end, bare[1], currency))
            uppers[bare[0]] = value
        elif after:
            merged.append((start, after[0], after[1], currency))
            uppers[start] = after[2]
            if following and following[0] < after[0]:
                index += 1  # '$3-$5 million': the upper amount is part of this range
        else:
            merged.append(found[index])
        index += 1
    return merged, uppers


def _full_range(text: str, first: Amount, second: Amount) -> tuple[float, float] | None:
    gap = text[first[1]:second[0]]
    if first[3] != second[3] or len(gap) > 8 or not _FULL_GAP.match(gap):
        return None
    word = gap.strip().lower()
    before = text[max(0, first[0] - 20):first[0]]
    if word in ("and", "و") and not _BETWEEN.search(before):
        return None
    if _is_change(text, first[0]):
        return None
    lower = _scaled_lower(first[2], second[2])
    return (lower, second[2]) if _bounded(lower, second[2]) else None


_ANY_DIGIT = re.compile(r"\d")


def _bare_range(text: str, amount: Amount) -> tuple[int, float] | None:
    """(start, lower) when a bare number and a range word stand right before the amount."""
    start, _, value, _ = amount
    window_start = max(0, start - 30)
    if not _ANY_DIGIT.search(text, window_start, start):
        return _word_lower(text, amount)  # no bare number before the amount: most amounts
    match = _BARE_LOWER.search(text, window_start, start)
    if not match:
        return _word_lower(text, amount)
    gap = match.group("gap").lower()
    if gap in ("and", "و") and not _BETWEEN.search(text, max(0, match.start() - 20),
                                                   match.start()):
        return None
    if _is_change(text, match.start()):
        return None
    lower = _scaled_lower(digits_value(match.group("lo")), value)
    return (match.start(), lower) if _bounded(lower, value) else None


def _word_lower(text: str, amount: Amount) -> tuple[int, float] | None:
    """(start, lower) for a lower bound in words after 'بين' or 'between' ('ما بين مليونين
    وثلاثة ملايين', 'between thirty and thirty-five million dollars')."""
    start, _, value, _ = amount
    if text[start - 1:start] != "و":
        return _english_word_lower(text, amount)
    for pattern in _WORD_LOWERS:
        match = pattern.search(text, max(0, start - 40), start)
        if not match or not _BETWEEN.search(text, max(0, match.start() - 20), match.start()):
            continue
        lower = parse_arabic_number(match.group("lo").lower().split())
        lower = lower and _scaled_lower(lower, value)  # 'بين ثلاثين وخمسة وثلاثين مليون'
        if lower and _bounded(lower, value):
            return match.start(), lower
    return None


_ENGLISH_WORD_LOWER = re.compile(r"(?:^|(?<=\s))(?P<lo>[a-z]+(?:-[a-z]+)?)\s+(?P<gap>and|to)\s+$",
                                 re.IGNORECASE)


def _english_word_lower(text: str, amount: Amount) -> tuple[int, float] | None:
    start, _, value, _ = amount
    if not text[start - 1:start].isspace():
        return None
    match = _ENGLISH_WORD_LOWER.search(text, max(0, start - 30), start)
    if not match or not _BETWEEN.search(text, max(0, match.start() - 20), match.start()):
        return None
    lower = parse_english_number([match.group("lo").lower()])
    lower = lower and _scaled_lower(lower, value)
    return (match.start(), lower) if lower and _bounded(lower, value) else None


def _upper_after(text: str, amount: Amount) -> tuple[int, float, float] | None:
    """(end, lower, upper) for '$3-5 million' and '$3 to $5 million'."""
    start, end, value, _ = amount
    match = _UPPER_AFTER.match(text[end:end + 40])
    if not match:
        return None
    gap = match.group("gap").lower()
    if gap in ("and", "و") and not _BETWEEN.search(text, max(0, start - 20), start):
        return None
    if match.group("people") is not None:
        return None
    if _is_change(text, start):
        return None
    scale = match.group("scale").lower()
    upper = digits_value(match.group("hi")) * (
        ENGLISH_SCALES[scale] if scale in ENGLISH_SCALES else ARABIC_SCALES[scale][0])
    lower = _scaled_lower(value, upper)
    return (end + match.end(), lower, upper) if _bounded(lower, upper) else None


# ---------------------------------------------------------------- amounts that are not funding

_UNIT_AFTER = re.compile(
    r"^\s*(?:(?:a|an|per|each|/)\s*(?:barrel|bbl|ton|tonne|metric\s+ton|litre|liter|gallon|"
    r"kilo\w*|kg|share|unit|head|person|capita|family|household|day|night|hour|week|copy|piece|"
    r"item|kit)s?(?!\w)|"
    r"per\s+(?!year|annum|month|cent|year)\w+|"
    r"(?:لل|لكل\s+(?:ال)?)(?:برميل|طن|لتر|غالون|كيلو\w*|سهم|وحده|فرد|شخص|عائله|اسره|راس|يوم)(?!\w)|"
    r"(?:في|ب)\s*(?:اليوم|الساعه)(?!\w)|يوميا|"
    # 'for the one passenger': 'للراكب الواحد', 'للشاحنة الواحدة'; 'for each murder'
    r"لل\w+\s+الواحده?(?!\w)|for\s+(?:each|every)\s+\w+|each(?![\w-])|"
    r"(?:عن|مقابل|في)\s+كل\s+(?!عام|سنه|شهر)\w+|"
    # 'لنقل أثاث العائلة الواحدة': for a single one of something
    r"(?:\S+\s+){1,3}?ال\w+\s+الواحده?(?!\w))",
    re.IGNORECASE,
)
# A price word, or a traded commodity as the subject ('Brent holds near $76', 'النفط يستقر عند
# 59 دولاراً'), followed only by price talk.
_PRICE_BEFORE = re.compile(
    r"(?<!\w)(?:prices?|priced|[وفبل]?(?:ال)?(?:سعر|اسعار)|بسعر|[وفبل]?(?:ال)?ثمن\w*|brent|crude|wti|"
    r"oil|barrel|exchange\s+rates?|"
    r"[وفبل]?(?:ال)?(?:نفط|خام|برميل)|[وفبل]?برنت)"
    r"(?:\s+(?:of|for|a|the|oil|crude|brent|barrel|per|rose|fell|climbed|dropped|jumped|stood|"
    r"reached|hit|at|to|around|about|near|nearly|above|below|over|under|holds?|held|steady|"
    r"steadies|sinks?|sank|slumps?|slumped|trades?|traded|trading|settles?|settled|stays?|"
    r"stayed|edges?|edged|hovers?|hovered|is|was|which|that|does|did|not|now|النفط|البرميل|برميل|"
    r"صرف|الصرف|الدولار|الذي|التي|لا|لم|"
    r"خام|برنت|ارتفع\w*|انخفض\w*|تراجع\w*|بلغ\w*|وصل\w*|[يت]?ستقر|استقر|[يت]?هبط|هبط|"
    r"[يت]?رتفع|[يت]?نخفض|[يت]?تجاوز|تجاوز|exceeded|exceeds|topped|tops|الي|علي|عند|نحو|حوالي|فوق|"
    r"دون|ب|باقل|اقل|من|باكثر|اكثر))*\s*$",
    re.IGNORECASE,
)
# The price of one unit of a good, with up to eight words before the amount ('سعر البرميل في
# السوق المحلية لا يتجاوز ٣٠ دولاراً', 'يدور سعر البرميل حول ٦٥ دولاراً', 'سعر كيس الطحين زنة ٥٠
# كيلوغراماً ٣٠ ألف دينار', 'the price of a barrel on the local market does not exceed').
_UNIT_PRICE_HEAD = re.compile(
    r"(?<!\w)(?:[وفبل]?(?:ال)?(?:سعر|اسعار|ثمن)\s+(?:ال)?(?:برميل|طن|لتر|ليتر|كيس|ربطه|كيلو\w*|غالون|"
    r"جره|اسطوانه|صفيحه)|prices?\s+of\s+(?:a|one|each|the)\s+(?:barrel|ton|tonne|litre|liter|sack|"
    r"bag|kilo\w*|gallon|loaf|bundle|cylinder)|"
    # a unit of a staple as the subject: 'ربطة الخبز في حلب بلغت', 'ويبلغ ليتر المازوت'
    r"[وفبل]?(?:ربطه|ليتر|لتر|كيس|جره|اسطوانه|برميل|طن|كيلو)\s+(?:ال)?(?:خبز|مازوت|طحين|غاز|نفط|"
    r"بنزين|سكر|رز|ارز|ديزل|خام))(?!\w)(?:\s+[^\s,،;؛:]+){0,8}?\s*$",
    re.IGNORECASE,
)
# A price as the subject of its clause, the amount after 'to/at' ('the price of a bundle of
# bread in the camp's markets rose to 400 Syrian pounds', 'ارتفع سعر ربطة الخبز ... إلى ٤٠٠
# ليرة'), with at most ten words between and no clause break.
_PRICE_TO = re.compile(
    r"(?<!\w)(?:prices?|[وفبل]?(?:ال)?(?:سعر|اسعار))(?!\w)(?:\s+[^\s\d,،;؛:]+){0,10}?"
    r"\s+(?:to|at|الي|عند|[وف]?بلغ\w*|[وف]?وصل\w*)(?:\s+(?:about|around|some|nearly|almost|over|نحو|"
    r"حوالي|قرابه))?\s*$|"
    r"(?<!\w)[وف]?[يت]?(?:بلغ|وصل|ارتفع|تجاوز|قفز)\w*\s+(?:ال)?(?:سعر|اسعار|ثمن)\s+(?:\S+\s+){0,10}?"
    r"(?:(?:نحو|حوالي|قرابه|الي)\s+)?$",
    re.IGNORECASE,
)
# One thing's cost ('A Brimstone missile costs around £100,000', 'each tent costs', 'يكلف
# الصاروخ الواحد'), whatever its size: a price, not a sum of funding.
_ONE_THING_COSTS = re.compile(
    r"(?:^|(?<=[\s(]))(?:a|an|one|each|every|the\s+average|per)\s+(?:[^\W\d_][\w'’]*[\s-]+){0,6}?"
    r"(?:(?:now|still|already)\s+)?(?:costs?|sells?\s+for|retails?\s+(?:for|at)|is\s+priced\s+at|"
    r"(?:would|will|could)\s+run\s+to|runs?\s+to)"
    r"(?:\s+(?:about|around|some|nearly|roughly|up\s+to|as\s+much\s+as|over|more\s+than|at|"
    r"for|perhaps))*\s*$|"
    # 'يكلف المنزل الواحد', 'كلفة نقل العائلة الواحدة جواً نحو': one thing, with words around it
    r"(?<!\w)[وف]?[يت]?(?:كلف|باع|بلغ\s+(?:سعر|ثمن))\w*(?:\s+[^\W\d_]+){1,3}?\s+(?:ال)?واحد\w*"
    r"(?:\s+[^\W\d_]+)??(?:\s+(?:نحو|حوالي|قرابه|ب|بنحو))*\s*$",
    re.IGNORECASE,
)
_ONE_THING_COST_OF = re.compile(
    r"(?<!\w)(?:cost|price)\s+of\s+(?:a|an|one|each)\s+(?:single\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+\s*$"
    r"|(?:كلفه|تكلفه|سعر|ثمن)\s+(?:ال)?\S+\s+(?:ال)?واحد\w*\s*$", re.IGNORECASE)
_ONLY_QUALIFIER = re.compile(r"\s*(?:(?:around|about|some|roughly|nearly|almost|approximately|"
                             r"نحو|حوالي|قرابه|تقريبا)\s*)?$", re.IGNORECASE)
# What a thing sells for ('a jerrycan of water sells for 500 Syrian pounds', 'a taxi costs
# 4,000 pounds', 'يباع الكيس بـ'): a consumer price, when the amount is under SALE_CEILING (the
# cost of a project, 'the school cost $2 million', stays an amount).
SALE_CEILING = 100_000
_SALE_BEFORE = re.compile(
    r"(?<!\w)(?:sells?|selling|sold|fetch(?:es|ed|ing)?|costs?|costing|bought|buys?|purchased|"
    r"[وف]?[يت]باع|بيع|بيعت|ثمن\w*|اشتر\w*|[وف]?[يت]شتري\w*|"
    r"[وف]?[يت]بيع\w*|باعو\w*|[يت]كلف|كلف|changes?\s+hands|changing\s+hands)"
    r"(?:\s+[^\s\d,،;؛:]+){0,6}?(?:\s+(?:for|at|about|around|some|"
    r"nearly|up\s+to|"
    r"as\s+much\s+as|roughly|over|more\s+than|ب|بنحو|بحوالي|نحو|حوالي|باكثر\s+من|"
    r"بما\s+يزيد\s+(?:عن|علي)))*\s*$",
    re.IGNORECASE,
)
# What something costs one family or person ('the cost of the monthly food basket for a family of
# five', 'كلفة السلة الغذائية الشهرية لأسرة من خمسة أفراد تجاوزت').
_COST_FOR_ONE = re.compile(
    r"(?<!\w)(?:[وفبل]?(?:ال)?(?:كلفه|تكلفه|سعر|ثمن)(?:\s+\S+){0,4}?\s+(?:لل|ل|لكل\s+)(?:اسره|عائله|شخص|"
    r"فرد|طفل)|(?:cost|price)\s+of\s+(?:\S+\s+){0,5}?for\s+(?:a|one|each|every)\s+(?:family|household|"
    r"person|child)|(?:cost|price)\s+of\s+(?:\w+ing\s+)?(?:one|a\s+single|each|every)\s+(?:child|"
    r"family|household|person|pupil|student|detainee|returnee)|"
    # 'كلفة إعادة الأجنبي الواحد إلى بلده': what one of them costs
    r"[وف]?(?:كلفه|تكلفه|تعويض|منحه|سعر|ثمن)(?:\s+\S+){0,3}?\s+(?:ال)?\w+\s+الواحده?(?!\w)|"
    # 'كلفة استخراج البطاقة الوطنية تصل إلى': what one document costs
    r"(?:كلفه|تكلفه|رسوم)\s+(?:استخراج|اصدار|تجديد)\s+(?:ال)?(?:بطاق|وثيق|جواز|هوي|شهاد)\w*)"
    r"(?!\w)(?:\s+[^\s,،;؛:]+){0,10}?\s*$",
    re.IGNORECASE,
)
# (a household's purchase: under $1,000; 'gave $50,000 for a clinic' is funding)
_FOR_ONE_AFTER = re.compile(r"\s*for\s+(?:a\s+single|one)\s+(?!year|month)\w+", re.IGNORECASE)
# A payment to each recipient ('pays each returning family a one-off grant of one million
# dinars', 'كل عائلة تغادره تحصل على منحة قدرها'): what one unit gets, not a sum of funding.
_PER_RECIPIENT = re.compile(
    r"(?<!\w)(?:a|an|one)\s+(?:\w+\s+)?(?:family|household|person|returnee|refugee)\s+(?:\S+\s+){0,6}?"
    r"(?:receives?|gets?|is\s+(?:given|paid|entitled\s+to)|(?:now\s+)?needs|pays|spends)(?!\w)"
    r"(?:\s+[^\s\d,،;؛.]+){0,5}?\s*$|"
    # round 21: 'المنحة التي تُصرف للعائلة العائدة، وهي أربعة ملايين دينار'
    r"(?<!\w)(?:[تي]صرف|[تي]منح|[تي]عطي|[تي]قدم|[تي]دفع)\s+(?:لل|ل|لكل\s+)(?:عائله|اسره|فرد|شخص|"
    r"عائد)\w*(?:\s+[^\s\d.؛;]+){0,5}?\s*$|"
    # 'families returning to Tikrit can receive a one-off cash grant of about'
    r"(?<!\w)(?:families|households|returnees)\s+(?:\S+\s+){0,4}?(?:(?:can|may|will|each)\s+)?"
    r"(?:receive|get)(?!\w)(?:\s+[^\s\d,،;؛.]+){0,7}?\s*$|"
    r"(?<!\w)(?:each|every|per|[لو]?كل)\s+(?:\S+\s+){0,2}?(?:famil(?:y|ies)|household|person|returnee|"
    r"beneficiary|detainee|(?:ال)?(?:عائله|اسره|شخص|فرد|عائد|مستفيد))(?!\w)"
    r"(?:\s+[^\s\d,،;؛.]+){0,9}?\s*$",
    re.IGNORECASE)
# What a small sum buys, in an appeal ('£30 provides a hygiene kit', '£120 pays for a month of
# milk', '25 دولاراً توفر سلة غذائية'): an illustration of a price, not a sum of funding.
_BUYS_AFTER = re.compile(
    r"^\s*(?:can\s+|could\s+|will\s+)?(?:provides?|buys?|pays?\s+for|covers?|feeds?|supplies|"
    r"keeps?|gives?)\s+(?:a|an|one|two|three|for\s+a|[\w-]+\s+(?:a|an))\s|"
    r"^\s*(?:[يت]وفر|[يت]كفي|[يت]شتري|[يت]غطي)\s+(?:\S+\s+){0,2}?(?:ل|واحد)",
    re.IGNORECASE)
# Pay: wages, salaries, pensions ('salaries and pensions of roughly $4 billion a month',
# 'الأجر اليومي لعامل البناء نحو 20 دولاراً'), and a small sum paid each month.
_PAY_BEFORE = re.compile(
    r"(?<!\w)(?:salar(?:y|ies)|wages?|pensions?|stipends?|payroll|[وفبل]?(?:ال)?(?:رواتب|راتبا?|"
    r"اجرا?|اجور|معاش|معاشات|مرتبا?|مرتبات))(?!\w)(?:\s+[^\s,،;؛:]+){0,8}\s*$",
    re.IGNORECASE,
)
# A sum for pay named after it ('1.2 trillion dinars in its 2017 budget for the salaries of',
# 'لدفع رواتب', 'لرواتب الموظفين'): pay when the sentence speaks of a budget (a government's own
# money); 'Germany gave $10 million for the salaries of teachers' and a council's allocation for
# cleaners' wages stay funding.
_PAY_AFTER = re.compile(
    r"^[^,،;؛.:]{0,60}?(?<!\w)(?:for|to\s+pay|to\s+cover)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:salaries|wages|pensions|stipends|payroll)(?!\w)|"
    r"^\s*(?:[^\s,،;؛.:]+\s+){0,6}?(?:لدفع\s+|لتسديد\s+|ل)(?:ال)?(?:رواتب|اجور|معاشات|مرتبات)(?!\w)",
    re.IGNORECASE,
)
# Pay by the month or day under another name: 'monthly incentives of $100', 'حوافز شهرية قدرها'.
_PAY_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:(?:monthly|daily|weekly|basic|take-home)\s+(?:pay|incentives?|allowances?)|"
    r"(?:incentives?|allowances?)\s+(?:of\s+)?(?:a|per)\s+(?:month|day)|"
    r"[وفبل]?(?:ال)?(?:حوافز|حافز|بدلات|بدل)\s+(?:ال)?(?:شهري|يومي|اسبوعي)\w*)(?!\w)"
    r"(?:\s+[^\s,،;؛:]+){0,7}\s*$",
    re.IGNORECASE,
)
# A fee, fare or toll ('the crossing fee for one truck was set at', 'رسم عبور الشاحنة حُدد بـ',
# 'سعر تذكرة الحافلة'): what one use costs, not funding.
_FEE_BEFORE = re.compile(
    r"(?<!\w)(?:fees?|tolls?|fares?|tickets?|tariffs?|[وبل]?(?:ال)?(?:رسوم|رسما|رسم|تعرفه|تذكره|اجره)"
    r"(?!\w))[\"”’']?(?:\s+[^\s\d,،;؛:]+){0,10}?\s*$",
    re.IGNORECASE,
)
# A clause that opens with a participle or 'which total' describes the noun before the comma:
# 'رواتب نحو 400 موظف، البالغة قرابة 300 مليون دينار' is pay.
_APPOSITIVE = re.compile(
    r"\s*(?:(?:ال)?بالغ\w*|(?:ال)?تي\s+تبلغ|الذي\s+يبلغ|which\s+(?:total|amount|come)\w*|"
    # 'Its own defence budget, at 120 billion', 'the price of a seat, quoted by drivers at'
    r"amounting|totall?ing|worth|at|(?:quoted|priced|put|set|fixed)\s+(?:\S+\s+){0,3}?at)(?!\w)",
    re.IGNORECASE,
)
_PAY_WORD = re.compile(
    r"(?<!\w)(?:salar(?:y|ies)|wages?|pensions?|stipends?|payroll|[وفبل]?(?:ال)?(?:رواتب|راتب|"
    r"اجور|معاش|معاشات|مرتبات))(?!\w)", re.IGNORECASE)
_RECEIVE_BEFORE = re.compile(
    r"(?<!\w)(?:receives?|earns?|gets?|paid|[وف]?[يت]تقاض\w*|[وف]?[يت]تلق\w*|[وف]?[يت]حصل\w*)"
    r"(?:\s+\S+){0,6}\s*$", re.IGNORECASE)
_MONTHLY_AFTER = re.compile(r"^\s*(?:a|per|each|every|/)\s*month(?!\w)|"
                            r"^\s*(?:monthly|شهريا|في\s+الشهر)(?!\w)", re.IGNORECASE)
_SMALL_WORDS = (r"of|up|to|worth|totall?ing|amounting|as|much|the|a|an|cash|about|some|roughly|"
                r"more|than|over|for|this|"
                r"nearly|around|record|is|was|stands|stood|at|fiscal|year|تصل|يصل|الي|قدرها|"
                r"بقيمه|قيمتها|تبلغ|بلغت|البالغه|ماليه|حتي|نحو|بنحو|حوالي|مقدارها|تقدر|ب|لعام|عام|"
                r"العام|للعام|المالي|الماليه|تبلغ|بلغ|قدرت|بمبلغ|مبلغ|البالغ")
_REWARD_BEFORE = re.compile(
    r"(?<!\w)(?:rewards?|bounty|bounties|[وبل]?(?:ال)?مكاف(?:اه|ات)|[وبل]?(?:ال)?جائزه)"
    rf"(?:\s+(?:{_SMALL_WORDS}))*\s*$",
    re.IGNORECASE,
)
# A reward raised or set to the amount, with its object between ('raised its offers for
# information on the group's financiers to $5 million', 'رفع المكافأة المخصصة لمن يدلي بمعلومات
# عن زعيم التنظيم إلى').
# A reward described before its amount ('بالمكافأة التي رصدتها والبالغة', 'the reward it
# offers, worth').
_REWARD_DESCRIBED = re.compile(
    r"(?<!\w)(?:rewards?|bounty|bounties|[وبل]?(?:ال)?مكاف(?:اه|ات))(?!\w)(?:\s+[^\s\d.]+){0,8}?"
    r"\s+(?:و?(?:ال)?بالغ\w*|قدرها|بقيمه|worth|totall?ing|of|(?:stands?|stood|is|was|set|remains?)"
    r"\s+at)\s*$",
    re.IGNORECASE,
)
_REWARD_RAISED = re.compile(
    r"(?<!\w)(?:rewards?|bounty|bounties|offers?\s+for\s+information|[وبل]?(?:ال)?مكاف(?:اه|ات))"
    r"(?!\w)[^,،;؛.:]{0,80}?(?<!\w)(?:to|الي)(?:\s+up\s+to)?\s*$",
    re.IGNORECASE,
)
# Payments to criminals: bribes, ransoms, and sums paid or offered to smugglers, traffickers,
# kidnappers or killers ('paid smugglers between $2,000 and $15,000', 'رشى تصل إلى 10 آلاف
# دولار تدفع للمهربين', 'لمن ينفذ عمليات اغتيال'). Money to fight them ('to counter
# smuggling', 'لمكافحة التهريب') is funding.
_ILLICIT_NOUN = (r"bribes?|bribery|ransoms?|smugglers?|smuggling|traffickers?|kidnappers?|killers?|"
                 r"extortion|protection\s+money|[«\"]?زكاه[»\"]?|اتاوه|اتاوات|خوه|"
                 r"assassins?|hitmen|murders?|(?:[وف]?لل|[وبلف]{0,2}(?:ال)?)"
                 r"(?:رشوه|رشي|رشاوي|فديه|مهرب\w*|تهريب|خاطف\w*|قتله|اغتيال\w*)")
_ILLICIT = re.compile(
    r"(?<!\w)(?<!counter-)(?<!anti-)(?:" + _ILLICIT_NOUN + r")(?!\w)|"
    # the armed group's own money: 'the group's cash reserves', 'مصادر تمويل التنظيم'
    # ('IS' in capitals only: 'which is mostly income from donors' is no armed group)
    r"(?<!\w)(?:(?:the\s+group|(?-i:IS)|isis|isil|daesh|the\s+jihadists?)(?:'s|’s|')?\s+(?:\w+\s+){0,4}?"
    r"(?:revenues?|income|cash\s+reserves|reserves|finances|war\s+chest|earnings|coffers)|"
    # round 21: 'the group now takes in about $56 million a month from oil, taxes and extortion'
    r"(?:the\s+group|(?-i:IS)|isis|isil|daesh|the\s+jihadists?)\s+(?:\w+\s+){0,2}?(?:takes\s+in|"
    r"took\s+in|earns|earned|makes|made|brings\s+in|rakes\s+in|collects|collected)|"
    r"(?:تمويل|ايرادات|عائدات|احتياطيات|اموال|دخل|خزينه)\s+(?:ال)?(?:تنظيم|داعش)|"
    r"(?:ال)?احتياطيات\s+(?:ال)?نقديه|"
    # round 21: what the group holds ('that UN monitors think ISIS still holds in cash')
    r"(?:isis|isil|daesh|the\s+group|the\s+jihadists?|(?-i:IS))\s+(?:still\s+|now\s+)?"
    r"(?:holds?|has|keeps?|controls?)\s+in\s+(?:cash|reserve|reserves)|"
    r"(?:[يت]ملك|[يت]حتفظ\s+ب)\w*\s+(?:ال)?(?:تنظيم|داعش))(?!\w)", re.IGNORECASE)
_AGAINST_BEFORE = re.compile(
    r"(?<!\w)(?:counter(?:ing)?|anti|fight(?:ing)?|combat(?:ing)?|against|tackl\w*|curb\w*|"
    r"prevent\w*|stop(?:ping)?|[وبل]?(?:ال)?مكافح\w*|ضد|لمنع|منع|للحد|الحد)\W+(?:\w+\W+)?$",
    re.IGNORECASE,
)
_REWARD_AFTER = re.compile(
    r"^\s*(?!to\s)(?:[\w.'-]+\s+){0,2}?(?:rewards?|bount(?:y|ies))(?!\w)|^\s*(?:rewards?|bounty|(?:for|in\s+exchange\s+for)\s+information|مكاف\w*|"
    r"(?:مقابل|لقاء)\s+(?:ال)?معلومات|لمن\s+يدلي|"
    # round 19: 'لمن يسلّم خلية نائمة', 'لكل من يدلّ على عميل', "for the caliph's head"
    r"(?:لكل\s+)?(?:لمن|من)\s+(?:يدل|يسلم|يرشد|يبلغ|يقتل|ياتي\s+براس)\w*|"
    r"(?:ثمن|مقابل)\s+راس|for\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+|his\s+|her\s+)head(?!\w))",
    re.IGNORECASE,
)
_BUDGET_BEFORE = re.compile(
    r"(?:(?<!\w)(?:federal|national|state|annual|general|government|defen[cs]e|military|investment|capital|"
    r"operating|iraq|syria|iraqi|syrian|baghdad|damascus|kurdistan|kurdish|(?:19|20)\d\d)"
    r"(?:'s)?\s+(?:[^\W\d_]+\s+){0,2}budget|budget\s+(?:law|bill|for\s+(?:19|20)\d\d)|"
    r"(?<!\w)[وبل]?(?:ال)?(?:موازن|ميزاني)ه\s+(?:ال)?(?:عامه|اتحاديه|الدوله|دوله|الحكومه|"
    r"العراق|سوريا|التشغيليه|الاستثماريه|لعام|عام|السنويه|الدفاع|\d{4})"
    # 'ميزانية الدفاع الأميركية لهذا العام أكثر من': a nationality and 'this year' may follow
    r"(?:\s+(?:ال)?\w+يه)?(?:\s+(?:ل)?هذا\s+(?:ال)?عام)?(?:\s+(?:اكثر|اقل)\s+من)?|"
    r"قانون\s+(?:ال)?موازنه)"
    # 'the 2016 federal budget carries 50 billion dinars', 'تتضمن الموازنة'
    r"(?:\s+(?:carries|carried|includes|included|contains|earmarks|allocates|allocated|provides|"
    r"sets\s+aside|set\s+aside|تتضمن|تضمنت|تخصص|خصصت))?"
    # 'the 2016 federal budget carries a deficit of roughly $20 billion', 'بعجز'
    r"(?:\s+(?:a\s+)?(?:deficit|shortfall|hole)\s+of|\s+(?:ب)?عجز\w*)?"
    rf"(?:\s+(?:{_SMALL_WORDS}|(?:19|20)\d\d))*\s*$",
    re.IGNORECASE,
)
# A ministry's own budget line ('the Ministry's overall development cooperation budget line of
# EUR 655 million'): a line of a government budget, not an allocation.
_BUDGET_LINE = re.compile(
    r"(?<!\w)(?:(?:ministry|ministry's|ministerial|departmental|overall|entire|whole)\s+"
    r"(?:[^\W\d_]+\s+){0,3}budget|budget\s+lines?)(?:\s+(?:" + _SMALL_WORDS + r"))*\s*$",
    re.IGNORECASE,
)
_BUDGET_AFTER = re.compile(
    r"^\s*(?:annual\s+|federal\s+|national\s+)?budget(?!\w)|"
    # a sum a parliament passed in a budget law ('IQD 1.6 trillion, was approved by parliament
    # in a budget amendment')
    r"^[^.;؛]{0,20}?(?:approved|passed|voted)\s+by\s+(?:the\s+)?(?:parliament|council\s+of\s+"
    r"representatives|national\s+assembly)|"
    # 'set aside 1.2 trillion dinars in its 2017 budget', 'ضمن موازنة عام 2017'
    r"^\s*(?:(?:a|per|each)\s+year\s+)?(?:in|into|under|within|of|from)\s+(?:its|the|their|"
    r"[\w-]+'s)\s+(?:own\s+)?(?:(?:19|20)\d\d|federal|national|state|annual|general|defen[cs]e|"
    r"security|military)(?:[\s/-]+\S+){0,2}?\s+budget(?!\w)|"
    r"^\s*(?:[^\s,،;؛.:]+\s+){0,3}?(?:في|ضمن|من)\s+(?:ال)?(?:موازن|ميزاني)ه\s+"
    r"(?:ال)?(?:عامه|اتحاديه|الدوله|عام|لعام|\d{4})",
    re.IGNORECASE)
# Money a defence ministry budgets or pays ('a deployment budgeted separately by the Ministry of
# Defence at some €45 million'): a line of a government's military budget.
_DEFENCE_BUDGET = re.compile(
    r"(?<!\w)(?:budgeted|financed|paid|funded|met)\s+(?:\S+\s+){0,4}?(?:by|from)\s+the\s+"
    r"(?:ministry\s+of\s+defen[cs]e|defen[cs]e\s+(?:ministry|budget)|pentagon|armed\s+forces)"
    r"(?:\s+\S+){0,3}?\s*$", re.IGNORECASE)
# A military budget named after the amount ('about EUR 12 million a year, is met from the defence
# budget', 'تُدفع من موازنة وزارة الدفاع'): not stabilisation money.
_DEFENCE_AFTER = re.compile(
    r"[^.;؛]{0,40}?(?<!\w)(?:met|paid|covered|funded|financed|borne|comes?|drawn)\s+(?:\w+\s+)?"
    r"(?:from|by|out\s+of|under)\s+(?:the|its|their|[\w-]+'s)\s+(?:\w+\s+)?(?:defen[cs]e|military)\s+"
    r"(?:budget|ministry|spending)|"
    r"[^.;؛]{0,40}?(?:من|ضمن)\s+(?:ال)?(?:موازن|ميزاني)ه\s+(?:وزاره\s+)?(?:ال)?(?:دفاع|عسكري\w*)|"
    # round 21: 'has spent about $2.7 billion on military operations against the group'
    r"\s+on\s+(?:its\s+|the\s+)?(?:military\s+operations|air\s*strikes|the\s+air\s+war|"
    r"(?:the\s+)?military\s+campaign|(?:the\s+)?bombing\s+campaign)|"
    # 'تتحملها وزارة الدفاع الأميركية'
    r"\s*[يت]تحمل\w*\s+(?:\S+\s+)?وزاره\s+(?:ال)?دفاع",
    re.IGNORECASE)
_MILITARY_STEMS = ("defen", "military", "دفاع", "عسكري", "deploy", "troops", "forces", "air camp",
                   "soldiers", "mission", "عمليه", "war", "operation",
                   "air war", "bombing", "strikes", "pentagon",
                   "equip", "air strikes", "الجوي", "القوات", "الغارات", "انتشار")
# The cost of a military deployment or campaign ('The additional expenditure for the deployment of
# German forces ... is estimated at around', 'كلفة ... يومياً للعمليات الجوية'): not stabilisation.
_MILITARY_COST = re.compile(
    r"(?<!\w)(?:expenditure|costs?|spending|bill)\s+(?:\w+\s+){0,3}?(?:for|of)\s+(?:the\s+)?"
    r"(?:\w+\s+)?(?:deployment|military|armed\s+forces|troops|air\s+(?:war|campaign|strikes|operations)|"
    r"training\s+mission)|"
    r"(?<!\w)(?:defen[cs]e|military)\s+(?:figure|budget|spending|costs?|bill)\s+for|"
    r"(?<!\w)train[- ]and[- ]equip|"
    # 'the military campaign itself, whose cost to the U.S. Treasury passed $14 billion'
    r"(?<!\w)(?:military\s+campaign|air\s+war|war|military\s+operations?)(?:\s+itself)?\s*,?\s+whose\s+"
    r"cost|"
    # 'كلفة العمليات العسكرية', 'أنفقت واشنطن على عملية "العزم الصلب"'
    r"(?:كلفه|تكلفه|نفقات)\s+(?:ال)?عمليات\s+(?:ال)?عسكريه|"
    r"(?:علي|في)\s+عمليه\s+[\"«]|operation\s+inherent\s+resolve|"
    # 'the costs of Operation Shader, the UK's military contribution, which the MoD puts at'
    r"(?<!\w)(?:costs?|bill)\s+of\s+operation\s+[A-Z]\w+|"
    # round 21: 'Operation Shader has cost about £1.7 billion since 2014'
    r"(?<!\w)(?-i:Operation)\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?\s+(?:(?:has|have|had)\s+)?"
    r"(?:already\s+)?(?:cost|costs|costing)(?!\w)|"
    # 'a refuelling mission ... with a ceiling of 500 soldiers and additional costs of roughly'
    r"(?<!\w)(?:mission|deployment|soldiers|troops)(?!\w)[^.;؛]{0,80}?(?:additional|extra)\s+"
    r"(?:costs?|expenditure)\s+of|"
    # 'The deployment costs the Pentagon well over $1bn a year'
    r"(?<!\w)(?:deployments?|troops?|mission|military\s+presence)\s+(?:costs?|costing|costed)"
    r"\s+(?:the\s+)?(?:pentagon|treasury|taxpayers?|ministry\s+of\s+defen[cs]e|\w+\s+taxpayers?)|"
    # 'the Pentagon says the air war has cost more than $1 billion since August'
    r"(?<!\w)(?:air\s+war|air\s+campaign|bombing\s+campaign|military\s+campaign|(?:air\s+)?strikes)"
    r"\s+(?:(?:has|have|had)\s+)?(?:already\s+)?(?:cost|costs|costing)(?!\w)|"
    # 'نقل القوات والمعدات سيكلّف بين ...': moving troops
    r"(?:نقل|انسحاب|نشر|انتشار|اعاده\s+انتشار)\s+(?:ال)?قوات(?:\s+\S+){0,4}?\s+(?:س)?[يت]كلف\w*|"
    # 'تقول وزارة الدفاع إن كلفة العمليات بلغت': operations a defence ministry counts
    r"وزاره\s+(?:ال)?دفاع(?:\s+\S+){0,4}?\s+(?:كلفه|تكلفه|نفقات)\s+(?:ال)?عمليات(?!\s+(?:ال)?(?:انساني|اغاث))|"
    r"(?:[وبل]?(?:ال)?(?:كلفه|تكلفه|نفقات)\w*)(?:\s+\S+){0,6}?\s+(?:لل|[لب]?(?:ال)?)(?:عمليات\s+(?:ال)?جويه|"
    r"غارات|قوات|انتشار\w*|مهمه\s+(?:ال)?عسكريه)", re.IGNORECASE)
_COST_STEMS = ("expenditure", "cost", "spending", "bill", "figure", "equip", "كلف", "نفقات",
               "انفق", "spent")
# 'Typical project costs: school rehabilitation US$ 150,000-400,000': what one project costs
_TYPICAL_COST = re.compile(r"(?<!\w)(?:typical|average|usual)\s+(?:\w+\s+){0,2}?costs?(?!\w)|"
                           r"(?<!\w)متوسط\s+(?:ال)?(?:كلف|تكلف)\w*|(?:ال)?كلف\w*\s+(?:ال)?نموذجي\w*",
                           re.IGNORECASE)
_FOR_SALE = re.compile(r"(?<!\w)(?:for\s+sale|on\s+sale|للبيع)(?!\w)", re.IGNORECASE)
# 'is financed separately over the defence budget, at an annual cost of about NOK 150 million'
_DEFENCE_EARLIER = re.compile(
    r"(?<!\w)(?:financed|funded|paid|met|covered|budgeted)\s+(?:\w+\s+){0,3}?(?:by|from|over|out\s+of|"
    r"under|through)\s+(?:the|its|their)\s+(?:\w+\s+){0,2}?(?:of\s+)?(?:defen[cs]e|military)"
    r"(?:'s|’s)?\s+budget(?!\w)"
    r"(?:[^.;؛]{0,12}?[,،]\s*(?:at\s+)?(?:an?\s+)?(?:annual\s+|yearly\s+)?cost\s+of|"
    # '... from the Ministry of Defence's budget and has cost some £1.75 billion'
    r"\s+and\s+(?:has|have|had)\s+cost)"
    r"(?:\s+(?:about|around|some|roughly|nearly|almost|more\s+than|over))?\s*$|"
    # 'ويُموَّل من موازنة وزارة الدفاع، بكلفة سنوية تبلغ نحو'
    r"(?<!\w)[وف]?(?:[يت]مول|[يت]دفع|[يت]غطي|مول|تمول)\w*\s+(?:\S+\s+){0,3}?(?:من|عبر|ضمن)\s+"
    r"(?:ال)?(?:موازن|ميزاني)ه\s+(?:وزاره\s+)?(?:ال)?(?:دفاع|عسكري\w*)[^.;؛]{0,12}?[,،]\s*"
    r"(?:ب)?(?:كلفه|تكلفه)(?:\s+\S+){0,3}?\s*$", re.IGNORECASE)
# A budget as the noun the amount measures: 'a separate budget of £3.1 billion', 'which has a
# budget of £1 billion', 'بميزانية قدرها'.
_BUDGET_OF = re.compile(
    r"(?<!\w)(?:budgets?|[وبل]?(?:ال)?(?:موازن|ميزاني)(?:ه|ات|ته|تها))(?:\s+(?:(?:ال)?سنويه|annual|"
    r"yearly|of|worth|totall?ing|amounting\s+to|"
    r"at|قدرها|تبلغ|بقيمه|البالغه|تقدر\s+ب|of\s+about|of\s+some|of\s+around|of\s+nearly|of\s+over|"
    r"of\s+more\s+than|نحو|حوالي))+\s*$",
    re.IGNORECASE,
)
# A line of a budget after the amount, where the sentence speaks of budgets ('the Netherlands'
# €1.2 billion counter-terrorism line').
_LINE_AFTER = re.compile(r"^\s*(?:[^\W\d_]+[\s-]+){0,3}?(?:budget\s+)?lines?(?!\w)"
                         r"(?!\s+of\s+credit)",
                         re.IGNORECASE)
# A law, act or budget named before a comma that the amount's clause describes ('the Food
# Security law passed in June, worth 25 trillion dinars').
_LAW_HEAD = re.compile(r"(?<!\w)(?:law|act|budget|قانون|(?:ال)?(?:موازن|ميزاني)ه)(?!\w)",
                       re.IGNORECASE)
# 'FY 2023 budget request of $58.5 billion', 'budget proposal of', 'مشروع الموازنة'
_BUDGET_REQUEST = re.compile(
    r"(?<!\w)(?:budget\s+(?:request|proposal|estimate|submission)s?|"
    r"مشروع\s+(?:قانون\s+)?(?:ال)?(?:موازن|ميزاني)(?:ه|ت\w+))(?:\s+(?:" + _SMALL_WORDS
    + r"|المقبل|القادم))*\s*$",
    re.IGNORECASE,
)
# A government's or a force's income ('oil revenue had recovered only to around $3.5 billion a
# month', 'is thought to earn something like $10 million a month from oil fields', 'إيرادات
# النفط'), and a loan to a government's budget ('قرضاً ميسراً ... لدعم الموازنة العراقية'): not
# stabilisation money.
_REVENUE = re.compile(
    r"(?<!\w)(?:(?:oil|export|tax|customs|government|state|public)\s+(?:revenues?|income)|"
    r"earn(?:s|ed|ing)?|(?:oil\s+)?exports?\s+(?:are\s+|were\s+)?(?:bringing|brought|bring)\s+"
    r"in|"
    # round 21: trade between states ('حجم التبادل التجاري بين البلدين', 'bilateral trade')
    r"(?:bilateral\s+)?trade\s+(?:between|with|volume|reached|stood|exceeded|topped)|"
    r"(?:ال)?تبادل\s+(?:ال)?تجاري|"
    r"[وبل]?(?:ال)?(?:ايرادات|عائدات|واردات)\s+(?:ال)?(?:نفط|نفطيه|ضرائب|ضريبيه|"
    r"جمارك|جمركيه|دوله|حكومه))(?!\w)"
    r"(?:\s+[^\s\d,،;؛.]+){0,6}?\s*$", re.IGNORECASE)
_REVENUE_STEMS = ("revenue", "income", "earn", "exports", "ايرادات", "عائدات", "واردات", "trade",
                  "تبادل")
_BUDGET_SUPPORT_AFTER = re.compile(
    r"[^.;؛]{0,30}?(?<!\w)(?:(?:for|in)\s+(?:general\s+)?budget\s+support|to\s+support\s+(?:the\s+)?"
    r"(?:\w+\s+)?budget|لدعم\s+(?:ال)?(?:موازن|ميزاني)ه)(?!\w)", re.IGNORECASE)
_STABILISATION = re.compile(
    r"(?<!\w)(?:stabili[sz]\w*|reconstruct\w*|recovery|rebuild\w*|funding\s+facility|ffs|"
    r"[وبل]?(?:ال)?استقرار|[وبل]?(?:ال)?اعمار|[وبل]?(?:ال)?تعافي)(?!\w)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,،;؛:]")
# A number and its currency's words, then an opening bracket: the amount after it converts them.
_EQUIVALENT_OPEN = re.compile(r"(?<![\w.,])\d[\d.,]*(?:\s+[^\W\d_]+){1,4}\s*\(\s*(?:(?:about|"
                              r"around|some|roughly|approximately|nearly|almost|or|نحو|حوالي|"
                              r"ما\s+يعادل|اي)\s+)?$", re.IGNORECASE)


# Pay or budget words after an amount ('... in its 2017 budget for the salaries of').
_PAY_AFTER_STEMS = ("salar", "wage", "pension", "stipend", "payroll", "رواتب", "اجور", "معاشات",
                    "مرتبات")
_BUDGET_AFTER_STEMS = ("budget", "موازن", "ميزاني", "line")
_PER_STEMS = ("each", "every", "per ", "كل ", "one ", "single", "استخراج", "اصدار", "تجديد",
              "الواحد", "للاسره", "للعائله", "receive", "gets ", "given", "paid", "entitled",
              "لاسره", "لعائله", "لشخص", "لفرد", "for a ", "for one ", "needs", "pays", "spends",
              "للفرد", "للشخص", "للعائد")
_DEFENCE_STEMS = ("defen", "pentagon")
_BUYS_STEMS = ("provide", "buy", "pay", "cover", "feed", "suppl", "keep", "give", "وفر", "كفي",
               "شتري", "غطي")
_PRICE_STEMS = ("pric", "سعر", "اسعار", "brent", "crude", "wti", "نفط", "برنت", "خام", "oil",
                "barrel", "برميل", "ثمن", "exchange rate", "ربطه", "ليتر", "لتر", "كيس")
_SALE_STEMS = ("sell", "sold", "fetch", "cost", "hands", "باع", "بيع", "ثمن", "كلف", "run to",
               "runs to", "bought", "buy", "purchas", "اشتر", "شتري")
_FEE_STEMS = ("fee", "toll", "fare", "ticket", "tariff", "رسم", "رسوم", "تعرفه", "تذكره", "اجره")
_PAY_STEMS = (" pay", "salar", "wage", "pension", "stipend", "payroll", "راتب", "رواتب", "اجر",
              "اجور", "معاش", "مرتب", "incentive", "allowance", "حوافز", "حافز", "بدل")
_REWARD_STEMS = ("reward", "bount", "مكاف", "جائزه", "offers for information")
_ILLICIT_STEMS = ("brib", "ransom", "smuggl", "traffick", "kidnap", "killer", "assassin",
                  "hitmen", "murder", "رشو", "رشي", "رشاوي", "فديه", "مهرب", "تهريب", "خاطف",
                  "قتله", "اغتيال", "extortion", "protection money", "زكاه", "اتاو", "خوه",
                  # the armed group's own money: its nouns, rarer than the group's names
                  "revenue", "reserves", "finances", "war chest", "coffers", "earnings", "ايرادات",
                  "عائدات", "احتياطيات", "خزينه", "تمويل التنظيم", "تمويل داعش", "اموال التنظيم",
                  "اموال داعش", "دخل التنظيم", "دخل داعش", "'s cash", "’s cash", "'s income",
                  " in cash", " in reserve", " takes in", " took in", " rakes in")
_BUDGET_STEMS = ("budget", "موازن", "ميزاني")


# A headline, poster or slogan quoted in the article ('ran the front-page headline "$10 million
# for the caliph's head"', 'عنواناً يقول: "٢٥ مليون دولار ثمن رأس البغدادي"', 'a poster read
# "...'): its amounts are the quote's, never a funding figure the article reports.
_HEADLINE_WORD = re.compile(
    r"(?<!\w)(?:headlines?|front[- ]page|banner|posters?|placards?|slogans?|captions?|titled|"
    r"[وبل]?(?:ال)?(?:عنوان|عنوانا|عناوين|مانشيت|ملصق|ملصقا|ملصقات|لافته|لافتات|شعار|شعارا)|"
    r"كتب\s+عليه\w*)(?!\w)", re.IGNORECASE)
_OPENING_QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“"}


def has_quotes(text: str) -> bool:
    """Whether the text holds an opening quotation mark at all (asked once per article)."""
    return any(quote in text for quote in _OPENING_QUOTES)


def quoted_headline(text: str, start: int, end: int) -> bool:
    """Whether the amount stands inside a quotation on its line that a headline, poster or
    slogan word introduces (in the 80 characters before the opening quote)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opening = -1
    for quote, closing in _OPENING_QUOTES.items():
        position = text.rfind(quote, line_start, start)
        if position < 0:
            continue
        if quote == closing:  # a straight quote opens when an odd number precede the amount
            if text.count(quote, line_start, start) % 2 == 0:
                continue
        elif text.rfind(closing, position + 1, start) >= 0:
            continue
        if text.find(closing, end, line_end) >= 0:
            opening = max(opening, position)
    return opening >= 0 and bool(_HEADLINE_WORD.search(text, max(line_start, opening - 80),
                                                       opening))


def not_funding(text: str, start: int, end: int, sentence: tuple[int, int],
                amount_usd: float | None = None, converted: bool = True,
                rare: frozenset[str] | None = None) -> str | None:
    """'unit_price', 'salary', 'reward' or 'budget' when the words around the amount say it is
    not a funding figure; None otherwise. Windows stop at a comma or the sentence's edge; each
    pattern runs only when its stem is in the window (one scan first: most amounts have none).
    `amount_usd` (the amount itself when it has no rate) tells a sale price from a cost.
    A dollar equivalent in brackets ('120 billion CFA francs (about $200 million)') is judged
    where the amount it converts stands."""
    converts = _EQUIVALENT_OPEN.search(text, max(sentence[0], start - 60), start) if "(" in text[
        max(sentence[0], start - 24):start] else None
    if converts:
        return not_funding(text, converts.start(), end, sentence, amount_usd, converted, rare)
    before_start = max(sentence[0], start - 80)
    before = text[before_start:start]
    cut = list(_CLAUSE_END.finditer(before))
    if cut:
        clause = before[cut[-1].end():]
        if _ONLY_QUALIFIER.match(clause) and any(
                stem in before.lower() for stem in ("cost", "price", "كلف", "سعر", "ثمن")) and (
                _ONE_THING_COST_OF.search(before, 0, cut[-1].start())):
            return "unit_price"  # 'the estimated cost of a single repatriation flight, around'
        if _APPOSITIVE.match(clause):  # the clause before the comma names the noun
            head = before[cut[-2].end() if len(cut) > 1 else 0:cut[-1].start()]
            if _PAY_WORD.search(head):
                return "salary"
            if _LAW_HEAD.search(head) and not _STABILISATION.search(text, sentence[0],
                                                                     sentence[1]):
                return "budget"
            before = head + " " + clause
        else:
            before = clause
    after = text[end:min(sentence[1], end + 40)]
    low_before = before.lower()
    low_after = after.lower()
    after_pay = any(stem in low_after for stem in _PAY_AFTER_STEMS)
    after_budget = any(stem in low_after for stem in _BUDGET_AFTER_STEMS)
    stems = {match.lastgroup for match in _STEMS.finditer(low_before)}
    if rare is None:
        rare = rare_kinds(low_before + "\n" + after.lower())
    if "fee" in rare and any(stem in low_before for stem in _FEE_STEMS):
        stems.add("fee")
    illicit_after = False
    if "illicit" in rare:
        low_after = after.lower()
        if any(stem in low_before for stem in _ILLICIT_STEMS):
            stems.add("illicit")
        illicit_after = any(stem in low_after for stem in _ILLICIT_STEMS)
    if _UNIT_AFTER.match(after) or ("price" in stems and (_PRICE_BEFORE.search(before)
                                                          or _PRICE_TO.search(before)
                                                          or _UNIT_PRICE_HEAD.search(before))):
        return "unit_price"
    if amount_usd is not None and amount_usd < 1000 and _FOR_ONE_AFTER.match(after):
        return "unit_price"  # 'a family pays $20 for a single tank of water'
    if "per" in stems and _COST_FOR_ONE.search(before):
        return "unit_price"  # "the cost of the monthly food basket for a family of five"
    if "sale" in stems and _ONE_THING_COSTS.search(before):
        return "unit_price"
    small = amount_usd is not None and amount_usd < SALE_CEILING
    if small and "sale" in stems and _SALE_BEFORE.search(before):
        return "unit_price"
    if (small or not converted) and any(stem in low_after for stem in _BUYS_STEMS) and (
            _BUYS_AFTER.match(after)):
        return "unit_price"
    if "per" in stems and _PER_RECIPIENT.search(before):
        return "unit_price"
    if "fee" in stems and _FEE_BEFORE.search(before):
        return "unit_price"
    # A monthly sum is pay when small, or, in a currency with no rate (its size unknown), when
    # people receive it ('members receive 600,000 dinars a month').
    if ("pay" in stems and (_PAY_BEFORE.search(before) or _PAY_NOUN_BEFORE.search(before))) or (
            after_pay and _PAY_AFTER.match(after) and _budget_talk(text, sentence)) or (
            (small or (not converted and _RECEIVE_BEFORE.search(before)))
            and _MONTHLY_AFTER.match(after)):
        return "salary"
    if ("reward" in stems and (_REWARD_BEFORE.search(before) or _REWARD_RAISED.search(before)
                               or _REWARD_DESCRIBED.search(before))
            ) or _REWARD_AFTER.match(after):
        return "reward"
    if ("illicit" in stems or illicit_after) and _illicit(before, after):
        return "illicit"
    if any(stem in low_before for stem in _REVENUE_STEMS) and _REVENUE.search(before):
        return "budget"
    if ("budget" in low_after or "موازن" in after or "ميزاني" in after) and (
            _BUDGET_SUPPORT_AFTER.match(after)):
        return "budget"
    budget_before = ("budget" in stems and (
        _BUDGET_BEFORE.search(before) or _BUDGET_LINE.search(before)
        or _BUDGET_REQUEST.search(before) or _BUDGET_OF.search(before))) or (
        "defence" in stems and _DEFENCE_BUDGET.search(before))
    budget_after = after_budget and (_BUDGET_AFTER.match(after) or (
        _LINE_AFTER.match(after) and _budget_talk(text, sentence)))
    if (budget_before or budget_after) and not _STABILISATION.search(text, sentence[0],
                                                                      sentence[1]):
        return "budget"
    low_text, same = lowered(text)
    low, high = max(sentence[0], start - 160), min(sentence[1], end + 100)
    # a few characters change length when lower-cased: then the window is lowered on its own
    window = low_text[low:high] if same else text[low:high].lower()
    if any(stem in window for stem in _MILITARY_STEMS):
        earlier = text[max(sentence[0], start - 160):start]
        further = text[end:min(sentence[1], end + 100)]
        if _DEFENCE_EARLIER.search(earlier) or _DEFENCE_AFTER.match(further) or (
                any(stem in window for stem in _COST_STEMS) and _MILITARY_COST.search(
                    text, max(sentence[0], start - 240), min(sentence[1], end + 60))):
            return "budget"
    line_start = max(text.rfind("\n", 0, start) + 1, start - 160)
    line = low_text[line_start:start] if same else text[line_start:start].lower()
    if ("typical" in line or "average" in line or "usual" in line or "متوسط" in line
            or "نموذجي" in line) and _TYPICAL_COST.search(text, line_start, start):
        return "unit_price"  # 'Typical project costs: ...; small water station US$ 60,000'
    if ("sale" in window or "للبيع" in window) and _FOR_SALE.search(
            text, max(sentence[0], start - 60), start):
        return "unit_price"  # 'بيتٌ يُعرض للبيع بأقل من 30 مليون دينار'
    return None


# One scan for the stems of every common kind: a pattern runs only when its stem is in the
# window. Fees and payments to criminals are rare: `rare_kinds` looks for their stems once per
# article (in the windows around its amounts), so the per-amount scan stays as short as it was.
_STEMS = re.compile("|".join(
    f"(?P<{kind}>{'|'.join(map(re.escape, stems))})" for kind, stems in (
        ("price", _PRICE_STEMS), ("sale", _SALE_STEMS), ("pay", _PAY_STEMS),
        ("reward", _REWARD_STEMS), ("budget", _BUDGET_STEMS), ("per", _PER_STEMS),
        ("defence", _DEFENCE_STEMS))))
_RARE_STEMS = {"fee": _FEE_STEMS, "illicit": _ILLICIT_STEMS}


def _budget_talk(text: str, sentence: tuple[int, int]) -> bool:
    low = text[sentence[0]:sentence[1]].lower()
    return any(stem in low for stem in _BUDGET_STEMS)


def rare_kinds(low: str) -> frozenset[str]:
    """'fee' and/or 'illicit' when their stems occur in the lower-cased text."""
    return frozenset(kind for kind, stems in _RARE_STEMS.items()
                     if any(stem in low for stem in stems))


def _illicit(before: str, after: str) -> bool:
    """A bribe, ransom or payment to criminals named in the clause before the amount or in the
    few words after it, and not as the target of the funding ('to counter smuggling')."""
    cut = _CLAUSE_END.search(after)
    after = after[:cut.start()] if cut else after
    for part in (before, after):
        for match in _ILLICIT.finditer(part):
            if not _AGAINST_BEFORE.search(part, 0, match.start()):
                return True
    return False


def too_small(value: float, amount_usd: float | None) -> bool:
    """Under MIN_USD once converted, or under MIN_USD units unconverted: no funding figure is
    that small."""
    return (amount_usd if amount_usd is not None else value) < MIN_USD


def implausible(value: float, amount_usd: float | None) -> bool:
    """Beyond any single figure for Syria or Iraq: over $1 trillion, or 1e16 units unconverted
    (a year read as a count before a scale word: 'في 2016 مليار دولار' is 2 trillion)."""
    if amount_usd is not None:
        return amount_usd > MAX_USD
    return value > MAX_ORIGINAL
