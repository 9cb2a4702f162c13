"""sites.csv, governorates.csv, aliases.csv and the GeoNames table -> an index of place names in
Syria and Iraq.

The project's own tables come first: a surface form they hold is never taken from GeoNames. A
GeoNames place within LINK_KM of one of our sites or towns that shares a name with it lends
that place its other spellings ('Rakka' -> Raqqa). Every other GeoNames place is a town of its
own; one of fewer than PLAIN_POPULATION people needs a town word or a neighbouring place
(places.py), and English GeoNames forms must be capitalised in the text.
"""

from __future__ import annotations

import csv
import math
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extraction.normalize import fold_key

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ALIASES_PATH = Path(__file__).resolve().parent / "aliases.csv"
GEONAMES_PATH = Path(__file__).resolve().parent / "geonames_sy_iq.csv"
PLAIN_POPULATION = 15_000  # a smaller village's name is too often also a word or a person
LINK_KM = 15.0

_ARABIC = re.compile(r"[\u0600-\u06ff]")
# Descriptors stripped from site names ("Deir ez-Zor city", "مخيم الهول").
_EN_SUFFIXES = re.compile(
    r"(?:^|\s+)(?:city|town|camp|prison|community rehabilitation centre)$", re.IGNORECASE
)
_AR_PREFIXES = re.compile(r"^(?:مخيم|سجن|مدينة|مدينه|بلدة|بلده)\s+")
# Name variants that are also common words; they are never used as surface forms.
_GENERIC_VARIANTS = {"الثوره", "الصناعه", "al thawra", "last isis enclave"}
_MAX_VARIANT_WORDS = 3


@dataclass(frozen=True)
class Place:
    """One place a surface form can refer to."""

    name_en: str
    name_ar: str
    lat: float
    lon: float
    site_id: str | None
    gov_id: str | None
    kind: str  # site | governorate | town

    def as_dict(self) -> dict:
        """Return the place fields as a plain dict."""
        return {
            "name_en": self.name_en, "name_ar": self.name_ar, "lat": self.lat, "lon": self.lon,
            "site_id": self.site_id, "gov_id": self.gov_id, "kind": self.kind,
        }


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Folded surface form -> candidate places, one table per language."""

    arabic: dict[str, tuple[Place, ...]]
    english: dict[str, tuple[Place, ...]]
    needs_town: frozenset[str] = frozenset()  # keys of small GeoNames places
    capitalised: frozenset[str] = frozenset()  # English keys that come from GeoNames


def split_name_variants(name: str) -> list[str]:
    """'Kobani (Ayn al-Arab)' -> ['Kobani', 'Ayn al-Arab']; drops descriptors and long notes."""
    name = re.sub(r"\s+-\s+.*$", "", name)
    parts = re.split(r"[()/]|\s+and\s+", name)
    variants = []
    for part in parts:
        part = re.sub(r"^renamed\s+", "", part.strip())
        part = _AR_PREFIXES.sub("", _EN_SUFFIXES.sub("", part)).strip()
        if not part or len(part.split()) > _MAX_VARIANT_WORDS:
            continue
        if fold_key(part) not in _GENERIC_VARIANTS:
            variants.append(part)
    return variants


def _read_rows(path: Path) -> list[dict]:
    if not path.is_file():
        warnings.warn(f"gazetteer file not found: {path}", stacklevel=3)
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _governorate_places(path: Path) -> tuple[list[tuple[str, Place]], dict[str, str]]:
    forms, id_by_name = [], {}
    for row in _read_rows(path):
        place = Place(
            row["name_en"].strip(), row["name_ar"].strip(), float(row["lat"]), float(row["lon"]),
            None, row["gov_id"].strip(), "governorate",
        )
        id_by_name[fold_key(place.name_en)] = place.gov_id
        names = [place.name_en, place.name_ar]
        names += [a for a in (row.get("aliases_en") or "").split("|") if a.strip()]
        names += [a for a in (row.get("aliases_ar") or "").split("|") if a.strip()]
        forms += [(name.strip(), place) for name in names]
    return forms, id_by_name


def _site_places(path: Path, gov_ids: dict[str, str]) -> tuple[list[tuple[str, Place]], dict]:
    forms, by_id = [], {}
    for row in _read_rows(path):
        names_en = split_name_variants(row["name_en"])
        names_ar = split_name_variants(row["name_ar"])
        if not names_en or not names_ar:
            continue
        place = Place(
            names_en[0], names_ar[0], float(row["lat"]), float(row["lon"]), row["site_id"],
            gov_ids.get(fold_key(row.get("governorate", ""))), "site",
        )
        by_id[place.site_id] = place
        forms += [(name, place) for name in names_en + names_ar]
    return forms, by_id


def _alias_places(path: Path, sites: dict[str, Place]) -> list[tuple[str, Place]]:
    forms = []
    for row in _read_rows(path):
        site_id = row["site_id"].strip() or None
        place = sites.get(site_id) if site_id else None
        if place is None:
            place = Place(
                row["name_en"].strip(), row["name_ar"].strip(), float(row["lat"]),
                float(row["lon"]), site_id, row["gov_id"].strip() or None,
                "site" if site_id else "town",
            )
        forms.append((row["alias"].strip(), place))
        if place.kind == "town":  # the row's own names are forms too ('Ras al-Ayn', 'رأس العين')
            forms += [(name, place) for name in (place.name_en, place.name_ar) if name]
    return forms


def _index(forms: list[tuple[str, Place]]) -> Gazetteer:
    arabic: dict[str, list[Place]] = {}
    english: dict[str, list[Place]] = {}
    for name, place in forms:
        table = arabic if _ARABIC.search(name) else english
        candidates = table.setdefault(fold_key(name), [])
        if all((c.name_en, c.kind) != (place.name_en, place.kind) for c in candidates):
            candidates.append(place)
    return Gazetteer(
        {k: _ranked(v) for k, v in arabic.items()}, {k: _ranked(v) for k, v in english.items()}
    )


def _ranked(places: list[Place]) -> tuple[Place, ...]:
    order = {"site": 0, "town": 1, "governorate": 2}
    return tuple(sorted(places, key=lambda place: order[place.kind]))


def _drop_shadowed(forms: list[tuple[str, Place]], primary: dict[str, Place]):
    """Drop secondary variants that are another place's main name ('(Hasakah)' in a prison)."""
    return [
        (name, place) for name, place in forms
        if primary.get(fold_key(name), place) == place or fold_key(name) in (
            fold_key(place.name_en), fold_key(place.name_ar))
    ]


def _km(first: Place, lat: float, lon: float) -> float:
    """Distance in km, flat-earth: good enough within a few dozen km."""
    dx = (first.lon - lon) * 111.32 * math.cos(math.radians(lat))
    return math.hypot(dx, (first.lat - lat) * 110.57)


def _geonames_forms(path: Path, known: dict[str, list[Place]]):
    """(forms, keys needing a town word, English keys needing a capital) from the GeoNames CSV;
    forms our tables already hold are skipped."""
    forms, needs_town, capitalised, plain = [], set(), set(), set()
    for row in _read_rows(path):
        lat, lon = float(row["lat"]), float(row["lon"])
        names_en = [n for n in row["aliases_en"].split("|") if n]
        names_ar = [n for n in row["aliases_ar"].split("|") if n]
        keys = [fold_key(n) for n in names_en + names_ar]
        linked = next((p for key in keys for p in known.get(key, ())
                       if p.kind != "governorate" and _km(p, lat, lon) <= LINK_KM), None)
        place = linked or Place(row["name_en"], row["name_ar"] or row["name_en"], lat, lon,
                                None, None, "town")
        small = linked is None and int(row["population"] or 0) < PLAIN_POPULATION
        definite = {key for key in keys if key.startswith("ال")}
        for name, key in zip(names_en + names_ar, keys, strict=True):
            if key in known or "ال" + key in definite:
                continue  # 'ميادين' beside 'الميادين': the bare form is a common word (fields)
            forms.append((name, place))
            if small and key not in plain:  # rows come most populous first
                needs_town.add(key)
            elif not small:
                plain.add(key)
            if not _ARABIC.search(name):
                capitalised.add(key)
    return forms, needs_town, capitalised


@lru_cache(maxsize=4)
def load_gazetteer(data_dir: Path = DATA_DIR, aliases_path: Path = ALIASES_PATH,
                   geonames_path: Path | None = GEONAMES_PATH) -> Gazetteer:
    """Build (once per path set) the place index: our three CSV files, GeoNames under them."""
    gov_forms, gov_ids = _governorate_places(data_dir / "governorates.csv")
    site_forms, sites = _site_places(data_dir / "sites.csv", gov_ids)
    primary = {fold_key(p.name_en): p for _, p in gov_forms + site_forms}
    primary.update({fold_key(p.name_ar): p for _, p in gov_forms + site_forms})
    site_forms = _drop_shadowed(site_forms, primary)
    ours = gov_forms + site_forms + _alias_places(aliases_path, sites)
    known: dict[str, list[Place]] = {}
    for name, place in ours:
        known.setdefault(fold_key(name), []).append(place)
    if geonames_path is None:
        return _index(ours)
    forms, needs_town, capitalised = _geonames_forms(geonames_path, known)
    index = _index(ours + forms)
    return Gazetteer(index.arabic, index.english, frozenset(needs_town), frozenset(capitalised))
