"""Number phrases (digits, Arabic and English number words, scale words) -> float values."""

from __future__ import annotations

import re

# Keys are folded (see normalize.fold_text): no hamza on alef, taa marbuta as haa.
ARABIC_UNITS = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8,
    "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
    # the accusative with tanween ('سبعاً وستين دولة', folded 'سبعا')
    "واحدا": 1, "ثلاثا": 3, "اربعا": 4, "خمسا": 5, "ستا": 6, "سبعا": 7, "ثمانيا": 8, "تسعا": 9,
}
# The first word of 11 and 12 ('أحد عشر', 'إحدى عشرة', 'اثنا عشر', 'اثنتي عشرة'): a number only
# with the 'عشر' that follows it. The other teens are a unit and 'عشر' ('خمسة عشر' = 15).
ARABIC_TEEN_FIRST = {"احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}
_TEN = ("عشر", "عشره")
ARABIC_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
ARABIC_HUNDREDS = {
    "مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    "مئتي": 200, "مائتي": 200,
    **{f"{stem}{h}": n * 100 for stem, n in (
        ("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9),
    ) for h in ("مئه", "مائه")},
}
# Scale word -> (value, grammatical number: 1 singular, 2 dual, 3 plural).
ARABIC_SCALES = {
    "الف": (1e3, 1), "الفا": (1e3, 1), "الاف": (1e3, 3), "الفين": (1e3, 2), "الفان": (1e3, 2),
    "الفي": (1e3, 2),
    "مليون": (1e6, 1), "مليونا": (1e6, 1), "ملايين": (1e6, 3), "مليونين": (1e6, 2),
    "مليوني": (1e6, 2), "مليونان": (1e6, 2),
    "مليار": (1e9, 1), "مليارا": (1e9, 1), "مليارات": (1e9, 3), "مليارين": (1e9, 2),
    "ملياري": (1e9, 2), "ملياران": (1e9, 2),
    "بليون": (1e9, 1), "بلايين": (1e9, 3),
}
ARABIC_FRACTIONS = {"نصف": 0.5, "ربع": 0.25}

ENGLISH_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
ENGLISH_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
ENGLISH_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}
ENGLISH_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12,
}

# '1,500,000', '1.500.000' (two or more dot groups: thousands, never a decimal), '2.5', '445'.
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?!\d)|\d+(?:\.\d+)?"
_DIGITS_RE = re.compile(rf"(?:{DIGITS})")
_ARABIC_CONJ = "و"


def digits_value(token: str) -> float:
    """'1,500,000' and '1.500.000' -> 1500000.0, '2.5' -> 2.5 (a token matching DIGITS)."""
    if token.count(".") > 1:
        token = token.replace(".", "")
    return float(token.replace(",", ""))


def parse_digits(token: str) -> float | None:
    """Parse '1,200', '1.500.000', '2.5' or '445' (already folded to ASCII digits)."""
    if not _DIGITS_RE.fullmatch(token):
        return None
    try:
        return digits_value(token)
    except ValueError:
        return None


def _strip_conjunction(token: str) -> str:
    rest = token[1:]
    # 'واحد' and 'واحدة' are one, not 'and' + 'احد'
    if token.startswith(_ARABIC_CONJ) and len(token) > 2 and token not in ARABIC_UNITS and (
        _is_arabic_number_word(rest) or parse_digits(rest) is not None
    ):
        return rest
    return token


def _is_arabic_number_word(token: str) -> bool:
    bare = token[2:] if token.startswith("ال") else token
    return (
        token in ARABIC_UNITS or token in ARABIC_TENS or token in ARABIC_HUNDREDS
        or token in ARABIC_TEEN_FIRST or token in ARABIC_SCALES or bare in ARABIC_SCALES
        or token in ARABIC_FRACTIONS
    )


def _arabic_small_value(token: str) -> int | None:
    for table in (ARABIC_UNITS, ARABIC_TENS, ARABIC_HUNDREDS):
        if token in table:
            return table[token]
    return None


def parse_arabic_number(tokens: list[str]) -> float | None:
    """Value of a folded Arabic number phrase such as ['مليار', 'ونصف', 'المليار'], else None.

    Plural scale words need a count of at least three ('ملايين' alone is vague -> None);
    a dual scale word stands alone ('ملياري' = 2e9); 'نصف' halves the next scale word or adds
    half of the previous one ('مليار ونصف' = 1.5e9).
    """
    total, current, last_scale = 0.0, 0.0, 0.0
    pending_fraction = 0.0
    seen_number = from_digits = False
    teen_unit = 0  # the unit word just read, which a following 'عشر' makes a teen
    for raw in tokens:
        if raw == _ARABIC_CONJ:
            continue
        token = _strip_conjunction(raw)
        joined_by_and = token != raw
        if teen_unit:
            unit, teen_unit = teen_unit, 0
            if token in _TEN and not joined_by_and:
                current += 10  # 'خمسة عشر' = 15 (the unit is already counted)
                continue
            if unit < 0:
                return None  # 'اثنا' with no 'عشر' after it
        if token in ARABIC_TEEN_FIRST and not joined_by_and:
            if current % 100:
                return None
            current += ARABIC_TEEN_FIRST[token]
            teen_unit, seen_number = -1, True
            continue
        digits = parse_digits(token)
        small = _arabic_small_value(token)
        # 'الف' (thousand) starts with the letters of the article: only a scale word that is
        # not itself in the table ('المليار') carries one.
        definite = token not in ARABIC_SCALES and token.startswith("ال")
        scale = ARABIC_SCALES.get(token) or ARABIC_SCALES.get(token[2:] if definite else "")
        if digits is not None:
            if current or pending_fraction:
                return None
            current, from_digits = digits, True
        elif small is not None:
            if 1 <= small <= 9 and not from_digits and not current % 100:
                teen_unit = small
            current = _compound(current, small, from_digits)
            if current is None:
                return None
        elif token in ARABIC_FRACTIONS:
            fraction = ARABIC_FRACTIONS[token]
            if joined_by_and and last_scale and not current:
                total += fraction * last_scale
                last_scale = -last_scale  # an optional 'المليار' may repeat the scale
            elif not current and not pending_fraction:
                pending_fraction = fraction
            else:
                return None
        elif scale:
            value, number = scale
            if last_scale < 0 and value == -last_scale and not current:
                continue  # 'مليار ونصف (ال)مليار': the trailing scale word restates the scale
            if definite:
                return None
            multiplier = _scale_multiplier(number, current, pending_fraction)
            if multiplier is None:
                return None
            total += multiplier * value
            current, pending_fraction, last_scale, from_digits = 0.0, 0.0, value, False
        else:
            return None
        seen_number = True
    if not seen_number or pending_fraction or teen_unit < 0:
        return None
    return total + current


def _compound(current: float, small: int, from_digits: bool) -> float | None:
    """`current` with the number word `small` added in the order Arabic writes a number below a
    thousand: hundreds, then units, then tens ('مئة وخمسة وعشرين' = 125; 'ثلاث مئة' = 300).
    Any other order is two numbers, not one: 'ثلاثين وخمسة وثلاثين' is 30 and 35 (a range),
    'مئتين ومئتين وخمسين' is 200 and 250, and a year before a number word ('في ٢٠١٩ ثلاثة
    ملايين') is no part of it."""
    if from_digits:
        return None
    below_hundred = current % 100
    if small >= 100:
        if current == 0:
            return float(small)
        return current * 100 if small == 100 and 3 <= current <= 9 else None
    if small >= 20:
        return current + small if below_hundred < 10 else None
    return current + small if below_hundred == 0 else None


def _scale_multiplier(number: int, current: float, fraction: float) -> float | None:
    if fraction:
        return fraction if number == 1 else None
    if number == 2:
        return None if current else 2.0
    if number == 3:
        return current if current >= 3 else None
    return current or 1.0


def parse_english_number(tokens: list[str]) -> float | None:
    """Value of a lower-case English number phrase ('one billion', 'half a billion', '1.2 bn')."""
    total, current = 0.0, 0.0
    half = False
    seen = False
    last_scale = 0.0
    for token in tokens:
        digits = parse_digits(token)
        if digits is not None:
            if current:
                return None
            current = digits
        elif token in ENGLISH_UNITS or token in ENGLISH_TENS or (
                "-" in token and parse_english_cardinal(token) is not None):
            current = _english_compound(current, parse_english_cardinal(token))
            if current is None:  # 'thirty and thirty-five': two numbers, not 65
                return None
        elif token == "half":
            half = True
        elif token in ("a", "an", "and"):
            continue
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in ENGLISH_SCALES:
            factor = 0.5 if half and not current else (current or 1)
            if half and current:
                factor += 0.5
            total += factor * ENGLISH_SCALES[token]
            current, half, last_scale = 0.0, False, ENGLISH_SCALES[token]
        else:
            return None
        seen = True
    if half and total and not current:
        return total + 0.5 * last_scale  # 'a billion and a half'
    if not seen or half:
        return None
    return total + current


def _english_compound(current: float, small: int) -> float | None:
    """`current` with a number word below a hundred added: a unit may follow a ten ('twenty
    five'), anything may follow a hundred or nothing; 'thirty thirty-five' is no number."""
    below_hundred = current % 100
    if small < 10:
        return current + small if below_hundred % 10 == 0 and not 10 <= below_hundred < 20 \
            else None
    return current + small if below_hundred == 0 else None


def parse_english_cardinal(word: str) -> int | None:
    """'eighty-six' -> 86, 'twelve' -> 12; None for anything else."""
    word = word.lower()
    if word in ENGLISH_UNITS:
        return ENGLISH_UNITS[word]
    if word in ENGLISH_TENS:
        return ENGLISH_TENS[word]
    tens, _, unit = word.partition("-")
    if tens in ENGLISH_TENS and unit in ENGLISH_UNITS and ENGLISH_UNITS[unit] < 10:
        return ENGLISH_TENS[tens] + ENGLISH_UNITS[unit]
    return None


def parse_english_ordinal(word: str) -> int | None:
    """'eighty-seventh' -> 87, '67th' -> 67; None for anything else."""
    word = word.lower()
    match = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    if match:
        return int(match.group(1))
    tens, _, unit = word.rpartition("-")
    if unit in ENGLISH_ORDINAL_UNITS:
        if not tens:
            return ENGLISH_ORDINAL_UNITS[unit]
        return ENGLISH_TENS[tens] + ENGLISH_ORDINAL_UNITS[unit] if tens in ENGLISH_TENS else None
    if unit.endswith("ieth") and unit[:-4] + "y" in ENGLISH_TENS and not tens:
        return ENGLISH_TENS[unit[:-4] + "y"]
    return None
