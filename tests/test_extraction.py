"""Tests for the article fact extractor (extraction/), its CLI and its evaluator."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extraction import extract_facts, parse_published
from extraction.article import split_header
from extraction.fx import load_fx_rates, to_usd, usd_per_unit
from extraction.gazetteer import DATA_DIR, load_gazetteer, split_name_variants
from extraction.normalize import detect_lang, fold_text
from extraction.numbers import parse_arabic_number, parse_english_number
from tools.eval_extraction import compare_field, evaluate_folder, place_identity

ROOT = Path(__file__).resolve().parent.parent
DEV_FIXTURES = ROOT / "tests" / "fixtures" / "articles"
HELDOUT_FIXTURES = ROOT / "tests" / "fixtures" / "articles_heldout"
UNSEEN_FIXTURES = ROOT / "tests" / "fixtures" / "articles_unseen"
PUBLISHED = "2023-06-08"  # a Thursday


def facts(text: str, published: str | None = PUBLISHED) -> dict:
    """Run the extractor with the default publication date."""
    return extract_facts(text, published)


def only(items: list[dict]) -> dict:
    """The single item of a list, failing loudly otherwise."""
    assert len(items) == 1, items
    return items[0]


def eur_rate(year: int) -> float:
    """The EUR rate the project's FX table gives for a year."""
    return usd_per_unit("EUR", year, DATA_DIR / "fx_rates.csv")


# ---------------------------------------------------------------- money: amount forms

MONEY_FORMS = [
    ("$601 million", 601e6, "USD"),
    ("$1.2bn", 1.2e9, "USD"),
    ("$150m", 150e6, "USD"),
    ("USD 50 million", 50e6, "USD"),
    ("US$50 million", 50e6, "USD"),
    ("€10 million", 10e6, "EUR"),
    ("£16m", 16e6, "GBP"),
    ("10 million euros", 10e6, "EUR"),
    ("2.5 billion dollars", 2.5e9, "USD"),
    ("one billion dollars", 1e9, "USD"),
    ("half a billion dollars", 0.5e9, "USD"),
    ("445 مليون دولار", 445e6, "USD"),
    ("٤٤٥ مليون دولار", 445e6, "USD"),
    ("٢٫٥ مليار دولار", 2.5e9, "USD"),
    ("1,200 مليون دولار", 1.2e9, "USD"),
    ("١٬٢٠٠ مليون دولار", 1.2e9, "USD"),
    ("مئة مليون دولار", 100e6, "USD"),
    ("مائة مليون دولار", 100e6, "USD"),
    ("ملياري دولار", 2e9, "USD"),
    ("مليار دولار", 1e9, "USD"),
    ("نصف مليار دولار", 0.5e9, "USD"),
    ("مليار ونصف المليار دولار", 1.5e9, "USD"),
    ("ثلاثة ملايين دولار", 3e6, "USD"),
    ("خمسة وأربعين مليون دولار", 45e6, "USD"),
    ("10 ملايين يورو", 10e6, "EUR"),
    ("5 ملايين جنيه إسترليني", 5e6, "GBP"),
]


@pytest.mark.parametrize(("phrase", "amount", "currency"), MONEY_FORMS,
                         ids=[form[0] for form in MONEY_FORMS])
def test_money_form_is_parsed(phrase, amount, currency):
    """Each supported amount form yields its value, currency and exact span."""
    if phrase.isascii():
        text = f"The donors gave {phrase} last year."
    else:
        text = f"قدمت الدول {phrase} لدعم الاستقرار."
    item = only(facts(text)["money"])
    assert item["amount_original"] == pytest.approx(amount)
    assert item["currency"] == currency
    assert text[item["start"]:item["end"]] == item["text"]
    assert item["text"] == phrase


def test_money_span_excludes_arabic_proclitics():
    """'بملياري دولار' reports the amount without the leading preposition."""
    item = only(facts("تعهدت الدول بملياري دولار")["money"])
    assert item["text"] == "ملياري دولار"


def test_usd_amount_is_its_own_usd_value():
    """A dollar amount is not converted."""
    assert only(facts("Japan gave $5 million.")["money"])["amount_usd"] == 5e6


def test_euro_amount_is_converted_with_the_publication_year_rate():
    """Non-USD amounts are converted through the FX table at the publication year."""
    item = only(facts("Italy gave €10 million.", "2023-01-05")["money"])
    assert item["amount_usd"] == pytest.approx(10e6 * eur_rate(2023))


@pytest.mark.parametrize("text", [
    "France announced €10 million ($11 million) for demining.",
    "أعلنت فرنسا عن تقديم 10 ملايين يورو (نحو 11 مليون دولار) لإزالة الألغام.",
], ids=["en", "ar"])
def test_stated_usd_equivalent_wins_and_is_not_a_second_amount(text):
    """'€10 million ($11 million)' is one amount whose USD value is the stated one."""
    item = only(facts(text)["money"])
    assert (item["currency"], item["amount_usd"]) == ("EUR", 11e6)


def test_currency_without_fx_rate_has_no_usd_value():
    """An amount in a currency missing from the FX table keeps amount_usd None."""
    item = only(facts("The council asked for 150 billion Iraqi dinars.")["money"])
    assert (item["currency"], item["amount_usd"]) == ("IQD", None)


# ---------------------------------------------------------------- money: status and qualifier

STATUS_CASES = [
    ("The appeal's goal is $50 million.", "goal"),
    ("The fund aims to raise $50 million.", "goal"),
    ("The target of $50 million was set.", "goal"),
    ("Germany pledged $50 million.", "pledge"),
    ("Germany will provide $50 million.", "pledge"),
    ("Germany announced $50 million.", "pledge"),
    ("Germany contributed $50 million.", "contribution"),
    ("Germany provided $50 million.", "contribution"),
    ("The UN disbursed $50 million.", "contribution"),
    ("The UN delivered $50 million in aid.", "contribution"),
    ("The conference raised $50 million.", "drive_total"),
    ("The drive collected $50 million.", "drive_total"),
    ("The bridge costs $50 million.", "unknown"),
    ("يهدف الصندوق إلى جمع 50 مليون دولار.", "goal"),
    ("تعهدت ألمانيا بتقديم 50 مليون دولار.", "pledge"),
    ("أعلنت ألمانيا عن تقديم 50 مليون دولار.", "pledge"),
    ("قدمت ألمانيا 50 مليون دولار.", "contribution"),
    ("ساهمت ألمانيا بـ50 مليون دولار.", "contribution"),
    ("جمع المؤتمر 50 مليون دولار.", "drive_total"),
    ("تبلغ كلفة الجسر 50 مليون دولار.", "unknown"),
]


@pytest.mark.parametrize(("text", "status"), STATUS_CASES, ids=[c[0] for c in STATUS_CASES])
def test_money_status_comes_from_the_wording(text, status):
    """The nearest status word in the sentence sets the status."""
    assert only(facts(text)["money"])["status"] == status


NEED_STATUS_CASES = [
    ("The UN needs $171 million for the camps.", "goal"),
    ("The agencies requested $35 million.", "goal"),
    ("The council would ask Baghdad for $5 million.", "goal"),
    ("The UN has appealed for $985 million.", "goal"),
    ("Donors gave $6.4 billion, short of the $10 billion the UN had sought.", "goal"),
    ("A funding gap of $48 million threatens services.", "goal"),
    ("By June they had received just $62.5m.", "contribution"),
    ("قالت الإدارة إنها تحتاج إلى نحو 10 ملايين دولار.", "goal"),
    ("طلبت الوكالات 35 مليون دولار.", "goal"),
    ("وناشدت المنظمة المانحين توفير 4 ملايين دولار.", "goal"),
    ("تلقت المدينة 45 مليون دولار من المانحين.", "contribution"),
    ("لم تتلق الوكالات سوى 11 مليون دولار.", "contribution"),
    ("رصدت الحكومة 500 مليون دولار للإعمار.", "pledge"),
    ("The cabinet allocated $20 million.", "pledge"),
]


@pytest.mark.parametrize(("text", "status"), NEED_STATUS_CASES,
                         ids=[c[0] for c in NEED_STATUS_CASES])
def test_needs_requests_and_receipts_have_a_status(text, status):
    """A stated need, request, appeal or gap is a goal; received/تلقت is a contribution."""
    statuses = [item["status"] for item in facts(text)["money"]]
    assert statuses[-1] == status


def test_status_does_not_cross_a_contrast_conjunction():
    """'X needs $10m while Y contributed $2m': each amount keeps its own clause's status."""
    items = facts("وقالت الإدارة إنها تحتاج 10 ملايين دولار بينما قدمت الدنمارك مليوني دولار")
    assert [item["status"] for item in items["money"]] == ["goal", "contribution"]


@pytest.mark.parametrize(("phrase", "currency"), [
    ("500 مليون ليرة سورية", "SYP"), ("20 million Canadian dollars", "CAD"),
    ("5 ملايين دولار كندي", "CAD"), ("10 million Swedish kronor", "SEK"),
    ("3 ملايين ليرة تركية", "TRY"),
], ids=["SYP", "CAD-en", "CAD-ar", "SEK", "TRY"])
def test_more_currencies(phrase, currency):
    """Syrian and Turkish lira, Canadian dollars and Nordic crowns are their own currencies."""
    item = only(facts(f"Donors gave {phrase}.")["money"])
    assert item["currency"] == currency and item["amount_usd"] is None


def test_status_wording_after_a_comma_belongs_to_the_next_clause():
    """'pledged X, while Y contributed Z': X stays a pledge."""
    items = facts("تعهدت ألمانيا بتقديم مئة مليون يورو، بينما ساهمت اليابان بثلاثة ملايين دولار")
    assert [item["status"] for item in items["money"]] == ["pledge", "contribution"]


QUALIFIER_CASES = [
    ("Donors gave more than $50 million.", "more_than"),
    ("Donors gave over $50 million.", "more_than"),
    ("Donors gave just over $50 million.", "more_than"),
    ("Donors gave at least $50 million.", "more_than"),
    ("Donors gave about $50 million.", "about"),
    ("Donors gave around $50 million.", "about"),
    ("Donors gave approximately $50 million.", "about"),
    ("Donors gave nearly $50 million.", "nearly"),
    ("Donors gave almost $50 million.", "nearly"),
    ("Donors gave close to $50 million.", "nearly"),
    ("Donors gave $50 million.", "exact"),
    ("قدم المانحون أكثر من 50 مليون دولار.", "more_than"),
    ("قدم المانحون ما يزيد عن 50 مليون دولار.", "more_than"),
    ("قدم المانحون نحو 50 مليون دولار.", "about"),
    ("قدم المانحون حوالي 50 مليون دولار.", "about"),
    ("قدم المانحون زهاء 50 مليون دولار.", "about"),
    ("قدم المانحون 50 مليون دولار تقريباً.", "about"),
    ("قدم المانحون ما يقارب 50 مليون دولار.", "nearly"),
    ("قدم المانحون قرابة 50 مليون دولار.", "nearly"),
    ("قدم المانحون 50 مليون دولار على الأقل.", "more_than"),
]


@pytest.mark.parametrize(("text", "qualifier"), QUALIFIER_CASES,
                         ids=[c[0] for c in QUALIFIER_CASES])
def test_money_qualifier(text, qualifier):
    """Hedging words before (or after) the amount set the qualifier."""
    assert only(facts(text)["money"])["qualifier"] == qualifier


NOT_MONEY = [
    "ومن المقرر أن يتعهد التحالف بجمع ملايين الدولارات.",
    "Donors pledged millions of dollars.",
    "The war cost billions.",
    "In 2023, the coalition met in Riyadh.",
    "About 30% of the funds, or 40 percent, were late.",
    "Some 445 people died and 10,000 families fled.",
    "قتل 445 شخصاً ونزحت 10 آلاف عائلة في عام 2023.",
    "بلغت نسبة الإنجاز 40 في المئة.",
    "Tens of millions of dollars and hundreds of millions of euros were mentioned.",
]


@pytest.mark.parametrize("text", NOT_MONEY, ids=range(len(NOT_MONEY)))
def test_vague_amounts_years_percentages_and_counts_are_not_money(text):
    """Vague amounts, years, percentages and people counts never become money."""
    assert facts(text)["money"] == []


# ---------------------------------------------------------------- numbers

@pytest.mark.parametrize(("words", "value"), [
    (["ثلاثمئه", "وخمسه", "واربعون"], 345),
    (["مليونان"], 2e6),
    (["عشره", "ملايين"], 10e6),
    (["مليار", "ونصف"], 1.5e9),
    (["2", "مليار", "و500", "مليون"], 2.5e9),
    (["ثلاث", "مئه"], 300),
    (["مئه", "وخمسه", "وعشرين"], 125),
    (["سته", "وثمانين"], 86),
    (["ثلاثه", "ملايين", "وخمسمئه", "الف"], 3.5e6),
])
def test_arabic_number_words(words, value):
    """Folded Arabic number phrases parse to their values."""
    assert parse_arabic_number(words) == pytest.approx(value)


@pytest.mark.parametrize("words", [["ملايين"], ["مليارات"], ["الملايين"], ["445", "300"], [],
                                   ["ثلاثين", "وخمسه", "وثلاثين", "مليون"],
                                   ["مئتين", "ومئتين", "وخمسين"], ["2019", "ثلاثه", "ملايين"],
                                   ["ثلاثه", "اربعه"], ["خمسين", "ستين"]])
def test_vague_or_malformed_arabic_numbers_do_not_parse(words):
    """Plural scales without a count, two bare numbers, and number words out of Arabic's order
    (hundreds, units, tens; no word after digits) are not values."""
    assert parse_arabic_number(words) is None


def test_english_number_words():
    """'one and a half billion' and 'twenty-five million' parse."""
    assert parse_english_number(["one", "and", "a", "half", "billion"]) == 1.5e9
    assert parse_english_number(["twenty-five", "million"]) == 25e6
    assert parse_english_number(["millions"]) is None


# ---------------------------------------------------------------- member counts

COUNT_CASES = [
    ("ويلتزم أعضاء التحالف البالغ عددهم 85 عضواً بالتصدي للتنظيم.", 85, "total"),
    ("يضم التحالف الدولي 85 عضواً.", 85, "total"),
    ("يضم التحالف الدولي 86 دولة.", 86, "total"),
    ("التحالف المكون من 68 دولة سيسرع الحملة.", 68, "total"),
    ("Ministers of the 86-member coalition met.", 86, "total"),
    ("The 84-nation coalition met.", 84, "total"),
    ("The coalition now has eighty-six members.", 86, "total"),
    ("The coalition of 74 countries met.", 74, "total"),
    ("Iraq became the 67th member of the coalition.", 67, "ordinal"),
    ("A state became the eighty-seventh member.", 87, "ordinal"),
    ("انضمت الصومال إلى التحالف لتصبح العضو الـ86.", 86, "ordinal"),
    ("انضمت الصومال إلى التحالف لتصبح العضو رقم 86.", 86, "ordinal"),
    ("وأصبحت الدولة الـ87 في التحالف.", 87, "ordinal"),
]


@pytest.mark.parametrize(("text", "count", "kind"), COUNT_CASES, ids=[c[0] for c in COUNT_CASES])
def test_member_count_forms(text, count, kind):
    """Totals and ordinals of the Coalition's membership are found; with no date named, a total
    is dated by publication, an ordinal by the publication's month (round 20)."""
    item = only(facts(text)["member_counts"])
    assert (item["count"], item["kind"]) == (count, kind)
    assert (item["date"], item["date_precision"]) == (
        (PUBLISHED, "day") if kind == "total" else (PUBLISHED[:7], "month"))
    assert text[item["start"]:item["end"]] == item["text"]


NOT_COUNTS = [
    "Delegations from 60 countries attended the coalition meeting.",
    "Citizens of 60 countries are held in al-Hol.",
    "The agreement was signed by 30 countries.",
    "حضر اجتماع التحالف ممثلو 70 دولة.",
    "يؤوي المخيم مواطني 60 دولة.",
    "وصل المقاتلون الأجانب من نحو 50 دولة.",
    "The council has 15 members.",
]


@pytest.mark.parametrize("text", NOT_COUNTS, ids=range(len(NOT_COUNTS)))
def test_other_country_counts_are_not_member_counts(text):
    """Delegations, signatories and countries of origin are not membership counts."""
    assert facts(text)["member_counts"] == []


NEW_COUNT_CASES = [
    ("وكان التحالف الدولي، الذي انضمت إليه 81 دولة، قد بدأ حملته.", 81, PUBLISHED),
    ("انضم إلى التحالف الدولي 84 دولة ومنظمة.", 84, PUBLISHED),
    ("انضمت الكونغو إلى التحالف لتصبح العضو الخامس والثمانين.", 85, PUBLISHED[:7]),
    ("أصبحت الصومال الدولة السادسة والثمانين في التحالف.", 86, PUBLISHED[:7]),
    ("يقدر العراق الدعم الذي تقدمه الدول الأعضاء الـ85 في التحالف.", 85, PUBLISHED),
    ("Ministers of the 86 partners of the Global Coalition met.", 86, PUBLISHED),
    ("The coalition, whose 73 members have trained troops since 2015, met.", 73, PUBLISHED),
    ("Since August 2014, the 60-member coalition has struck ISIS.", 60, PUBLISHED),
]


@pytest.mark.parametrize(("text", "count", "day"), NEW_COUNT_CASES,
                         ids=[c[0] for c in NEW_COUNT_CASES])
def test_new_member_count_forms(text, count, day):
    """Joined-verbs, Arabic ordinal words, 'the 85 members'; 'since' dates do not date counts."""
    item = only(facts(text)["member_counts"])
    assert (item["count"], item["date"]) == (count, day)


@pytest.mark.parametrize("text", [
    "Like the UN's 193 member states, the coalition backs the plan.",
    "The Arab League's 22 members, several of them coalition partners, met.",
    "The European Union's 27 member states fund the coalition.",
    "وتضم جامعة الدول العربية 22 دولة عضواً، بعضها في التحالف.",
], ids=range(4))
def test_member_counts_of_other_organisations_are_not_coalition_counts(text):
    """A count whose nearest organisation is the UN, EU or Arab League is not the Coalition's."""
    assert facts(text)["member_counts"] == []


def test_member_count_takes_a_past_date_from_its_sentence():
    """A dated sentence dates its count; a present-tense phrase keeps the publication date."""
    item = only(facts("When it was formed in September 2014, the coalition had 60 members.")[
        "member_counts"])
    assert (item["date"], item["date_precision"]) == ("2014-09", "month")
    item = only(facts("التحالف، البالغ عدد أعضائه 83 عضواً، أعلن في كانون الأول 2017 النصر.")[
        "member_counts"])
    assert item["date"] == PUBLISHED


def test_member_count_ignores_future_dates_in_its_sentence():
    """'The 85-member alliance will meet on Friday' is a count as of publication."""
    item = only(facts("The 85-member alliance is due to meet on Friday.")["member_counts"])
    assert item["date"] == PUBLISHED


def test_member_count_without_publication_date_has_no_date():
    """Without a publication date an undated count has date None."""
    item = only(facts("The 86-member coalition met.", None)["member_counts"])
    assert item["date"] is None and item["date_precision"] is None


# ---------------------------------------------------------------- dates

DATE_CASES = [
    ("The meeting on 8 June 2023 ended.", "2023-06-08", "day", False),
    ("The meeting on June 8, 2023 ended.", "2023-06-08", "day", False),
    ("The meeting on 8/6/2023 ended.", "2023-06-08", "day", False),
    ("The meeting on 2023-06-01 ended.", "2023-06-01", "day", False),
    ("Ministers met in June 2022.", "2022-06", "month", False),
    ("Ministers met on 3 May.", "2023-05-03", "day", True),
    ("Ministers met in December.", "2022-12", "month", True),
    ("Ministers met since 2014.", "2014", "year", False),
    ("انعقد الاجتماع في حزيران/يونيو 2023.", "2023-06", "month", False),
    ("انعقد الاجتماع في 8 حزيران 2023.", "2023-06-08", "day", False),
    ("تشكل التحالف في أيلول/ سبتمبر 2014.", "2014-09", "month", False),
    ("تشكل التحالف في 10 أيلول/سبتمبر 2014.", "2014-09-10", "day", False),
    ("في كانون الثاني 2015 بدأت الحملة.", "2015-01", "month", False),
    ("في شباط 2015 بدأت الحملة.", "2015-02", "month", False),
    ("في آذار 2015 بدأت الحملة.", "2015-03", "month", False),
    ("في نيسان 2015 بدأت الحملة.", "2015-04", "month", False),
    ("في أيار 2015 بدأت الحملة.", "2015-05", "month", False),
    ("في تموز 2015 بدأت الحملة.", "2015-07", "month", False),
    ("في آب 2015 بدأت الحملة.", "2015-08", "month", False),
    ("في تشرين الأول 2017 بدأت الحملة.", "2017-10", "month", False),
    ("في تشرين الثاني 2017 بدأت الحملة.", "2017-11", "month", False),
    ("في كانون الأول 2017 بدأت الحملة.", "2017-12", "month", False),
    ("في يناير 2015 بدأت الحملة.", "2015-01", "month", False),
    ("في فبراير 2015 بدأت الحملة.", "2015-02", "month", False),
    ("في مارس 2015 بدأت الحملة.", "2015-03", "month", False),
    ("في أبريل 2015 بدأت الحملة.", "2015-04", "month", False),
    ("في ابريل 2015 بدأت الحملة.", "2015-04", "month", False),
    ("في مايو 2015 بدأت الحملة.", "2015-05", "month", False),
    ("في يونيه 2015 بدأت الحملة.", "2015-06", "month", False),
    ("في يوليو 2015 بدأت الحملة.", "2015-07", "month", False),
    ("في يوليه 2015 بدأت الحملة.", "2015-07", "month", False),
    ("في أغسطس 2015 بدأت الحملة.", "2015-08", "month", False),
    ("في أكتوبر 2015 بدأت الحملة.", "2015-10", "month", False),
    ("في نوفمبر 2015 بدأت الحملة.", "2015-11", "month", False),
    ("في ديسمبر 2015 بدأت الحملة.", "2015-12", "month", False),
    ("وقع الهجوم في 12 مايو.", "2023-05-12", "day", True),
    ("انطلقت أعمال الاجتماع، الخميس، في الرياض.", "2023-06-08", "day", True),
    ("انطلقت أعمال الاجتماع يوم الخميس.", "2023-06-08", "day", True),
    ("وأمس الأربعاء، دعت الإدارة الذاتية إلى الحوار.", "2023-06-07", "day", True),
    ("قال المسؤول أمس إن الوضع هادئ.", "2023-06-07", "day", True),
    ("قال المسؤول أول أمس إن الوضع هادئ.", "2023-06-06", "day", True),
    ("والسبت الفائت، قال المبعوث إن التنظيم ضعيف.", "2023-06-03", "day", True),
    ("والسبت الماضي، قال المبعوث إن التنظيم ضعيف.", "2023-06-03", "day", True),
    ("ويجتمع الوزراء الأحد المقبل.", "2023-06-11", "day", True),
    ("ويجتمع الوزراء الأحد القادم.", "2023-06-11", "day", True),
    ("ويصدر البيان غداً.", "2023-06-09", "day", True),
    ("ويصدر البيان مساء اليوم.", "2023-06-08", "day", True),
    ("وقد عقد اجتماع الشهر الماضي.", "2023-05", "month", True),
    ("في العام الماضي، جمع التحالف المال.", "2022", "year", True),
    ("Ministers met last year.", "2022", "year", True),
    ("Ministers met last Saturday.", "2023-06-03", "day", True),
    ("Ministers met on Monday.", "2023-06-05", "day", True),
    ("Ministers will meet on Monday.", "2023-06-12", "day", True),
    ("Ministers met on Thursday.", "2023-06-08", "day", True),
    ("Ministers met yesterday.", "2023-06-07", "day", True),
    ("Ministers meet today.", "2023-06-08", "day", True),
    ("Ministers meet tomorrow.", "2023-06-09", "day", True),
    ("Ministers met last October.", "2022-10", "month", True),
    ("Ministers met last month.", "2023-05", "month", True),
    ("Ministers meet next month.", "2023-07", "month", True),
    ("Ministers met two days ago.", "2023-06-06", "day", True),
]


@pytest.mark.parametrize(("text", "value", "precision", "relative"), DATE_CASES,
                         ids=[c[0] for c in DATE_CASES])
def test_date_forms(text, value, precision, relative):
    """Absolute and relative dates resolve against the publication date."""
    item = only(facts(text)["dates"])
    assert (item["value"], item["precision"], item["relative"]) == (value, precision, relative)
    assert text[item["start"]:item["end"]] == item["text"]


@pytest.mark.parametrize("text", [
    "مارس التنظيم ضغوطاً كبيرة.",
    "قال إن أباه آب إلى بيته.",
    "حضر كلا الاثنين.",
    "في اليوم العالمي للاجئين.",
    "The group may regroup.",
    "The 2023 budget is late.",
    "Resolution 2170 and 2178 were adopted.",
], ids=range(7))
def test_words_that_look_like_dates_are_not_dates(text):
    """Month names used as verbs, 'both', bare years without a preposition are not dates."""
    assert facts(text)["dates"] == []


NEW_DATE_CASES = [
    # weeks: the month holding the Thursday of that Monday-Sunday week (2023-06-08 is a Thursday)
    ("Ministers met last week.", ["2023-06"]),
    ("يعقد الاجتماع هذا الأسبوع.", ["2023-06"]),
    ("عقد الاجتماع الأسبوع الماضي.", ["2023-06"]),
    ("Experts meet next week.", ["2023-06"]),
    ("Ministers met earlier this week.", ["2023-06"]),
    ("Ministers met two weeks ago.", ["2023-05"]),
    ("Ministers met a year ago.", ["2022"]),
    ("عقد الاجتماع قبل أسبوعين.", ["2023-05"]),
    # 'since August 2014' is the absolute month, not 'since August' of a nearby year
    ("The coalition has struck ISIS since August 2014.", ["2014-08"]),
    ("Strikes have continued since January.", ["2023-01"]),
    ("ومنذ آب 2014 نفذ التحالف غارات.", ["2014-08"]),
    # year ranges give two year dates
    ("The campaign ran in 2014-2017.", ["2014", "2017"]),
    ("The campaign ran from 2014 to 2017.", ["2014", "2017"]),
    ("The campaign ran between 2014 and 2017.", ["2014", "2017"]),
    ("خلال الفترة 2022-2024 تمول البرامج.", ["2022", "2024"]),
    ("بين عامي 2014 و2017 دارت المعارك.", ["2014", "2017"]),
    ("The campaign ran in 2016-17.", ["2016", "2017"]),
    # day ranges give two day dates
    ("Interviews ran between 3 and 17 May.", ["2023-05-03", "2023-05-17"]),
    ("عقد الاجتماع يومي ٢٠ و٢١ تشرين الثاني.", ["2022-11-20", "2022-11-21"]),
    # US-style numeric date when the second number cannot be a month
    ("The visit on 3/14/2023 ended.", ["2023-03-14"]),
    ("The visit on 8/6/2023 ended.", ["2023-06-08"]),
    # Arabic ordinal day words, Levantine 'الجاي', 'ليل'
    ("أعلن النصر في العاشر من كانون الأول 2017.", ["2017-12-10"]),
    ("وفي الحادي والعشرين من آذار 2019 سقطت الباغوز.", ["2019-03-21"]),
    ("يزور الوفد المدينة الأحد الجاي.", ["2023-06-11"]),
    ("هاجم المسلحون السجن ليل الخميس الفائت.", ["2023-06-01"]),
    # more month prepositions and year words
    ("A conference is planned for February.", ["2023-02"]),
    ("Funds run out by the end of September.", ["2023-09"]),
    ("Iraq returned 2,500 people in the first five months of 2022.", ["2022"]),
]


@pytest.mark.parametrize(("text", "values"), NEW_DATE_CASES, ids=[c[0] for c in NEW_DATE_CASES])
def test_new_date_forms(text, values):
    """Weeks, 'since Month Year', year and day ranges, US dates and Arabic ordinal days resolve."""
    assert [item["value"] for item in facts(text)["dates"]] == values


def test_year_range_words_need_a_range_lead():
    """'2014 and 2017' without between/from/in is two numbers, not a range."""
    assert facts("Resolutions 2014 and 2017 passed.")["dates"] == []


def test_relative_dates_need_a_publication_date():
    """Without a publication date relative dates are dropped, absolute ones kept."""
    items = facts("Ministers met on Monday, on 8 June 2023 and on 3 May.", None)["dates"]
    assert [item["value"] for item in items] == ["2023-06-08"]


# ---------------------------------------------------------------- places

PLACE_CASES = [
    ("دمشق – نورث برس", "Damascus"),
    ("وصلت المساعدات إلى دير الزور", "Deir ez-Zor"),
    ("وصلت المساعدات إلى ديرالزور", "Deir ez-Zor"),
    ("وصلت المساعدات لدير الزور", "Deir ez-Zor"),
    ("Aid reached Deir al-Zour", "Deir ez-Zor"),
    ("Aid reached Deir ez-Zor", "Deir ez-Zor"),
    ("Aid reached al-Hol", "al-Hol"),
    ("Aid reached al-Hawl camp", "al-Hol"),
    ("وصلت المساعدات إلى مخيم الهول", "al-Hol"),
    ("وصلت المساعدات بالحسكة", "al-Hasakah"),
    ("Aid reached Hasaka", "al-Hasakah"),
    ("وصلت المساعدات والرقة", "Raqqa"),
    ("وصلت المساعدات للرقة", "Raqqa"),
    ("Aid reached Raqqa", "Raqqa"),
    ("Aid reached Nineveh province", "Ninewa"),
    ("وصلت المساعدات إلى محافظة نينوى", "Ninewa"),
    ("Aid reached Mosul", "Mosul"),
    ("وصلت المساعدات إلى الموصل", "Mosul"),
    ("وصلت المساعدات إلى القامشلي", "Qamishli"),
    ("وصلت المساعدات إلى كوباني", "Kobani"),
    ("وصلت المساعدات إلى عين العرب", "Kobani"),
    ("Aid reached Kobane", "Kobani"),
    ("وصلت المساعدات إلى الباغوز", "Baghuz Fawqani"),
    ("وصلت المساعدات إلى ديريك", "Al-Malikiyah"),
    ("وصلت المساعدات إلى المالكية", "Al-Malikiyah"),
    ("Aid reached Arbil", "Erbil"),
    ("وصلت المساعدات إلى أربيل", "Erbil"),
    ("وصلت المساعدات إلى اربيل", "Erbil"),
    ("وصلت المساعدات إلى بغداد", "Baghdad"),
    ("وصلت المساعدات إلى حلب", "Aleppo"),
    ("وصلت المساعدات إلى كركوك", "Kirkuk"),
    ("Aid reached Shingal", "Sinjar"),
    ("وصلت المساعدات إلى سنجار", "Sinjar"),
    ("وصلت المساعدات إلى تلعفر", "Tal Afar"),
    ("وصلت المساعدات إلى الفلوجة", "Fallujah"),
    ("وصلت المساعدات إلى الفلوجه", "Fallujah"),
    ("وصلت المساعدات إلى الرّمادي", "Ramadi"),
    ("وصلت المساعدات إلى تكريت", "Tikrit"),
    ("وصلت المساعدات إلى منبج", "Manbij"),
    ("وصلت المساعدات إلى مدينة الطبقة", "Tabqa"),
    ("Aid reached Tadmur", "Palmyra"),
    ("وصلت المساعدات إلى مخيم روج", "Roj"),
    ("وصلت المساعدات إلى سجن غويران", "Ghwayran"),
    ("وصلت المساعدات إلى الشدادي", "al-Shaddadi"),
    ("Aid reached al-Bukamal", "Abu Kamal"),
    ("وصلت المساعدات إلى البوكمال", "Abu Kamal"),
    ("وصلت المساعدات إلى بلدة هجين", "Hajin"),
    ("وصلت المساعدات إلى مدينة الميادين", "al-Mayadin"),
    ("وصلت المساعدات إلى الحمدانية", "Hamdaniya"),
    ("وصلت المساعدات إلى قره قوش", "Hamdaniya"),
    ("وصلت المساعدات إلى مدينة هيت", "Hit"),
    ("وصلت المساعدات إلى الرمادي وهيت", "Hit"),
    ("Aid reached the town of Hit", "Hit"),
    ("Aid reached Ramadi, Hit", "Hit"),
    ("Aid reached the town of Anah", "Anah"),
    ("وصلت المساعدات إلى مدينة الباب", "al-Bab"),
    ("وصلت المساعدات إلى دير الزُّور", "Deir ez-Zor"),
    ("وصلت المساعدات إلى الرقـــة", "Raqqa"),
]


@pytest.mark.parametrize(("text", "name_en"), PLACE_CASES, ids=[c[0] for c in PLACE_CASES])
def test_place_forms(text, name_en):
    """Aliases, proclitics, spelling variants and context rules find the place."""
    items = facts(text)["places"]
    assert name_en in [item["name_en"] for item in items]
    for item in items:
        assert text[item["start"]:item["end"]] == item["text"]


def test_place_item_carries_gazetteer_fields():
    """A site carries its site_id, governorate, coordinates and kind."""
    item = only(facts("Aid reached al-Hol camp.")["places"])
    assert item["site_id"] == "sy_al_hol" and item["gov_id"] == "SY-HA"
    assert item["kind"] == "site" and 36 < item["lat"] < 37 and 40 < item["lon"] < 42


def test_governorate_word_selects_the_governorate():
    """'ريف دير الزور' and 'Raqqa governorate' are governorates, bare names the cities."""
    assert only(facts("في ريف دير الزور")["places"])["kind"] == "governorate"
    assert only(facts("in Raqqa governorate")["places"])["kind"] == "governorate"
    assert only(facts("in Raqqa city")["places"])["kind"] == "site"


NOT_PLACES = [
    "Syria and Iraq", "سوريا والعراق", "في شمال وشرق سوريا", "north-east Syria",
    "the Kurdistan Region", "نهر الفرات ودجلة", "the Euphrates and the Tigris",
    "Riyadh, Washington, Brussels, Paris, Rome, Madrid, Marrakech and Kuwait",
    "الرياض وواشنطن وبروكسل والكويت", "قال عنه المسؤول إنه غادر", "فتح الباب أمام الحوار",
    "Air strikes hit supply lines", "Hit by shortages, the hospital closed",
    "روج التنظيم لأفكاره", "Roj said he would come", "انتقد الطبقة السياسية",
    "في مختلف الميادين", "تل من الركام", "the Bab gate", "أبو الهول",
]


@pytest.mark.parametrize("text", NOT_PLACES, ids=range(len(NOT_PLACES)))
def test_countries_regions_rivers_foreign_cities_and_common_words_are_not_places(text):
    """Countries, regions, rivers, foreign cities and ambiguous words give no place."""
    assert facts(text)["places"] == []


def test_site_names_are_split_into_variants():
    """Parentheses, slashes and descriptors are split off site names."""
    assert split_name_variants("Kobani (Ayn al-Arab)") == ["Kobani", "Ayn al-Arab"]
    assert split_name_variants("الحمدانية / قره قوش (بخديدا)") == ["الحمدانية", "قره قوش", "بخديدا"]
    assert split_name_variants("Deir ez-Zor city") == ["Deir ez-Zor"]
    assert split_name_variants("الطبقة (مدينة الثورة)") == ["الطبقة"]


def test_gazetteer_reads_every_site():
    """Every site in data/sites.csv is reachable through at least one name."""
    gazetteer = load_gazetteer()
    site_ids = {p.site_id for table in (gazetteer.arabic, gazetteer.english)
                for places in table.values() for p in places}
    assert {"sy_al_hol", "sy_roj", "iq_mosul", "sy_kobani", "sy_baghuz"} <= site_ids


# ---------------------------------------------------------------- normalisation, FX, API

def test_folding_keeps_a_map_to_original_offsets():
    """Diacritics and tatweel are dropped; spans map back to the raw text."""
    folded = fold_text("الرَّقـّة ٤٤٥")
    assert folded.text == "الرقه 445"
    assert folded.item(0, 5)["text"] == "الرَّقـّة"


# Characters folding touches (dropped marks and controls, replaced digits and letters) mixed
# with plain ones, as hostile text would mix them.
_FOLD_ALPHABET = st.sampled_from(
    [*"ab ٠٩۵٫٬أإآٱةىاه\u2019\u2013\u00a0\u201c",
     "\u064b", "\u0651", "\u0640", "\u200f", "\u202e", "\u2067", "\ufeff", "\u0670"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_FOLD_ALPHABET, max_size=60).map("".join))
def test_folding_matches_the_character_by_character_definition(text):
    """Folding by str.replace per character present, and the offset map built from runs of
    dropped characters, equal the plain definition: each character folded on its own, and the
    index of every character that is kept."""
    from extraction.normalize import _DROPPED, fold_char
    folded = fold_text(text)
    assert folded.text == "".join(fold_char(char) for char in text)
    assert list(folded.index) == [i for i, char in enumerate(text) if char not in _DROPPED]


def test_pattern_alternatives_split_only_at_the_top_level():
    """The status words are split by script through their top-level alternatives: bars inside
    groups, character classes and escapes belong to their alternative."""
    from extraction.money import _alternatives
    assert _alternatives("a|(?:b|c)d|[|x]|e\\|f|") == ["a", "(?:b|c)d", "[|x]", "e\\|f", ""]
    assert _alternatives("(?P<n>x|y)") == ["(?P<n>x|y)"]


_STATUS_PIECES = st.sampled_from([
    "pledged", "will provide", "received", "raised", "appeal for", "needs", "in total", "was",
    "تعهدت", "قدمت", "يحتاج", "جمع", "ستذهب", "نداء", "في", "UNDP", "$", "5", ",", ".", " ", "و"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_STATUS_PIECES, max_size=25).map(" ".join))
def test_status_words_by_script_are_those_of_the_one_pattern(text):
    """The status scan runs one pattern per script; on any mix of Arabic and English words it
    finds the same words, with the same classes, as the one joined pattern."""
    import re

    from extraction.money import _STATUS_ALTERNATION, _status_words
    from extraction.sentences import sentence_span
    joined = re.compile(_STATUS_ALTERNATION)
    low = text.lower()
    found = [(0, len(text), 1.0, "USD")]  # one amount at the start: its sentence is scanned
    start, end = sentence_span(text, 0)
    expected = [(m.span(), m.lastgroup) for m in joined.finditer(low, start, end)]
    assert [(m.span(), m.lastgroup) for m in _status_words(text, low, found)] == expected


def test_language_is_detected_from_arabic_letter_share():
    """Mostly Arabic text is 'ar', otherwise 'en'."""
    assert detect_lang("انطلقت أعمال الاجتماع في Riyadh") == "ar"
    assert detect_lang("The meeting in الرياض started") == "en"
    assert facts("انطلقت أعمال الاجتماع")["lang"] == "ar"
    assert extract_facts("text", None, "ar")["lang"] == "ar"


def test_fx_uses_the_year_rate_and_no_other_year(tmp_path):
    """The publication year's rate is used; a year the table lacks has no rate (as in the
    pledges loader's conversion check); no year takes the latest."""
    path = tmp_path / "fx_rates.csv"
    path.write_text("currency,year,usd_per_unit,source_id\nEUR,2015,1.1,x\nEUR,2020,1.2,x\n",
                    encoding="utf-8")
    assert usd_per_unit("EUR", 2015, path) == 1.1
    assert usd_per_unit("EUR", 2019, path) is None
    assert usd_per_unit("EUR", 2026, path) is None
    assert usd_per_unit("EUR", None, path) == 1.2
    assert usd_per_unit("USD", 2010, path) == 1.0
    assert to_usd(10, "GBP", 2015, path) is None
    assert load_fx_rates(tmp_path / "missing.csv") == {}


def test_published_accepts_strings_dates_and_none():
    """published may be a string, a date or None; a bad string raises ValueError."""
    assert parse_published("2023-06-08T10:00:00") == date(2023, 6, 8)
    assert parse_published(date(2023, 6, 8)) == date(2023, 6, 8)
    assert parse_published(None) is None
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_published("8 June")


def test_result_has_the_documented_keys():
    """The result dict always has the seven documented keys."""
    assert set(facts("")) == {"published", "lang", "money", "member_counts", "dates", "places",
                              "refused"}


def test_seed_like_article_end_to_end():
    """A seed-like Arabic article gives the expected facts."""
    text = (
        "دمشق – خاص\nانطلقت أعمال الاجتماع، الخميس، في الرياض.\n"
        "ويلتزم أعضاء التحالف البالغ عددهم 85 عضواً بالتصدي للتنظيم.\n"
        "في العام الماضي، جمع التحالف 445 مليون دولار لدعم الاستقرار.\n"
    )
    result = facts(text)
    assert [m["amount_usd"] for m in result["money"]] == [445e6]
    assert result["money"][0]["status"] == "drive_total"
    assert [c["count"] for c in result["member_counts"]] == [85]
    assert [d["value"] for d in result["dates"]] == ["2023-06-08", "2022"]
    assert [p["name_en"] for p in result["places"]] == ["Damascus"]


# ---------------------------------------------------------------- property-based

_ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789,.$€£%-/()\n")
    + list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىةؤئ")
    + list("٠١٢٣٤٥٦٧٨٩٫٬\u064b\u064e\u0651\u0640\u200f\u200e\u202b\u202c\u2066\u2069")
    + ["مليون", "مليار", "دولار", "million", "billion", "$", "العضو الـ", "الرقة", "Hit",
       "الخميس", "June", "2023", "99999999999999999999", "member", "coalition", "التحالف",
       "minus ", "ناقص ", "31 February", "شباط", "99999", "1,", "9" * 400]
)
_TEXTS = st.lists(_ALPHABET, max_size=80).map("".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS, published=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2090, 12, 31))))
def test_extract_never_raises_and_spans_match(text, published):
    """Any text (Arabic, mixed scripts, bidi controls, huge numbers) gives valid spans."""
    result = extract_facts(text, published)
    for field in ("money", "member_counts", "dates", "places", "refused"):
        for item in result[field]:
            assert 0 <= item["start"] <= item["end"] <= len(text)
            assert text[item["start"]:item["end"]] == item["text"]
    assert all(0 <= m["amount_original"] < float("inf") for m in result["money"])
    json.dumps(result, allow_nan=False)


# ---------------------------------------------------------------- evaluator

def test_dev_fixtures_reach_f1_09_per_field():
    """The evaluator scores every field at F1 >= 0.9 on the dev fixtures."""
    result = evaluate_folder(DEV_FIXTURES)
    assert result["articles"] >= 12
    for field, score in result["scores"].items():
        assert score["f1"] >= 0.9, (field, score)


def test_heldout_fixtures_are_scored():
    """The held-out set exists and is scored (no threshold: it is reported, not tuned on)."""
    result = evaluate_folder(HELDOUT_FIXTURES)
    assert result["articles"] >= 6
    assert set(result["scores"]) == {"money", "member_counts", "dates", "places"}


def test_money_parts_separate_amounts_from_status_and_qualifier(tmp_path):
    """--money-parts: an amount found with the wrong status counts as found (amounts F1 1.0)
    and as a status disagreement; a missed amount lowers the amounts F1."""
    from tools.eval_extraction import money_parts
    (tmp_path / "a.txt").write_text("published: 2023-06-08\nsource: test\ntitle: t\n\n"
                                    "Norway pledged $25 million for Syria.", encoding="utf-8")
    gold = {"money": [{"amount_usd": 25e6, "currency": "USD", "status": "contribution",
                       "qualifier": "exact"}], "member_counts": [], "dates": [], "places": []}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert money_parts(tmp_path) == {"amounts_f1": 1.0, "status_agreement": 0.0,
                                     "qualifier_agreement": 1.0, "pairs": 1}
    gold["money"].append({"amount_usd": 1e6, "currency": "EUR", "status": "goal",
                          "qualifier": "exact"})
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert money_parts(tmp_path)["amounts_f1"] == round(2 * 1.0 * 0.5 / 1.5, 3)


def test_every_fixture_has_a_gold_file_and_a_publication_date():
    """Each fixture article has NAME.gold.json and a 'published:' header."""
    for folder in (DEV_FIXTURES, HELDOUT_FIXTURES, UNSEEN_FIXTURES):
        for path in folder.glob("*.txt"):
            assert path.with_suffix(".gold.json").is_file(), path
            meta, body = split_header(path.read_text(encoding="utf-8"))
            assert meta.get("published") and body.strip(), path


# ---------------------------------------------------------------- CLI

def run_cli(*args: str) -> subprocess.CompletedProcess:
    """Run python -m loaders.extract from the repository root."""
    return subprocess.run([sys.executable, "-m", "loaders.extract", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)


def test_cli_prints_one_json_object_with_header_metadata(tmp_path):
    """Header lines set published/source/title/url; offsets are relative to the body."""
    body = "ويلتزم أعضاء التحالف البالغ عددهم 85 عضواً. جمع التحالف 445 مليون دولار."
    path = tmp_path / "article.txt"
    path.write_text(f"published: 2023-06-08\nsource: Fixture\ntitle: T\nurl: u\n\n{body}",
                    encoding="utf-8")
    completed = run_cli(str(path))
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout)
    assert (result["published"], result["source"], result["title"], result["url"]) == (
        "2023-06-08", "Fixture", "T", "u")
    money = only(result["money"])
    assert body[money["start"]:money["end"]] == "445 مليون دولار"
    assert "عضواً" in completed.stdout  # ensure_ascii=False


def test_cli_options_override_the_header(tmp_path):
    """--published and --lang win over the file header."""
    path = tmp_path / "article.txt"
    path.write_text("published: 2023-06-08\n\nMinisters met yesterday.", encoding="utf-8")
    result = json.loads(run_cli(str(path), "--published", "2020-01-02", "--lang", "ar").stdout)
    assert result["published"] == "2020-01-02" and result["lang"] == "ar"
    assert only(result["dates"])["value"] == "2020-01-01"


def test_cli_reads_a_file_without_header(tmp_path):
    """A file without header lines is all body, with no publication date."""
    path = tmp_path / "plain.txt"
    path.write_text("The 86-member coalition met in Baghdad.", encoding="utf-8")
    result = json.loads(run_cli(str(path)).stdout)
    assert result["published"] is None
    assert only(result["places"])["name_en"] == "Baghdad"


@pytest.mark.parametrize(("content", "message"), [
    (None, "file not found"),
    (b"\xff\xfe\x00bad", "not UTF-8"),
    (b"", "empty article body"),
    (b"published: 2023-06-08\n\n   \n", "empty article body"),
    (b"published: 8 June\n\nText.", "YYYY-MM-DD"),
], ids=["missing", "not-utf8", "empty", "header-only", "bad-date"])
def test_cli_bad_input_exits_2_with_one_line_message(tmp_path, content, message):
    """Bad input gives exit code 2 and a one-line message naming the problem."""
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    completed = run_cli(str(path))
    assert completed.returncode == 2
    assert message in completed.stderr
    assert len(completed.stderr.strip().splitlines()) == 1
    assert "Traceback" not in completed.stderr


# ------------------------------------------------- member counts: decision procedure (round 3)

MEMBERSHIP_RULE_CASES = [
    ("The coalition was launched in 2014 with 60 countries.", 60, "2014-09", "exact"),
    ("The alliance was formed with about 60 members in 2014.", 60, "2014-09", "about"),
    ("More than 80 countries have joined the coalition.", 80, PUBLISHED, "more_than"),
    ("Some 85 nations are now members of the anti-ISIS coalition.", 85, PUBLISHED, "about"),
    ("يبلغ عدد أعضاء التحالف اليوم ثمانية وثمانين عضواً.", 88, PUBLISHED, "exact"),
    ("تأسس التحالف في أيلول 2014 بمشاركة ستين دولة.", 60, "2014-09", "exact"),
    ("ضم التحالف عند انطلاقه عام 2014 نحو 62 دولة.", 62, "2014-09", "about"),
    ("وقال الوزير إن قرابة 85 دولة باتت أعضاء في التحالف.", 85, PUBLISHED, "nearly"),
    ("انضمت 70 دولة إلى التحالف الدولي.", 70, PUBLISHED, "exact"),
]


@pytest.mark.parametrize(("text", "count", "day", "qualifier"), MEMBERSHIP_RULE_CASES,
                         ids=[c[0] for c in MEMBERSHIP_RULE_CASES])
def test_member_count_founding_joined_and_word_forms(text, count, day, qualifier):
    """Founding phrases, 'N countries have joined', Arabic number words; qualifier recorded."""
    item = only(facts(text)["member_counts"])
    assert (item["count"], item["date"], item["qualifier"]) == (count, day, qualifier)


@pytest.mark.parametrize("text", [
    "شاركت 60 دولة في مؤتمر التحالف.",
    "يضم المخيم الذي يحرسه التحالف رعايا 60 دولة.",
    "وقعت 30 دولة على بيان التحالف.",
    "The coalition backs the 27 member states of the European Union.",
    "The coalition counts many partners; among them are 20 partners from Africa.",
    "The coalition met in Rome. The council has 15 members.",
    "The coalition's 5 working groups and 10,000 fighters: 60% of 2014.",
], ids=range(7))
def test_member_count_negatives(text):
    """Participants, signatories, origins, other bodies' members and subsets are not totals."""
    assert facts(text)["member_counts"] == []


def test_member_count_clause_refers_back_to_the_coalition():
    """'it had 60 members' counts when the Coalition is the last organisation named before."""
    item = only(facts("The Coalition met in Rome. When it was founded in 2014 it had 60 "
                      "members.")["member_counts"])
    assert (item["count"], item["date"]) == (60, "2014-09")


@pytest.mark.parametrize(("text", "day"), [
    ("The 86 members of the coalition, which met in Baghdad in May 2023, agreed.", PUBLISHED),
    ("وأكد التحالف، الذي اجتمع في بغداد في أيار 2023، أنه يضم 86 عضواً.", PUBLISHED),
    ("In 2016, the coalition had 68 members.", "2016"),
    ("كان التحالف يضم 68 دولة عام 2016.", "2016"),
    # since round 16 a meeting's day dates the count, even in the week of publication
    ("The 86-member coalition met on Tuesday.", "2023-06-06"),
    ("The 86-member coalition said on Tuesday that it would meet again.", PUBLISHED),
    ("The coalition's 87 members met in Rome in March.", "2023-03"),
    ("The coalition has grown from 60 members in 2014 to 84 members.", "2014"),
])
def test_member_count_date_comes_from_its_own_clause(text, day):
    """A date dates a total only in the count's clause, and a day of this week only when it is
    a meeting's day."""
    assert facts(text)["member_counts"][0]["date"] == day


def test_member_count_neighbouring_counts_keep_their_own_dates():
    """In 'from 60 members in 2014 to 84 members today' each count takes its nearest date."""
    items = facts("The coalition has grown from 60 members in 2014 to 84 members today.")[
        "member_counts"]
    assert [(i["count"], i["date"]) for i in items] == [(60, "2014"), (84, PUBLISHED)]


@pytest.mark.parametrize(("text", "day"), [
    ("Benin joined the coalition on 3 May, becoming its 84th member.", "2023-05-03"),
    ("Benin became the 84th member of the coalition in April, officials said on Monday.",
     "2023-04"),
    ("انضمت بنين إلى التحالف في نيسان 2023 لتصبح العضو الـ84.", "2023-04"),
    # since round 9 a welcome dates the ordinal as a joining does (the blind sets' convention)
    ("Ministers welcomed Benin as the coalition's 84th member at their meeting in April.",
     "2023-04"),
    ("أعلنت الخارجية الثلاثاء أن بنين أصبحت الدولة الـ84 في التحالف.", PUBLISHED[:7]),
])
def test_member_count_ordinal_takes_its_joining_date(text, day):
    """An ordinal takes a date only from its joining (or welcoming) verb's clause, else the
    publication's month (round 20; it was the publication day)."""
    item = only(facts(text)["member_counts"])
    assert (item["count"], item["kind"], item["date"]) == (84, "ordinal", day)


# ------------------------------------------- round 4: rules from the blind set's errors

ROUND4_DATES = [
    ("ويطلب مئة مليون دولار إضافية للعام المقبل.", "2015-12-30", ["2016"]),
    ("وخصص المبلغ للعام 2016 كله.", "2015-12-30", ["2016"]),
    ("a push that began in mid-March, a spokesman said", "2016-04-15", ["2016-03"]),
    ("Prices fell from mid-2015.", "2016-04-15", ["2015"]),
    ("Agencies need money to run the camps through December.", "2025-11-02", ["2025-12"]),
    ("Its presence is due to end this September.", "2026-02-18", ["2026-09"]),
    ("The mission ended last September.", "2026-02-18", ["2025-09"]),
    ("الرياض – «الخليج اليوم»", "2020-06-05", []),
    ("أعلنت الوزارة اليوم وصول دفعة جديدة.", "2020-06-05", ["2020-06-05"]),
]


@pytest.mark.parametrize(("text", "published", "values"), ROUND4_DATES,
                         ids=[c[0] for c in ROUND4_DATES])
def test_round4_date_forms(text, published, values):
    """'للعام' (ل + ال), 'mid-March', 'through December' and 'this September' resolve; a
    newspaper named «... اليوم» is not today."""
    assert [item["value"] for item in facts(text, published)["dates"]] == values


ROUND4_MONEY = [
    ("وأعلنت اليابان السبت الفائت عن منحة بقيمة ٣ ملايين دولار لإزالة الألغام.", "pledge",
     "exact"),
    ("Japan announced a grant of $3 million for demining.", "pledge", "exact"),
    ("The fund received a grant of $3 million.", "contribution", "exact"),
    ("Britain said it would contribute £10 million to the facility.", "pledge", "exact"),
    ("The government has budgeted 1.2 trillion Syrian pounds for reconstruction.", "pledge",
     "exact"),
    # since round 12 the promises of many states that exceeded a sum are their tally
    ("وأعلنت الدول المشاركة تعهدات جديدة تجاوزت نصف مليار دولار لدعم الاستقرار.", "drive_total",
     "more_than"),
    # (since round 21 many givers' promises, told with the givers as the subject, are their
    # tally, as the blind sets annotate 'Iraq's allies promised it about $30 billion')
    ("Donors pledged sums exceeding $500 million.", "drive_total", "more_than"),
    ("Japan pledged sums exceeding $500 million.", "pledge", "more_than"),
]


@pytest.mark.parametrize(("text", "status", "qualifier"), ROUND4_MONEY,
                         ids=[c[0] for c in ROUND4_MONEY])
def test_round4_money_status_and_qualifier(text, status, qualifier):
    """An announced grant is a pledge, a received one a contribution; 'would contribute' and
    'budgeted' promise; 'تجاوزت' and 'exceeding' before an amount make it a floor."""
    item = only(facts(text)["money"])
    assert (item["status"], item["qualifier"]) == (status, qualifier)


def test_exceeding_a_named_target_compares_and_does_not_qualify():
    """In 'exceeding the $2 billion target' the target is exact; only the raised sum is a floor.
    (Since round 21 what donors committed together is their tally, drive_total; was pledge.)"""
    items = facts("Donors committed more than $2.1 billion, exceeding the $2 billion target.")
    assert [(i["amount_usd"], i["status"], i["qualifier"]) for i in items["money"]] == [
        (2.1e9, "drive_total", "more_than"), (2e9, "goal", "exact")]


def test_announced_gift_rule_stops_at_a_comma():
    """'announced a contribution of X, bringing support to more than Y': Y was given, and is a
    total brought to the amount, so a running total (the convention of blind sets 3-12; was
    'contribution' until round 19)."""
    items = facts("The ministry announced a contribution of EUR 12.5 million, bringing its "
                  "support to more than EUR 90 million.")["money"]
    assert [i["status"] for i in items] == ["pledge", "cumulative"]


@pytest.mark.parametrize(("text", "amounts"), [
    ('"A few million dollars now would save lives," she said.', []),
    ("Several billion dollars are needed.", []),
    ("Donors gave a million dollars.", [1e6]),
    ("قدمت ألمانيا مليون دولار.", [1e6]),
])
def test_scale_word_without_a_count_is_not_an_amount_in_english(text, amounts):
    """'a few million dollars' has no count; 'a million' and Arabic 'مليون دولار' are one."""
    assert [item["amount_usd"] for item in facts(text)["money"]] == amounts


@pytest.mark.parametrize(("text", "names"), [
    ("عادت العائلات إلى محافظات نينوى والأنبار وصلاح الدين.",
     ["Ninewa", "Anbar", "Salah al-Din"]),
    ("زار صلاح الدين بغداد أمس.", ["Baghdad"]),
    ("وصلت الدفعة إلى مركز الجدعة للتأهيل المجتمعي.", ["Jeddah-1"]),
    ("Iraqi forces recaptured the centre of Hit on Thursday.", ["Hit"]),
    ("Hit hard by a siege, residents fled toward Ramadi.", ["Ramadi"]),
])
def test_round4_place_context(text, names):
    """A governorate that is also a personal name joins a list only through 'و' or a comma;
    'مركز الجدعة' is Jeddah-1; 'centre of' and 'recaptured' mark a town."""
    assert [item["name_en"] for item in facts(text)["places"]] == names


# ------------------------------------------- round 6: places from the round-5 set's errors

ROUND6_PLACES = [
    ("وتشمل المرحلة مغادرة القوات قاعدة عين الأسد في الأنبار.", ["Al Asad Airbase", "Anbar"]),
    ("Coalition forces left Ain al-Asad air base in Anbar.", ["Al Asad Airbase", "Anbar"]),
    ("It handed over Qayyarah West and the K-1 base in Kirkuk.",
     ["Qayyarah Airfield West", "K-1", "Kirkuk"]),
    ("وسلّمت القوات قاعدة القيارة الغربية.", ["Qayyarah Airfield West"]),
    ("US troops are still deployed at al-Tanf and the Conoco gas field.", ["Al-Tanf", "Conoco"]),
    ("أما حقل كونيكو للغاز فتتخذ منه القوات قاعدة.", ["Conoco"]),
    ("Projects near the al-Omar oil field were funded.", ["Al-Omar oil field"]),
    ("تقدمت القوات نحو حقل العمر النفطي.", ["Al-Omar oil field"]),
    ("عززت القوات انتشارها في منفذ ربيعة الحدودي المقابل لبلدة اليعربية السورية.",
     ["Rabia, Iraq", "Al-Yaarubiyah"]),
    ("Trucks crossed at the Rabia border crossing.", ["Rabia, Iraq"]),
    ("تصل الشحنات عبر معبر سيمالكا مقابل بلدة فيشخابور.", ["Semalka", "Faysh Khabur"]),
    ("Aid came through the Semalka crossing from Faysh Khabur.", ["Semalka", "Faysh Khabur"]),
    ("لا تزال آلاف العائلات نازحة في مخيمات عامرية الفلوجة.", ["Amiriyat al-Fallujah"]),
    ("Families remain in camps at Amiriyat al-Fallujah.", ["Amiriyat al-Fallujah"]),
    ("انطلقت الحملة من هجين وسوسة والشعفة.", ["Hajin", "Al-Susah", "Al-Shafah"]),
    ("The campaign began from Hajin, Susah and al-Shafah.", ["Hajin", "Al-Susah", "Al-Shafah"]),
    ("ما زالت المعارك مستمرة في جيب هجين.", ["Hajin"]),
    ("Iraqi forces began an offensive on Anah in western Anbar.", ["Anah", "Anbar"]),
    ("Some 75,000 people are stranded at the Rukban settlement.", ["Rukban refugee camp"]),
    ("يعيش آلاف النازحين في مخيم الركبان.", ["Rukban refugee camp"]),
    ("In Sulaimani, officials met donors.", ["Sulaymaniyah"]),
    ("The operation began from the Shirqat front.", ["Al-Shirqat"]),
    ("Oil workers at the Bai Hassan field said production fell.", ["Bai Hassan"]),
    ("He was killed in Atmeh, Idlib.", ["Atmeh", "Idlib"]),
    ("قُتل في بلدة أطمة بريف إدلب.", ["Atmeh", "Idlib"]),
    ("Fighting was reported in Sarrin and Ain Issa.", ["Sarrin", "Ayn Issa"]),
    ("تشهد بلدتا عين عيسى وصرين اشتباكات.", ["Ayn Issa", "Sarrin"]),
]


@pytest.mark.parametrize(("text", "names"), ROUND6_PLACES, ids=[c[0] for c in ROUND6_PLACES])
def test_round6_bases_crossings_fields_and_towns(text, names):
    """Bases, border crossings, oil and gas fields, camps and towns beyond sites.csv are found,
    and the words field/base/crossing/pocket/حقل/قاعدة/منفذ/معبر/جيب mark them."""
    assert [item["name_en"] for item in facts(text)["places"]] == names


@pytest.mark.parametrize("text", [
    "بلغ العمر 60 عاماً.", "Omar said the talks failed.", "قالت ربيعة إن الوضع صعب.",
    "ConocoPhillips and Conoco reported profits.", "The Dabiq magazine was banned.",
    "He applied for a K-1 visa.", "التقدم العسكري مستمر.", "زار مدينة سوسة التونسية.",
    "He visited the Tunisian city of Sousa.", "كان لكل طرف نصيب من المساعدات.",
    "Bashar al-Assad spoke on Monday.",
])
def test_round6_names_that_are_words_need_their_marker(text):
    """Age, a personal name, a company, a magazine, a visa, progress, a town abroad and a share
    are not places; a place named with another country's adjective is abroad."""
    assert facts(text)["places"] == []


# ------------------------------------------- round 6: dates from the round-5 set's errors

ROUND6_DATES = [
    ("ويأمل المسؤولون إنجاز الأعمال قبل نهاية العام.", "2015-07-14", ["2015"]),
    ("وقدمت الولايات المتحدة منذ مطلع العام 200 مليون دولار.", "2018-08-17", ["2018"]),
    ("Germany has provided aid since the start of the year.", "2017-09-22", ["2017"]),
    ("Families should return before the end of the year.", "2016-07-20", ["2016"]),
    ("The UN will report by the end of the month.", "2020-04-20", ["2020-04"]),
    ("وستغادر دفعة أخرى قبل نهاية العام المقبل.", "2024-09-28", ["2025"]),
    ("تواصلت المعارك حتى منتصف الشهر نفسه.", "2015-07-14", []),
    ("دخلت القوات المخيم في الحادي والعشرين من الشهر الماضي.", "2026-02-05", ["2026-01-21"]),
    ("دخلت القوات المخيم في 21 من الشهر الماضي.", "2026-02-05", ["2026-01-21"]),
    ("The forces entered the camp on the 21st of last month.", "2026-02-05", ["2026-01-21"]),
    ("The next meeting of ministers will take place in London in November.", "2016-07-20",
     ["2016-11"]),
    ("A further review of the facility is scheduled for October.", "2020-04-20", ["2020-10"]),
    ("The fund, which will expand, was launched in June.", "2020-08-20", ["2020-06"]),
    ("The mission will end by September 2025, under a plan announced by Baghdad on Friday.",
     "2024-09-30", ["2025-09", "2024-09-27"]),
    ("The talks will be held on Friday.", "2024-09-30", ["2024-10-04"]),
    ("سيعقد الاجتماع يوم الجمعة.", "2024-09-30", ["2024-10-04"]),
    ("Further announcements are expected in September.\n3. The next meeting will be in May.",
     "2016-07-20", ["2016-09", "2017-05"]),
    ("Talks resumed on Sept. 3 in Geneva.", "2020-04-20", ["2019-09-03"]),
]


@pytest.mark.parametrize(("text", "published", "values"), ROUND6_DATES,
                         ids=[c[0] for c in ROUND6_DATES])
def test_round6_date_forms(text, published, values):
    """The start or end of the year/month; a day of last/next month; a month in a future
    clause is the coming one; a past verb after 'will' dates a weekday in the past; a full
    month name with a full stop ends the sentence ('September.\\n3.' is no 3 September)."""
    assert [item["value"] for item in facts(text, published)["dates"]] == values


# ------------------------------------------- round 6: member counts from the round-5 set

ROUND6_COUNTS = [
    ("The announcement came ten years after the coalition was formed in September 2014 with 60 "
     "founding partners.", "2024-09-30", [(60, "2014-09")]),
    ("When it was founded in 2014 the coalition had 60 countries.", "2020-01-01",
     [(60, "2014-09")]),
    ("وتشير الوزارة إلى أن عدد أعضاء التحالف ارتفع إلى 87 دولة ومنظمة بعد انضمام جمهورية توغو "
     "في كانون الثاني/ يناير الماضي.", "2024-09-28", [(87, "2024-01")]),
    ("Coalition membership rose to 87 after Togo joined in January.", "2024-09-28",
     [(87, "2024-01")]),
    ("Coalition membership rose to 87 after a meeting in January.", "2024-09-28",
     [(87, "2024-09-28")]),
    ("وانضمت غينيا إلى التحالف لتصبح العضو الخامس والثمانين بعد أن انضمت إليه بنين في الشهر "
     "الماضي.", "2023-06-08", [(85, "2023-06")]),
]


@pytest.mark.parametrize(("text", "published", "counts"), ROUND6_COUNTS,
                         ids=[c[0][:60] for c in ROUND6_COUNTS])
def test_round6_member_counts(text, published, counts):
    """'founding partners' and 'the coalition had N' are totals; a total that rose after a
    country joined takes the joining's date, an ordinal after another's joining keeps its own."""
    assert [(c["count"], c["date"]) for c in facts(text, published)["member_counts"]] == counts


ROUND7_COUNTS = [
    ("The coalition was founded in 2014. Today it counts 90.", "2026-01-15", [(90, "2026-01-15")]),
    ("The coalition now numbers 87, officials said.", "2026-01-15", [(87, "2026-01-15")]),
    ("The coalition said it counts 90 percent of donors.", "2026-01-15", []),
    ("وبلغ عدد أعضاء التحالف 88 حتى اليوم، بحسب الخارجية.", "2026-01-15", [(88, "2026-01-15")]),
    ("وتأسس التحالف عام 2014. ويبلغ عدد أعضائه اليوم 89.", "2026-01-15", [(89, "2026-01-15")]),
    ("وقال الوزير إن عدد أعضائه 70 عند تأسيسه.", "2026-01-15", []),
    ("وبلغ عدد أعضاء التحالف 88 في المئة.", "2026-01-15", []),
    ("The coalition, which includes 65 countries, carried out strikes.", "2015-12-29",
     [(65, "2015-12-29")]),
    ("The coalition includes 20 Arab states.", "2015-12-29", []),
    ("The coalition's partners include 20 Arab states.", "2015-12-29", []),
    ("The Coalition grew from 60 members at its founding in September 2014 to 87 today.",
     "2024-02-14", [(60, "2014-09"), (87, "2024-02-14")]),
    ("The coalition has grown from 62 partners in 2014 to 86 now.", "2024-02-14",
     [(62, "2014"), (86, "2024-02-14")]),
    ("ارتفع عدد أعضاء التحالف من 60 عضواً عند تأسيسه في أيلول 2014 إلى 87 اليوم.", "2024-02-14",
     [(60, "2014-09"), (87, "2024-02-14")]),
    ("The coalition rose from 60 members to 80 percent approval.", "2024-02-14",
     [(60, "2024-02-14")]),
    ("أن الاتحاد القمري أصبح، يوم الاثنين الماضي، العضو السادس والسبعين في التحالف الدولي.",
     "2018-05-09", [(76, "2018-05-07")]),
    ("وأصبحت غانا، في آذار الماضي، العضو الرابع والثمانين في التحالف.", "2018-05-09",
     [(84, "2018-03")]),
    ("Ghana became, on Monday, the coalition's 84th member.", "2018-05-09", [(84, "2018-05-07")]),
    ("Ghana became, according to officials, the coalition's 84th member.", "2018-05-09",
     [(84, "2018-05")]),
    ("وأشاد الاجتماع بانضمام دولة جديدة إلى التحالف في أيلول الماضي بوصفها العضو الحادي "
     "والتسعين.", "2026-01-15", [(91, "2025-09")]),
]


@pytest.mark.parametrize(("text", "published", "counts"), ROUND7_COUNTS,
                         ids=[c[0][:60] for c in ROUND7_COUNTS])
def test_round7_member_counts(text, published, counts):
    """A number whose noun is left out after 'counts/numbers' or 'عدد أعضائه', or after the
    'from N members to' of a change; 'the coalition, which includes N countries' is a total;
    a date set off by commas inside an ordinal's clause is its date; 'وبانضمام' is joining."""
    assert [(c["count"], c["date"]) for c in facts(text, published)["member_counts"]] == counts


@pytest.mark.parametrize(("text", "published", "values"), [
    ("في العام الدراسي ٢٠١٨/٢٠١٩ عادت المدارس.", "2020-01-01", ["2018", "2019"]),
    ("In the 2021/22 financial year the UK gave more.", "2022-05-01", ["2021", "2022"]),
    ("Between 2014/2017 and later.", "2018-01-01", ["2014"]),
    ("(INA, 7/7/2022)", "2022-07-07", ["2022-07-07"]),
    ("استضافت الرياض الاجتماع في يونيو من العام الماضي.", "2024-10-15", ["2023-06"]),
    ("ويعقد الاجتماع في ١٢ آذار من العام المقبل.", "2024-10-15", ["2025-03-12"]),
    ("وصلت الدفعة في أيار من العام الجاري.", "2024-10-15", ["2024-05"]),
    ("Quarterly update, Q3 2025.", "2025-10-15", ["2025"]),
    ("Spending in H1 2024 rose.", "2024-10-15", ["2024"]),
])
def test_round8_date_forms(text, published, values):
    """A school or budget year written with a slash gives both years (only consecutive ones);
    a month 'من العام الماضي/المقبل/الجاري' is one date of that year; Q3 and H1 name a year."""
    assert [item["value"] for item in facts(text, published)["dates"]] == values


ROUND12_COUNTS = [
    ("Belgium joined the Global Coalition against Daesh at its founding in September 2014, when it "
     "numbered a little over 60 countries; the Coalition now counts 77 members.", "2018-06-21",
     [(60, "2014-09"), (77, "2018-06-21")]),
    ("The meeting in Brussels on Wednesday was attended by senior officials from 30 member states "
     "of the coalition.", "2018-06-21", []),
    # round 20: the meeting's day dates the count ('gathered on' is no other event)
    ("Foreign ministers of the 79-member Global Coalition gathered on Wednesday.", "2019-02-07",
     [(79, "2019-02-06")]),
    ("In September 2014, a little over sixty governments signed up to a coalition against the "
     "group.", "2026-02-03", [(60, "2014-09")]),
]


@pytest.mark.parametrize(("text", "published", "counts"), ROUND12_COUNTS,
                         ids=[c[0][:60] for c in ROUND12_COUNTS])
def test_round12_member_counts(text, published, counts):
    """'when it numbered N countries' dated by 'at its founding in September 2014' before it;
    officials from N member states are attendance (officials of the N members are not);
    'N governments signed up to a coalition'."""
    assert [(c["count"], c["date"]) for c in facts(text, published)["member_counts"]] == counts


def test_round12_since_a_bare_arabic_month_is_not_ahead():
    """'ومنذ كانون الثاني' published in December is this January, not next."""
    assert [d["value"] for d in facts("ومنذ كانون الثاني تقلص عدد المنظمات.",
                                      "2025-12-09")["dates"]] == ["2025-01"]


ROUND11_COUNTS = [
    ("ويعترف مسؤولون في التحالف الدولي، الذي انطلق في أيلول ٢٠١٤ بأكثر من ستين دولة ويضم اليوم ٧٩ "
     "عضواً، بأن المعركة لم تنته.", "2019-03-26", [(60, "2014-09"), (79, "2019-03-26")]),
    ("في سبتمبر ٢٠١٤ وُلد التحالف الدولي ضد داعش بنحو ستين دولة.", "2024-09-14",
     [(60, "2014-09")]),
    ("نناشد الدول التسعين الأعضاء في التحالف الدولي أن تتحمل مسؤوليتها.", "2026-03-10",
     [(90, "2026-03-10")]),
    ("وثمنت الوزارة دعم التحالف الدولي، الذي أصبح يضم ٨٥ دولة بعد انضمام عضو جديد في أيار "
     "الماضي، مؤكدة موقفها.", "2022-06-19", [(85, "2022-05")]),
    ("وانطلقت العمليات في ١٧ تشرين الأول ٢٠١٦ بدعم من التحالف الدولي المؤلف من ٦٩ دولة.",
     "2017-07-11", [(69, "2017-07-11")]),
    ("The Global Coalition was formed in September 2014 and now has 84 members.", "2021-12-03",
     [(84, "2021-12-03")]),
]


@pytest.mark.parametrize(("text", "published", "counts"), ROUND11_COUNTS,
                         ids=[c[0][:60] for c in ROUND11_COUNTS])
def test_round11_member_counts(text, published, counts):
    """A founding verb dates the count it introduces though 'today' follows for another count;
    'وُلد التحالف'; 'الدول التسعين الأعضاء'; a total a joining after it brought about; 'المؤلف من'
    describes the Coalition as it is; 'formed in 2014 and now has 84' stays current."""
    assert [(c["count"], c["date"]) for c in facts(text, published)["member_counts"]] == counts


ROUND10_COUNTS = [
    ("وأكد ممثلو التحالف، الذي استقبل عضوه التاسع والثمانين في كانون الثاني الماضي، موقفهم.",
     "2025-03-18", [(89, "2025-01")]),
    ("وطالب المسؤول التحالف الدولي، الذي انطلق بأكثر من ستين دولة في أيلول ٢٠١٤ ويضم اليوم ٨٧، "
     "بالتحرك.", "2024-01-25", [(60, "2014-09"), (87, "2024-01-25")]),
    ("بعد عام، اتسع هذا التحالف حتى بات يضم اليوم اثنتين وستين دولة.", "2015-09-24",
     [(62, "2015-09-24")]),
    ("Most delegations are also members of the 87-strong Global Coalition against Daesh.",
     "2024-05-28", [(87, "2024-05-28")]),
    ("The Global Coalition against Daesh, launched in September 2014 by a little more than 60 "
     "countries, now brings together eighty-six.", "2023-05-18",
     [(60, "2014-09"), (86, "2023-05-18")]),
    ("Ministers welcomed the Coalition's eighty-fourth member, admitted in March.", "2021-06-29",
     [(84, "2021-03")]),
    ("وشارك في الاجتماع ممثلو دول التحالف الدولي السبع والستين.", "2016-08-20",
     [(67, "2016-08-20")]),
    ("ويضم المخيم اليوم 60 ألف شخص قرب التحالف.", "2016-08-20", []),
    ("The coalition said the camp, now counts 300 detainees.", "2020-01-01", []),
]


@pytest.mark.parametrize(("text", "published", "counts"), ROUND10_COUNTS,
                         ids=[c[0][:60] for c in ROUND10_COUNTS])
def test_round10_member_counts(text, published, counts):
    """'استقبل عضوه', 'ويضم اليوم ٨٧' (the noun left out), feminine number words, 'N-strong',
    'launched ... by N countries', 'brings together N', a participle 'admitted in March', 'دول
    التحالف السبع والستين'; a camp's population is not a count."""
    assert [(c["count"], c["date"]) for c in facts(text, published)["member_counts"]] == counts


ROUND9_COUNTS = [
    # a welcome dates an ordinal, like a joining; a possessive 'بعضوه'
    ("وكان التحالف قد رحب في كانون الثاني الماضي بعضوه التاسع والثمانين.", "2025-03-06",
     [(89, "2025-01")]),
    ("The Coalition, which welcomed its eighty-third member in October, adapted its work.",
     "2020-12-03", [(83, "2020-10")]),
    ("ورحب المجتمعون بالعضو التاسع والثمانين في التحالف، الذي انضم في كانون الثاني الماضي.",
     "2025-03-20", [(89, "2025-01")]),
    # attendance is not the membership, unless all members are meant
    ("At the Coalition's Small Group meeting in February, 40 partners discussed the camp.",
     "2021-03-24", []),
    ("The coalition's 87 members discussed the camps at a meeting in Rome last month.",
     "2024-03-10", [(87, "2024-02")]),
    # 'up from a little more than 60 at its founding': the founding named earlier dates it
    ("Fourteen months after it was launched in September 2014, the Global Coalition has grown "
     "to sixty-five members, up from a little more than 60 at its founding.", "2015-11-19",
     [(65, "2015-11-19"), (60, "2014-09")]),
    # a Maghrebi month name
    ("وبذلك بات التحالف، الذي تأسس في شتنبر ٢٠١٤ بأكثر من ستين دولة، يضم ٨٥ عضواً.",
     "2022-05-12", [(60, "2014-09"), (85, "2022-05-12")]),
]


@pytest.mark.parametrize(("text", "published", "counts"), ROUND9_COUNTS,
                         ids=[c[0][:60] for c in ROUND9_COUNTS])
def test_round9_member_counts(text, published, counts):
    """A welcome dates an ordinal; attendance by some partners is not a count; a total 'at its
    founding' takes the founding date named before it; Maghrebi month names."""
    assert [(c["count"], c["date"]) for c in facts(text, published)["member_counts"]] == counts


@pytest.mark.parametrize(("text", "published", "values"), [
    ("It followed the Marrakesh meeting in May last year.", "2023-06-09", ["2022-05"]),
    ("At the Small Group meeting in February, 40 partners met.", "2021-03-24", ["2021-02"]),
    ("In February, 2021 was a hard year.", "2021-05-05", ["2021-02"]),
    ("Kobani, freed in January, remains rubble.", "2015-11-19", ["2015-01"]),
    ("The town was retaken in May.", "2017-03-01", ["2016-05"]),
    ("The meeting will take place in January.", "2015-11-19", ["2016-01"]),
    ("Teams will keep running until the end of September.", "2019-04-18", ["2019-09"]),
    ("The appeal was only 25 percent funded by the end of September.", "2024-10-10",
     ["2024-09"]),
    ("By the end of May it had received $18.4 million.", "2024-06-20", ["2024-05"]),
    ("Agencies need money through December, but had received little.", "2025-05-14",
     ["2025-12"]),
    ("A plan covering 2018 to 2027 was presented.", "2018-02-14", ["2018", "2027"]),
    ("The fighting of 2017 left ruins.", "2019-01-01", ["2017"]),
    ("وتبلغ كلفة المعتقل نحو ١٥ دولاراً في اليوم.", "2026-01-29", []),
    ("أعلنت الوزارة اليوم الخميس.", "2026-01-29", ["2026-01-29"]),
    ("وتأسس التحالف في شتنبر ٢٠١٤، واجتمع في يوليوز ٢٠٢٢.", "2022-08-01",
     ["2014-09", "2022-07"]),
])
def test_round9_date_forms(text, published, values):
    """'in May last year' is one date; a month after a past verb is the last one, after
    'until/through' the coming one, after 'by ... had' the last one; 'covering 2018 to 2027';
    'of 2017'; 'في اليوم' after a price is per day; Maghrebi month names."""
    assert [item["value"] for item in facts(text, published)["dates"]] == values


ROUND8_COUNTS = [
    # an ordinal whose joining is named in a relative clause right after it
    ("ورحب الوزراء بالعضو التاسع والثمانين في التحالف، الذي انضم في كانون الثاني الماضي.",
     "2025-03-20", [(89, "2025-01")]),
    ("The ministers welcomed Togo as the 87th member of the coalition, which joined on 3 "
     "January.", "2024-05-14", [(87, "2024-01-03")]),
    ("The ministers welcomed the 87th member of the coalition, which hosted them.",
     "2024-05-14", [(87, "2024-05")]),
    # a total that a joining brought about takes the joining's date across the comma
    ("ورحب المشاركون بانضمام بنين إلى التحالف في الثامن من أكتوبر الجاري، ليصبح عدد الأعضاء "
     "88 عضواً.", "2024-10-20", [(88, "2024-10-08")]),
    ("Benin joined the coalition on 8 October, bringing membership to 88.", "2024-10-20",
     [(88, "2024-10-08")]),
    # a founding with a floor written with ب: 'بأكثر من ستين دولة'
    ("يذكر أن التحالف تأسس في سبتمبر 2014 بأكثر من ستين دولة.", "2024-10-15",
     [(60, "2014-09")]),
    ("وتأسس التحالف عام 2014 بنحو 60 دولة.", "2024-10-15", [(60, "2014-09")]),
    # the start of a change: 'grown from more than 60 countries ... to 79', 'up from 89'
    ("The Coalition has grown from more than 60 countries at its founding in September 2014 "
     "to 79 members today.", "2019-05-14", [(60, "2014-09"), (79, "2019-05-14")]),
    ("The Coalition now numbers 90 countries and organisations, up from 89 when the ministers "
     "last met in Rome in 2025.", "2026-03-10", [(90, "2026-03-10"), (89, "2025")]),
    ("وارتفع عدد أعضاء التحالف من نحو 60 دولة عند تأسيسه عام 2014 إلى 87 عضواً اليوم.",
     "2024-03-10", [(60, "2014-09"), (87, "2024-03-10")]),
    ("The coalition now has 86 members, up from 40 percent approval.", "2024-03-10",
     [(86, "2024-03-10")]),
]


@pytest.mark.parametrize(("text", "published", "counts"), ROUND8_COUNTS,
                         ids=[c[0][:60] for c in ROUND8_COUNTS])
def test_round8_member_counts(text, published, counts):
    """Ordinals with 'ب'/'ل' and a relative joining clause after them, totals a joining brought
    about ('ليصبح عدد الأعضاء', 'bringing membership to'), founding floors with 'ب', and the
    first number of a change ('grown from more than 60 countries', 'up from 89')."""
    assert [(c["count"], c["date"]) for c in facts(text, published)["member_counts"]] == counts


@pytest.mark.parametrize(("text", "names"), [
    ("Residents were moved to Akhtarin in the Aleppo countryside.", ["Akhtarin", "Aleppo"]),
    ("Families fled toward Hit and Anah.", ["Hit", "Anah"]),
    ("He was near Hit yesterday.", ["Hit"]),
    ("The hit near the door was loud.", []),
    ("مع اشتداد المعارك حول هجين في ريف دير الزور.", ["Hajin", "Deir ez-Zor"]),
    ("عززت القوات انتشارها على الحدود قرب القائم.", ["al-Qaim"]),
    ("وقال إن البصيرة شرقي دير الزور تضررت.", ["Al-Busayrah", "Deir ez-Zor"]),
    ("وحذر من أن الوضع القائم غرب المدينة هش.", []),
    ("وحذر من أن الوضع القائم لا يزال هشاً.", []),
])
def test_round8_where_people_go_or_where_a_place_lies_marks_a_small_place(text, names):
    """'fled toward', 'near', 'قرب', 'حول', and 'in the X countryside', 'في ريف', 'شرقي X'
    after it mark a small or ambiguous town; 'غرب المدينة' (west of the city) does not."""
    assert [place["name_en"] for place in facts(text)["places"]] == names


@pytest.mark.parametrize(("gold", "predicted"), [
    ("Rukban refugee camp", "Rukban"),
    ("Rabia, Iraq", "Rabia"),
    ("Al-Malikiyah", "al-Malikiyah"),
    ("Tell Tamer", "Tal Tamr"),
])
def test_round8_place_identity_matches_spellings_of_one_place(gold, predicted):
    """The evaluator's identity option compares the place a name stands for: a Wikipedia title,
    a disambiguator or a descriptor do not make another place."""
    assert place_identity(gold) == place_identity(predicted)
    assert compare_field("places", [{"name_en": gold}], [{"name_en": predicted}],
                         identity=True) == (1, [], [])


def test_round8_place_identity_keeps_different_places_apart():
    """Two places stay two, and a name the gazetteer does not know is its folded spelling."""
    assert place_identity("Mosul") != place_identity("Raqqa")
    assert place_identity("Nowhere-on-Sea") == "nowhere on sea"
    assert compare_field("places", [{"name_en": "Mosul"}], [{"name_en": "Raqqa"}],
                         identity=True) == (0, ["mosul"], ["raqqa"])


@pytest.mark.parametrize(("text", "names"), [
    ("Families fled the Nineveh Plains and Mosul.", ["Mosul"]),
    ("Villages of the Khabur valley near Hasakah.", ["al-Hasakah"]),
    ("Fish died in Lake Habbaniyah and Habbaniyah Lake.", []),
    ("Nineveh province received aid.", ["Ninewa"]),
    ("وفر السكان من سهل نينوى إلى الموصل.", ["Mosul"]),
    ("ونفقت الأسماك في بحيرة الحبانية.", []),
    ("وتنشط الخلايا في صحراء الأنبار غرب الرمادي.", ["Anbar", "Ramadi"]),
    ("وزار المحافظ نينوى أمس.", ["Ninewa"]),
    ("Abadi visited troops in Habbaniyah on Sunday.", ["Habbaniyah"]),
    ("وزار رئيس الوزراء القوات في الحبانية.", ["Habbaniyah"]),
    ("وعادت الطائرات إلى قاعدة الحبانية.", ["Al-Taqaddum"]),
])
def test_round7_a_name_that_qualifies_a_landform_is_not_the_place(text, names):
    """Plains, valleys, lakes and rivers named after a place are not the place (a desert
    named after a governorate still is, as the dev gold counts it)."""
    assert [p["name_en"] for p in facts(text)["places"]] == names


ROUND7_DATES = [
    ("نداء أُطلق في يناير لدعم المخيم.", "2024-08-21", ["2024-01"]),
    ("خلال الفترة من مايو إلى يوليو غادرت القوافل.", "2024-08-21", ["2024-05", "2024-07"]),
    ("على أن يصدر التحديث التالي في منتصف أكتوبر.", "2024-08-21", ["2024-10"]),
    ("أطلق في كانون الثاني نداء.", "2024-08-21", ["2024-01"]),
    ("وقال إن مارس الجيش ضغطاً في آب.", "2024-08-21", []),
    ("Next update: April.", "2025-03-20", ["2025-04"]),
    ("Note: May be delayed.", "2025-03-20", []),
    ("Germany pledged €30m for 2024, the ministry said.", "2025-03-20", ["2024"]),
    ("The target for 2026 is $400 million.", "2025-03-20", ["2026"]),
    ("Aid for 2000 families arrived.", "2025-03-20", []),
    ("Tents for 2000 people.", "2025-03-20", []),
    ("Since summer 2014 the group held Mosul.", "2025-03-20", ["2014"]),
    ("منذ صيف ٢٠١٤ سيطر التنظيم على الموصل.", "2025-03-20", ["2014"]),
    # round 13: an English fiscal year straddles two calendar years, no date (blind sets 8, 9)
    ("It is paid in two instalments during the current fiscal year.", "2025-03-20", []),
    ("على دفعتين خلال السنة المالية الجارية.", "2025-03-20", ["2025"]),
    ("موروني، الأربعاء ٩ أيار/مايو ٢٠١٨", "2018-05-09", ["2018-05-09"]),
    ("يوم الثلاثاء ١٥ أيلول عقد الاجتماع.", "2018-09-20", ["2018-09-15"]),
    ("The talks ended on Wednesday, 9 May 2018.", "2018-05-09", ["2018-05-09"]),
    ("The ministers met on Monday and 7 May was a holiday.", "2018-05-09",
     ["2018-05-07", "2018-05-07"]),
    ("Situation update No. 7 — 20 March 2018", "2018-03-20", ["2018-03-20"]),
    ("تحديث ميداني رقم ١٩ – ٢١ أغسطس ٢٠١٧", "2017-08-21", ["2017-08-21"]),
    ("between 3 and 17 May", "2018-05-20", ["2018-05-03", "2018-05-17"]),
]


@pytest.mark.parametrize(("text", "published", "values"), ROUND7_DATES,
                         ids=[d[0][:60] for d in ROUND7_DATES])
def test_round7_date_forms(text, published, values):
    """A bare Arabic month after a preposition; a month as a label's value; 'for 2024' (not
    'for 2000 families'); a season with its year; the current Arabic fiscal year (not the English
    one, since round 13); a weekday next to
    its date is one date; a document number before a date line is not a day."""
    assert [d["value"] for d in facts(text, published)["dates"]] == values


# ---------------------------------------------------- round 13: rules from blind set 9's errors

ROUND13_COUNTS = [
    ("All 68 Coalition members are invited to a briefing in Erbil next month.", "2017-04-20",
     [(68, "2017-04-20")]),
    ("All 68 coalition partners attended.", "2017-04-20", [(68, "2017-04-20")]),
    ("إن دول التحالف الدولي ضد داعش، وعددها اليوم ٩٠ دولة، تتحمّل مسؤولية مباشرة.", "2026-02-26",
     [(90, "2026-02-26")]),
    ("ودول التحالف الدولي، وعددهم ٨٧ عضواً، مدعوون إلى الاجتماع.", "2024-09-10",
     [(87, "2024-09-10")]),
    ("وعددها ٩٠ دولة في الأمم المتحدة.", "2026-02-26", []),
]


@pytest.mark.parametrize(("text", "published", "counts"), ROUND13_COUNTS,
                         ids=[c[0][:60] for c in ROUND13_COUNTS])
def test_round13_member_counts(text, published, counts):
    """'All N Coalition members' (the Coalition between the number and its noun); 'وعددها N
    دولة' after the Coalition's states (not another organisation's)."""
    assert [(c["count"], c["date"]) for c in facts(text, published)["member_counts"]] == counts


@pytest.mark.parametrize(("text", "published", "values"), [
    ("فقد خسر التنظيم الموصل في تموز ٢٠١٧ والرقة في تشرين الأول من العام نفسه.", "2024-09-10",
     ["2017-07", "2017-10"]),
    ("ISIS lost Mosul in July 2017 and Raqqa in October of the same year.", "2024-09-10",
     ["2017-07", "2017-10"]),
    ("The group lost Raqqa in October.", "2024-09-10", ["2023-10"]),
    ("For the current financial year, £4.5 million has been allocated.", "2021-03-16", []),
])
def test_round13_date_forms(text, published, values):
    """A month 'of the same year' takes the year of the date written before it; after a past verb
    and its object's name ('lost Raqqa in October') a month is the latest before publication; an
    English financial year is no date."""
    assert [d["value"] for d in facts(text, published)["dates"]] == values


@pytest.mark.parametrize(("text", "names"), [
    ("Fighting around Ras al-Ayn and Tell Tamer pushed people east.", ["Ras al-Ayn",
                                                                        "Tell Tamer"]),
    ("وصلت فرق هندسية إلى مطار القيارة الغربي لتأهيله.", ["Qayyarah Airfield West"]),
])
def test_round13_places_by_their_own_names(text, names):
    """A town in the alias table is found by its own English and Arabic names, not only by the
    aliases listed for it; the Qayyarah airfield by its Arabic name."""
    assert [p["name_en"] for p in facts(text)["places"]] == names


# --------------------------------------------------- round 14: rules from blind set 10's errors

ROUND14_COUNTS = [
    # the Coalition's Small Group has members of its own
    ("The ministerial of the Small Group of the Global Coalition, which has 31 members, met.",
     "2019-09-26", []),
    ("جاء الإعلان خلال الاجتماع الوزاري للمجموعة المصغرة للتحالف الدولي لهزيمة داعش، التي تضم ٣١ "
     "عضواً.", "2019-09-26", []),
    # a date a participle ties to another event is not the count's
    ("The 85 members of the Coalition reaffirmed their determination to consolidate the defeat of "
     "Daesh achieved in March 2019.", "2022-05-11", [(85, "2022-05-11")]),
    ("وجددت الدول الخمس والثمانون الأعضاء في التحالف التزامها بالنصر الذي تحقق في آذار ٢٠١٩.",
     "2022-05-11", [(85, "2022-05-11")]),
    # 'الدول التسعون المنضوية في التحالف': the states affiliated with the Coalition
    ("وتتحمل الدول التسعون المنضوية في التحالف الدولي مسؤولية مشتركة.", "2026-01-28",
     [(90, "2026-01-28")]),
    ("The coalition's 90 members share responsibility.", "2026-01-28", [(90, "2026-01-28")]),
]


@pytest.mark.parametrize(("text", "published", "counts"), ROUND14_COUNTS,
                         ids=[c[0][:60] for c in ROUND14_COUNTS])
def test_round14_member_counts(text, published, counts):
    """The Small Group's members are not the Coalition's; a date tied by a participle to another
    event does not date the count; 'المنضوية في التحالف' after the states."""
    assert [(c["count"], c["date"]) for c in facts(text, published)["member_counts"]] == counts


@pytest.mark.parametrize(("text", "published", "values"), [
    ("Ministers condemned the January attack on the prison.", "2022-05-11", ["2022-01"]),
    ("ودان الوزراء هجوم كانون الثاني على السجن.", "2022-05-11", ["2022-01"]),
    ("He met the March of Dimes people.", "2022-05-11", []),
    ("The camps received only $1.9 million in the first two months of the year.", "2025-03-04",
     ["2025"]),
    ("وتلقت المخيمات ١٫٩ مليون دولار فقط في الشهرين الأولين من العام.", "2025-03-04", ["2025"]),
    ("في الأشهر الأخيرة من العام الماضي", "2025-03-04", ["2024"]),
    ("Shingal is remembered every August and forgotten the rest of the year.", "2018-10-04", []),
    ("We will spend it over the rest of the year.", "2018-10-04", ["2018"]),
    ("For this year and next we need about $400 million.", "2020-09-01", ["2020", "2021"]),
    ("نحتاج هذا العام والعام المقبل إلى ٤٠٠ مليون دولار.", "2020-09-01", ["2020", "2021"]),
])
def test_round14_date_forms(text, published, values):
    """A month naming an event ('the January attack', 'هجوم كانون الثاني'); the first or last
    months of the year; 'the rest of the year' after 'every' is habitual, no date; 'this year and
    next' is two dates."""
    assert [d["value"] for d in facts(text, published)["dates"]] == values


@pytest.mark.parametrize(("text", "names"), [
    ("من مراكز الاحتجاز في الحسكة، ولا سيما سجن الصناعة وسجن الشدادي.",
     ["al-Hasakah", "Ghwayran", "al-Shaddadi"]),
    ("Detainees held in al-Sina'a prison were moved.", ["Ghwayran"]),
    ("وتدور المعارك في ميادين القتال منذ سنوات.", []),
    ("وصلت القوات إلى مدينة الميادين.", ["al-Mayadin"]),
    ("Residents returned to Mayadin after its recapture.", ["al-Mayadin"]),
])
def test_round14_places(text, names):
    """The al-Sina'a prison is Ghwayran; a GeoNames spelling without the article beside the one
    with it ('ميادين' beside 'الميادين') is a common word (fields), not the town."""
    assert [p["name_en"] for p in facts(text)["places"]] == names


# --------------------------------------------------- round 15: rules from blind set 11's errors

@pytest.mark.parametrize(("text", "published", "values"), [
    ("لمواصلة التحويلات النقدية حتى آب/أغسطس، فيما تطلب المنظمة المزيد.", "2021-02-24",
     ["2021-08"]),
    ("to keep the cash transfers going until August.", "2021-02-24", ["2021-08"]),
    ("لتغطية الاحتياجات حتى نهاية أيلول/سبتمبر.", "2019-04-04", ["2019-09"]),
    ("لكنها لم تتلقَّ حتى نهاية آب/ أغسطس سوى ١١ مليون دولار.", "2020-09-10", ["2020-08"]),
    ("في مؤتمر دولي مرتقب مطلع العام الجديد.", "2017-12-12", ["2018"]),
    ("at an international conference early in the new year.", "2017-12-12", []),
    ("the EU's package, announced in Brussels in March, is slowly being contracted.",
     "2026-01-27", ["2025-03"]),
    ("الحزمة التي أُعلنت في بروكسل في آذار الماضي تتقدم ببطء.", "2026-01-27", ["2025-03"]),
])
def test_round15_date_forms(text, published, values):
    """'حتى' a month is the coming one, unless what had not happened by then ('لم ... حتى');
    'العام الجديد' is next year; a past participle and its place before 'in March' make the
    month past."""
    assert [d["value"] for d in facts(text, published)["dates"]] == values


@pytest.mark.parametrize(("text", "published", "counts"), [
    ("The Coalition welcomed Ghana as its 85th member. The 85 members reaffirmed their "
     "determination.", "2022-05-11", [(85, "2022-05"), (85, "2022-05-11")]),
    ("The EU met in Brussels. The 27 members agreed.", "2022-05-11", []),
    ("ورحب التحالف بانضمام غانا بوصفها العضو الخامس والثمانين. وجددت الدول الأعضاء الـ٨٥ "
     "عزمها.", "2022-05-11", [(85, "2022-05"), (85, "2022-05-11")]),
    ("اجتمع الاتحاد الأوروبي في بروكسل. ووافقت الدول الأعضاء الـ٢٧.", "2022-05-11", []),
])
def test_round15_member_counts(text, published, counts):
    """'The N members' refers back to the Coalition named before it in the paragraph (not to
    another organisation)."""
    assert [(c["count"], c["date"]) for c in facts(text, published)["member_counts"]] == counts


# --------------------------------------------------- round 16: rules from blind set 12's errors

ROUND16_COUNTS = [
    ("رغم أن الدول الـ٨٢ الأعضاء في التحالف الدولي ضد داعش تعهّدت مراراً بمعالجة الملف.",
     "2020-06-17", [(82, "2020-06-17")]),
    ("Yet the 82 member states of the coalition have pledged to deal with the issue.",
     "2020-06-17", [(82, "2020-06-17")]),
    ("The coalition President Obama began assembling in September now numbers 62 countries, "
     "U.S. officials say.", "2014-10-08", [(62, "2014-10-08")]),
    ("والتحالف الذي بدأ أوباما تشكيله في أيلول يضم الآن ٦٢ دولة، بحسب مسؤولين أمريكيين.",
     "2014-10-08", [(62, "2014-10-08")]),
    ("Here is how the year unfolded.\nNOVEMBER 14 — Coalition ministers meet again in Washington "
     "and welcome two newcomers, taking the roster to 81.", "2019-12-27", [(81, "2019-11-14")]),
    ("هكذا مرّ العام.\n١٤ تشرين الثاني — اجتمع وزراء التحالف مجدداً في واشنطن ورحبوا بعضوين "
     "جديدين ليرتفع عدد أعضائه إلى ٨١.", "2019-12-27", [(81, "2019-11-14")]),
    ("Foreign ministers of the 75-member Global Coalition against Daesh met in Kuwait on 13 "
     "February, on the margins of the conference.", "2018-02-15", [(75, "2018-02-13")]),
    ("واجتمع وزراء خارجية التحالف الدولي المؤلف من ٧٥ دولة في الكويت يوم ١٣ شباط على هامش "
     "المؤتمر.", "2018-02-15", [(75, "2018-02-13")]),
]


@pytest.mark.parametrize(("text", "published", "counts"), ROUND16_COUNTS,
                         ids=[c[0][:60] for c in ROUND16_COUNTS])
def test_round16_member_counts(text, published, counts):
    """'الدول الـN الأعضاء'; 'now numbers N countries' after a long subject; the roster taken to
    N; a timeline line's heading date dates its count; a meeting's day dates the count even in
    the week of publication."""
    assert [(c["count"], c["date"]) for c in facts(text, published)["member_counts"]] == counts


def test_round16_months_in_capitals_with_a_day_or_year():
    """A month in capitals is a date beside a day or a year (a timeline's 'OCTOBER 17 —'), not
    alone ('THEY MAY COME', 'in MARCH')."""
    values = [d["value"] for d in facts("OCTOBER 17 — Talks open. OCTOBER 2019 was hard. THEY "
                                        "MAY COME. In MARCH the war.", "2019-12-27")["dates"]]
    assert values == ["2019-10-17", "2019-10"]


# ---------------------------------------------------------------- round 19: dates and counts

TIMELINE = ("Here is how the year unfolded.\n"
            "JANUARY 16 — A bomber kills four people at a restaurant in Manbij.\n"
            "FEBRUARY 6 — Ministers from all 79 members of the Global Coalition gather in "
            "Washington.\n"
            "APRIL — The population of al-Hol camp passes 73,000.\n"
            "NOVEMBER 14 — Ministers meet again and welcome two newcomers, taking the roster to "
            "81.\n")


def test_round19_a_timelines_headings_are_on_or_before_publication():
    """A date that opens a line before a dash heads a timeline's entry, a record of what
    happened: in a year-end review published on 27 December, 'JANUARY 16 —' is this January,
    not the next; a month heading alone ('APRIL —') is a date, and the counts under the
    headings take their dates."""
    result = facts(TIMELINE, "2019-12-27")
    assert [(d["text"], d["value"]) for d in result["dates"]] == [
        ("JANUARY 16", "2019-01-16"), ("FEBRUARY 6", "2019-02-06"), ("APRIL", "2019-04"),
        ("NOVEMBER 14", "2019-11-14")]
    assert [(c["count"], c["date"]) for c in result["member_counts"]] == [
        (79, "2019-02-06"), (81, "2019-11-14")]


@pytest.mark.parametrize(("text", "value"), [
    ("On February 6 ministers gathered in Washington.", "2019-02-06"),
    ("On 6 February the ministers met in Washington.", "2019-02-06"),
    ("On February 6 ministers will gather in Washington.", "2020-02-06"),
    ("Ministers meet on February 6 in Washington.", "2020-02-06"),
    ("Gifts are matched until 31 January, the charity said.", "2020-01-31"),
    ("Questions should be lodged by 6 February, the committee decided.", "2020-02-06"),
    ("The May — Ministers", None),
    ("On February 6 the ministers agreed a plan.", "2019-02-06"),
    ("On February 6 a hundred ministers meet in Washington.", "2020-02-06"),
    ("On February 6 the ministers exceed their mandate.", "2020-02-06"),
])
def test_round19_a_day_told_in_the_past_tense_is_on_or_before_publication(text, value):
    """An English day without a year, in a sentence told in the past tense with no future word,
    deadline or modal, happened: it takes the latest such day on or before publication; else
    the nearest-year rule (a future date weighing double) stands."""
    dates = facts(text, "2019-12-27")["dates"]
    assert [d["value"] for d in dates] == ([value] if value else [])


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Since late 2014, when about 60 governments and organisations signed up, the coalition has "
     "expanded to 77 members.", "2018-08-22", [(60, "2014"), (77, "2018-08-22")]),
    ("In September 2014 the militants held a vast territory; by March 2019, when the last pocket "
     "at Baghuz fell, the coalition counted 79 members.", "2024-09-10", [(79, "2019-03")]),
    ("في أيلول ٢٠١٤ أعلن الرئيس عزمه تشكيل تحالف واسع، وبعد أيام فقط كانت نواته تضم قرابة ستين "
     "دولة. واليوم يضم التحالف ٨٧ عضواً.", "2024-09-10", [(60, "2014-09"), (87, "2024-09-10")]),
    ("In 2016 the coalition had 67 members.", "2023-06-08", [(67, "2016")]),
    ("The coalition was formed in 2014 and has 86 members.", "2023-06-08", [(86, "2023-06-08")]),
    ("In 2014 the coalition was formed; today it counts 86 members.", "2023-06-08",
     [(86, "2023-06-08")]),
])
def test_round19_a_total_told_in_the_past_takes_the_last_date_before_it(text, published,
                                                                       expected):
    """A total in the past tense with no date in its own clause is what the coalition was at the
    last date named before it in its sentence ('Since late 2014, when ...' names that time);
    a present total keeps the publication date."""
    assert [(c["count"], c["date"]) for c in facts(text, published)["member_counts"]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two years ago the coalition had 84 members; today it has 86.",
     [(84, "2022"), (86, "2024-03-15")]),
    ("Coalition membership, which stood at 62 in December 2014, has since risen to 86.",
     [(62, "2014-12"), (86, "2024-03-15")]),
    ("The coalition's membership rose from 62 in 2014 to 86 in 2023.",
     [(62, "2014"), (86, "2023")]),
    ("ارتفع عدد أعضاء التحالف من 62 دولة عام 2014 إلى 86 دولة عام 2023.",
     [(62, "2014"), (86, "2023")]),
    ("The coalition, 85 members strong at the time, met in Marrakesh in May 2022.",
     [(85, "2022-05")]),
    ("وكان التحالف، الذي ضم حينها 85 دولة، قد اجتمع في مراكش في أيار 2022.", [(85, "2022-05")]),
    ("A decade ago, about 60 countries joined the coalition.", [(60, "2014")]),
    ("The coalition had 60 members in 2014 and has since then grown to 86 members.",
     [(60, "2014"), (86, "2024-03-15")]),
])
def test_round19_counts_that_refer_back_and_counts_at_the_time(text, expected):
    """A total without a noun continues the count just named ('today it has 86', 'has since
    risen to 86', 'from 62 in 2014 to 86 in 2023'); a date right after a count and its noun is
    that count's; 'at the time' / 'حينها' ties a total to the meeting the sentence dates; 'Two
    years ago' and 'A decade ago' are dates."""
    result = facts(text, "2024-03-15")["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


@pytest.mark.parametrize("text", [
    "The coalition has 86 members. It has trained 20 battalions since 2015.",
    "The coalition has 86 members; its strikes rose to 40 percent of the total.",
    "The coalition has 86 members. Today it has 35 aircraft in the region.",
    "The coalition has 86 members.\n\nToday it has 40.",
])
def test_round19_a_number_after_a_count_is_not_always_a_count(text):
    """Only a bare number that ends its clause and follows a count in the same paragraph
    continues it; battalions, percentages, aircraft and a new paragraph do not."""
    assert [c["count"] for c in facts(text, "2024-03-15")["member_counts"]] == [86]


@pytest.mark.parametrize(("text", "value"), [
    ("Two years ago the coalition met in Washington.", "2022"),
    ("A decade ago the coalition was formed.", "2014"),
    ("Ten years ago this month, a little over 60 governments answered the call.", "2014-03"),
    ("Iraqi forces have fought street by street since October 17.", "2023-10-17"),
])
def test_round19_ago_at_a_sentence_start_and_since_a_day(text, value):
    """'Two years ago' opening a sentence, 'a decade ago', 'N years ago this month' (a month),
    and 'since October 17' (on or before publication) resolve."""
    assert facts(text, "2024-03-15")["dates"][0]["value"] == value


@pytest.mark.parametrize(("text", "name_en"), [
    ("Aid workers reached Hit on Monday after the fighting.", "Hit"),
    ("Convoys arrived in Anah at dawn.", "Anah"),
    ("ووصلوا إلى هيت يوم الاثنين بعد انتهاء المعارك.", "Hit"),
    ("وعادت العائلات إلى الميادين بعد انتهاء المعارك.", "al-Mayadin"),
    ("ونزح المدنيون نحو هجين.", "Hajin"),
])
def test_round19_where_people_arrived_marks_a_town_that_is_also_a_word(text, name_en):
    """'reached', 'arrived in', 'وصلوا/عاد/نزح ... إلى/نحو' mark a town whose name is also a
    word, as 'fled toward' and 'قرب' do."""
    assert [p["name_en"] for p in facts(text)["places"]] == [name_en]


@pytest.mark.parametrize("text", [
    "The talks reached an impasse in the hit parade of crises.",
    "وصل عدد الأعضاء إلى ستة وثمانين.",
    "وصلت الرسالة إلى حديثه عن المستقبل.",
])
def test_round19_arrival_words_alone_make_no_place(text):
    """An arrival word before a common word, a number or a lower-case 'hit' names no place; a
    bare 'وصلت' (a letter reached his talk) is no arrival of people."""
    assert facts(text)["places"] == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("ويرحّب المؤتمر بالتنسيق مع التحالف الدولي ضد داعش بأعضائه الأربعة والثمانين.",
     "2022-05-10", [(84, "2022-05-10")]),
    ("عقد وزراء خارجية التحالف الدولي يوم الثلاثاء اجتماعهم بمشاركة الأعضاء الأربعة والسبعين "
     "كافة، بعد أن انضمت الفلبين في كانون الثاني الماضي عضواً رابعاً وسبعين.", "2018-02-15",
     [(74, "2018-02-13"), (74, "2018-01")]),
    ("انضم إلى التحالف عضو جديد في كانون الثاني الماضي ليصبح السابع والثمانين.", "2024-09-28",
     [(87, "2024-01")]),
    ("بإسناد من طيران التحالف الدولي البالغ عدد أعضائه سبعاً وستين دولة.", "2016-09-23",
     [(67, "2016-09-23")]),
    ("Donors include members of the Global Coalition against Daesh, which now numbers "
     "eighty-three.", "2021-03-17", [(83, "2021-03-17")]),
    ("The 79 members of the Global Coalition, meeting in Washington on 6 February, committed "
     "to support.", "2019-04-11", [(79, "2019-02-06")]),
    ("Ministers from 26 members of the 66-nation coalition, meeting in Brussels last month, "
     "agreed.", "2016-03-03", [(66, "2016-03-03")]),
    ("ويناشد المجلس الدول الثمانين الأعضاء في التحالف الدولي تغطية الفجوة قبل نهاية العام.",
     "2019-08-20", [(80, "2019-08-20")]),
    ("The coalition's State Department fact sheet dated October 20 still listed 89 members. "
     "Syria is the first member whose territory the coalition struck.", "2025-11-12",
     [(89, "2025-10-20")]),
])
def test_round19_count_forms_of_blind_set_18(text, published, expected):
    """Cardinals in words with the article after 'أعضائه'/'الأعضاء', an ordinal in the
    accusative ('عضواً رابعاً وسبعين') or after 'ليصبح', 'سبعاً' as seven, 'which now numbers
    eighty-three'; a meeting the counted members held ('meeting in Washington on 6 February',
    'اجتماعهم' on a day of the publication week) dates the count, not one its ministers held;
    a deadline ('قبل نهاية العام') dates nothing; a number inside a date is no count, nor is
    'the first member'."""
    result = facts(text, published)["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("With Benin's accession in January, membership reached 87.", [(87, "2024-01")]),
    ("Since its creation in 2014 with 60 members, the coalition has grown to 87.",
     [(60, "2014-09"), (87, "2024-03-15")]),
    ("منذ تأسيسه عام 2014 بنحو 60 دولة، توسع التحالف إلى 87 عضواً.",
     [(60, "2014-09"), (87, "2024-03-15")]),
    ("The coalition, which counted 62 members at the end of 2014, today has 87.",
     [(62, "2014"), (87, "2024-03-15")]),
])
def test_round19_a_fronted_accession_a_founding_with_its_members_and_today_has(text, expected):
    """A fronted 'With X's accession in January' dates the total after it; 'creation in 2014
    with 60 members' dates the 60 only; 'today has 87' continues a count named before it."""
    result = facts(text, "2024-03-15")["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


# ---------------------------------------------------------------- round 20

@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The Coalition Benin joins looks very different from the one launched in 2014 with roughly "
     "60 members.", "2024-02-07", [(60, "2014-09")]),
    ("The coalition began as a group of some 60 states in September 2014.", "2025-11-13",
     [(60, "2014-09")]),
    ("وأشار البيان إلى أن التحالف الذي أطلقته نحو ستين دولة قبل قرابة تسع سنوات بات أوسع تحالف.",
     "2023-06-10", [(60, "2014-09")]),
    ("كان العراق من أوائل المنضمين إلى التحالف عند تأسيسه في أيلول ٢٠١٤، حين لم يكن عدد أعضائه "
     "يتجاوز الستين، أما اليوم فيضم ٨٤ عضواً.", "2021-06-09", [(60, "2014-09"), (84, "2021-06-09")]),
    ("Fourteen months after it was launched in September 2014, the Global Coalition has grown "
     "to sixty-five members.", "2015-11-19", [(65, "2015-11-19")]),
    ("وطالب التحالف الدولي، الذي انطلق بأكثر من ستين دولة في أيلول ٢٠١٤ ويضم اليوم ٨٧، بالضغط.",
     "2024-01-25", [(60, "2014-09"), (87, "2024-01-25")]),
    ("As one of the founding members of the Global Coalition, which now counts eighty-five "
     "members, the Netherlands took part.", "2023-03-22", [(85, "2023-03-22")]),
    ("وانطلقت عمليات قادمون يا نينوى في ١٧ تشرين الأول ٢٠١٦ بدعم من التحالف الدولي المؤلف من ٦٩ "
     "دولة.", "2017-07-11", [(69, "2017-07-11")]),
])
def test_round20_a_count_at_the_founding_is_dated_the_founding_month(text, published, expected):
    """A count the founding introduces ('launched in 2014 with', 'began as a group of', 'أطلقته
    نحو ستين دولة', 'عند تأسيسه ... الستين') is dated September 2014 whatever date the text
    gives; not a count the present reaches ('has grown to', 'ويضم اليوم'), nor a 'founding
    member', nor a count after the launch of something the coalition backs."""
    result = facts(text, published)["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("When UNDP opened the facility in June 2015, it hoped to raise $50 million. The Coalition "
     "had 62 members at the time.", "2026-03-18", [(62, "2015-06")]),
    ("ويذكّر دبلوماسيون بأن التحالف كان يضم ٧٩ دولة في الاجتماع السابق بواشنطن في السادس من "
     "فبراير الماضي.", "2019-11-15", [(79, "2019-02-06")]),
    ("The coalition, now 87 strong, met in Rome.", "2024-08-05", [(87, "2024-08-05")]),
    ("Benin became the 74th in November, joining the coalition.", "2017-12-28", [(74, "2017-11")]),
    ("The coalition has changed. The 87-member body now focuses on Africa.", "2024-02-07",
     [(87, "2024-02-07")]),
    ("It was the 10th anniversary of the coalition.", "2024-09-10", []),
    ("قال ممثل عن التحالف الدولي المؤلف من ٧٣ شريكاً إن وفداً من ١٢ دولة عضواً زار المدينة.",
     "2017-09-26", [(73, "2017-09-26")]),
])
def test_round20_at_the_time_a_date_after_strength_ordinals_and_delegations(text, published,
                                                                            expected):
    """'at the time' with no date in its sentence takes the previous sentence's; a past total
    takes a date just after it in its clause; 'now 87 strong', 'became the 74th', 'the
    87-member body' are counts; an anniversary is no ordinal; a delegation of 12 is no count."""
    result = facts(text, published)["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


@pytest.mark.parametrize(("text", "value"), [
    ("في السادس من فبراير الماضي", "2019-02-06"),
    ("في ٢٠ كانون الأول الماضي", "2018-12-20"),
    ("في ٦ شباط المقبل", "2020-02-06"),
])
def test_round20_a_day_of_last_or_next_month_name(text, value):
    """'السادس من فبراير الماضي' (published in November 2019) is the last 6 February before
    publication, not the nearest one (2020); 'المقبل' is the coming one."""
    assert [d["value"] for d in facts(text, "2019-11-15")["dates"]] == [value]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("By the count given in Tuesday's session the Coalition has 74 members, up from a little "
     "over 60 when it was formed in September 2014.", "2018-02-14",
     [(74, "2018-02-14"), (60, "2014-09")]),
    ("وأكد الوزير أن المغرب كان من بين الدول الستين التي أطلقت التحالف في خريف ٢٠١٤.",
     "2022-05-12", [(60, "2014-09")]),
    ("The coalition had 86 members when it launched a new campaign in Africa.", "2022-05-12",
     [(86, "2022-05-12")]),
    ("The Coalition had 84 members when its foreign ministers gathered in Marrakesh on 11 May.",
     "2022-12-08", [(84, "2022-05-11")]),
    ("وتقود المملكة كذلك التحالف الإسلامي العسكري لمحاربة الإرهاب الذي يضم ٤١ دولة.",
     "2018-08-18", []),
    ("The Islamic Military Counter Terrorism Coalition has 41 members.", "2018-08-18", []),
    ("The Counter-ISIS Finance Group, which brings together around 45 Coalition members and "
     "observers, continues to meet.", "2020-10-13", []),
    ("The Global Coalition against Daesh has 83 members, of which 78 are countries.",
     "2020-10-13", [(83, "2020-10-13")]),
    ("وكان رؤساء أركان ٢٢ دولة من أعضاء التحالف قد اجتمعوا يوم الثلاثاء الماضي.", "2014-10-16",
     []),
    ("أعلنت الخارجية انضمام سوريا إلى التحالف الدولي، لتصبح العضو التسعين فيه.", "2025-11-11",
     [(90, "2025-11")]),
])
def test_round20_founding_after_other_coalitions_attendance_and_an_ordinals_month(
        text, published, expected):
    """A founding told after the count ('when it was formed', 'التي أطلقت التحالف') dates it
    September 2014, not a campaign the coalition launched; a meeting ('gathered in Marrakesh on
    11 May') dates a past total; the Saudi-led Islamic military coalition, the Counter-ISIS
    Finance Group, a part ('of which 78') and chiefs of staff who met are not the membership; an
    ordinal with no joining date named takes the publication's month."""
    result = facts(text, published)["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("How many members are there? The Coalition's own website lists 90, while a U.S. fact sheet "
     "circulated in January still gave 89.", "2026-02-25", [(90, "2026-02-25"), (89, "2026-01")]),
    ("The coalition kept growing: by July 2017 the count stood at 69.", "2024-09-28",
     [(69, "2017-07")]),
    ("The coalition's list named 20 officials.", "2019-09-10", []),
    ("The coalition death toll count stood at 45 people.", "2019-09-10", []),
    ("Ghana has become the 86th member of the Global Coalition to Defeat ISIS after its "
     "accession was formalised last month.", "2022-12-08", [(86, "2022-11")]),
    ("ويرى المجلس أن التحالف الدولي بدوله الثلاث والسبعين مطالب بالمزيد.", "2017-10-26",
     [(73, "2017-10-26")]),
    ("Norway will give more, the Minister announced at the ministerial meeting of the Global "
     "Coalition in Washington yesterday. Ministers from all 68 Coalition members took part.",
     "2017-03-23", [(68, "2017-03-22")]),
    ("اختتم الوزراء اجتماعهم في ذكرى تأسيس التحالف في أيلول 2014 بمشاركة نحو 60 دولة.\nوأصبح "
     "عدد أعضاء التحالف 87 دولة، فيما شاركت في الاجتماع وفود 64 دولة.", "2024-10-04",
     [(60, "2014-09"), (87, "2024-10-04")]),
])
def test_round20_lists_the_count_stood_at_accession_after_and_members_who_took_part(
        text, published, expected):
    """A website or fact sheet that 'lists' or 'gave' N, 'the count stood at N' (not a count of
    people or officials), an ordinal dated by the accession after it, 'بدوله الثلاث والسبعين',
    and members who 'took part' in the meeting the sentence before dated (not when others,
    delegations, took part)."""
    result = facts(text, published)["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


@pytest.mark.parametrize(("text", "names"), [
    ("Troops entered Jarablus and Afrin.", ["Jarabulus", "Afrin, Syria"]),
    ("دخلت القوات جرابلس وعفرين", ["Jarabulus", "Afrin, Syria"]),
    ("They crossed Bab al-Hawa into Idlib.", ["Bab al-Hawa Border Crossing", "Idlib"]),
    ("Returns to Al-Alam began.", ["Al-Alam, Iraq"]),
])
def test_round20_places_take_their_wikipedia_titles(text, names):
    """Where our alias table named a town differently from its English Wikipedia title (the
    blind sets' convention), the title is used: Jarabulus, 'Afrin, Syria', 'Bab al-Hawa Border
    Crossing', 'Al-Alam, Iraq'."""
    assert [p["name_en"] for p in facts(text, "2015-05-01")["places"]] == names


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The meeting welcomed the Coalition's 85th member, a West African state that signed up in "
     "April, and the new envoy.", "2022-05-12", [(85, "2022-04")]),
    ("COL. HARLAND: The coalition is growing. We're 65 nations now, and a sixty-sixth is "
     "expected.", "2016-01-20", [(65, "2016-01-20")]),
    ("We are 20 countries in the donor group.", "2016-01-20", []),
    ("The EU met. We are 27 countries.", "2016-01-20", []),
])
def test_round20_an_appositive_before_the_joining_and_a_spokesmans_we_are(
        text, published, expected):
    """An appositive may stand between an ordinal and its joining ('85th member, a West African
    state that signed up in April'); a spokesman's 'We're 65 nations now' counts when the
    coalition is the last body named."""
    result = facts(text, published)["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Both are members of the Coalition's Stabilisation Working Group, which brings together "
     "donors from the 66-member Global Coalition against Daesh.", "2016-06-16",
     [(66, "2016-06-16")]),
    ("ويؤكد المتحدث باسم التحالف أن العدد بلغ ٨٧ عضواً.", "2023-11-14", [(87, "2023-11-14")]),
])
def test_round20_a_working_group_is_no_other_body_and_a_reported_total_is_current(
        text, published, expected):
    """A working group of the coalition's donors does not make the '66-member Global Coalition'
    another body's count; 'يؤكد ... أن العدد بلغ ٨٧' reports the present total."""
    result = facts(text, published)["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


def test_round20_the_sentence_before_is_found_across_a_blank_line():
    """Members who 'took part' take the date of the meeting named in the sentence before, also
    when a blank line (a new paragraph) stands between them (one helper, shared with money)."""
    text = ("The Minister announced it at the ministerial meeting of the Global Coalition in "
            "Washington yesterday.\n\nMinisters from all 68 Coalition members took part.")
    result = facts(text, "2017-03-23")["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == [(68, "2017-03-22")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Foreign ministers of the 84-member Global Coalition, meeting in Rome on 28 June, backed "
     "the plan.", "2021-07-02", [(84, "2021-06-28")]),
    ("On Monday, foreign ministers of the 79-member coalition met in Washington.", "2019-02-08",
     [(79, "2019-02-04")]),
    ("On Tuesday, in a side meeting, the ministers of the Coalition, whose 75 members met for the "
     "first time since Mosul fell in July, spoke.", "2018-02-16", [(75, "2018-02-13")]),
    ("The ministerial was held in Paris on 4 June. Ministers of the 62 Coalition countries, "
     "gathered in Paris, agreed.", "2015-06-10", [(62, "2015-06-04")]),
    ("أكد وزراء خارجية دول التحالف الـ٨٦ المجتمعين في الرياض يوم الخميس التزامهم.", "2023-06-10",
     [(86, "2023-06-08")]),
    ("أكد وزراء خارجية دول التحالف الـ٨٦ التزامهم.", "2023-06-10", [(86, "2023-06-10")]),
    # the meeting as a noun: the members are described, not met
    ("وفي البيان الختامي للاجتماع الذي عقد في مراكش في 11 أيار، جدد ممثلو الدول الأعضاء الـ84 في "
     "التحالف التزامهم.", "2022-05-13", [(84, "2022-05-13")]),
    # the ministers of a part met: the count stays the publication's
    ("Ministers from 26 members of the 66-nation coalition, meeting in Brussels last month, "
     "agreed.", "2016-03-03", [(66, "2016-03-03")]),
    # present perfect: the count describes the coalition as it is
    ("It was the first time the 84-strong Coalition has met in Africa.", "2022-05-12",
     [(84, "2022-05-12")]),
])
def test_round21_a_count_of_the_members_who_met_takes_the_meetings_day(text, published,
                                                                      expected):
    """'Ministers of the N-member Coalition, meeting ... on DAY', 'On DAY, ministers of the
    N-member coalition met', 'whose N members met', and members 'gathered' at the meeting the
    sentence before named: the meeting's day dates the count, wherever its sentence names it
    (not a date opening a period, 'since ... July'); not when the ministers of a part met."""
    result = facts(text, published)["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Q: How big is the Coalition now?\nA: When I joined the team in 2016 we were 66. Today "
     "there are 81 of us.", "2019-11-20", [(66, "2016"), (81, "2019-11-20")]),
    ("س: كم عدد أعضاء التحالف اليوم؟\nج: حين وصلت إلى بغداد في ٢٠١٨ كنا أربعة وسبعين.",
     "2021-03-01", [(74, "2018")]),
    ("The coalition met. We were 20 minutes late.", "2019-11-20", []),
    ("The EU is united. There are 27 of us.", "2019-11-20", []),
    ("The coalition is proud. Today the tally stands at 71, officials say.", "2017-08-01",
     [(71, "2017-08-01")]),
    ("How many members does the Coalition have? A fact sheet dated 3 November puts the figure "
     "at 85.", "2022-11-22", [(85, "2022-11-03")]),
])
def test_round21_an_officials_we_were_and_a_documents_figure(text, published, expected):
    """'we were N', 'there are N of us', 'كنا أربعة وسبعين' count the Coalition when it is the
    last body named (also in the question the paragraph before), dated by their sentence; 'When
    I joined' is no founding; a document's figure refers back to the Coalition named before."""
    result = facts(text, published)["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The coalition has grown. When some 60 governments launched the coalition in September "
     "2014, few expected it to last.", "2025-11-12", [(60, "2014-09")]),
    ("The alliance is older than it looks. Some 60 countries had signed on by the time the "
     "coalition was formally launched.", "2024-09-28", [(60, "2014-09")]),
    ("Syria joined the Coalition this week.\nIt began as a group of some 60 states in September "
     "2014.", "2025-11-13", [(60, "2014-09")]),
    ("The Coalition approved Chad's request on 3 March, making the Republic its seventy-first "
     "member.", "2017-03-10", [(71, "2017-03-03")]),
    ("Togo's signature on Monday made it the 86th member of the Coalition.", "2022-10-14",
     [(86, "2022-10-10")]),
    ("وأعلن الرئيسان انضمام دولتين جديدتين أمس، ليرتفع عدد أعضاء التحالف إلى ٨٥ عضواً.",
     "2022-05-12", [(85, "2022-05-11")]),
    ("أكد المتحدث أن التحالف يضم ٨٧ عضواً بعد أن صارت غامبيا العضو السابع والثمانين في أيلول "
     "الماضي.", "2023-11-14", [(87, "2023-11-14"), (87, "2023-09")]),
    ("وحين بدأت العائلات تتدفق على المخيم مطلع ٢٠١٩ كان التحالف يضم ٧٩ دولة.", "2026-02-25",
     [(79, "2019")]),
])
def test_round21_founders_named_before_the_founding_and_joinings_in_other_words(
        text, published, expected):
    """Founding counts told before the founding ('60 governments launched the coalition', 'had
    signed on by the time the coalition was launched', 'It began as a group of 60' opening a
    paragraph after the Coalition was named); a joining by acceptance, signature or 'صارت';
    a joining yesterday dates the total it made; families named before the Coalition's verb do
    not make its count one of families."""
    result = facts(text, published)["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("HOST: How many countries are in the coalition now?\n\nENVOY: As we speak, sixty-four. The "
     "rest is detail.", "2015-06-01", [(64, "2015-06-01")]),
    ("المذيع: كم دولة في هذا التحالف اليوم؟\n\nالمستشار: ثمانٍ وثمانون، وكلها تقريباً شاركت.",
     "2024-10-03", [(88, "2024-10-03")]),
    ("■ كم أصبح عدد أعضاء التحالف؟\n- تسعون. والباقي تفاصيل.", "2026-03-04", [(90, "2026-03-04")]),
    # a question on another body's members is no question on the Coalition's
    ("Q: How many members does the EU have?\nA: Twenty-seven.", "2020-01-01", []),
    ("عقد الاجتماع الوزاري للتحالف الدولي في الكويت يوم الثلاثاء ١٣ شباط، وبحث فيه ممثلو الدول "
     "الأعضاء، البالغ عددها يومذاك ٧٤ دولة، ما بعد الهزيمة التي أعلنها العراق في ٩ كانون الأول.",
     "2018-02-15", [(74, "2018-02-13")]),
    ("Syria, whose accession in November took the Coalition from 89 to 90 members, now runs the "
     "camp.", "2026-01-27", [(90, "2025-11")]),
    ("The coalition grew from 62 members in December 2014 to 86 in June 2023.", "2024-01-01",
     [(62, "2014-12"), (86, "2023-06")]),
    ("في كانون الأول ٢٠١٤ كان التحالف يضم ٦٠ شريكاً. وبلغ عدد أعضائه ٦٨ في آذار ٢٠١٧، ثم ٧٩ مطلع "
     "٢٠١٩.", "2020-09-10", [(60, "2014-12"), (68, "2017-03"), (79, "2019")]),
    ("The Coalition has changed.\n\nMembership. A little over sixty governments signed up in "
     "September 2014. By the time ministers gathered in Kuwait in February 2018 the roster was "
     "74.", "2025-09-18", [(60, "2014-09"), (74, "2018-02")]),
    ("The coalition backs the Africa Focus Group. Twenty-one members have so far volunteered to "
     "take part in its work.", "2022-05-11", []),
    ("The Coalition met. It was launched in 2014 with around sixty.", "2022-05-11",
     [(60, "2014-09")]),
])
def test_round21_answers_that_day_one_moments_change_and_lists_over_time(text, published,
                                                                         expected):
    """An interview's answer that is the count alone, to a question on the Coalition's
    membership; 'البالغ عددها يومذاك' takes the day of the meeting before it, not another
    event's after it; a change at one moment ('from 89 to 90') names only the new total, dated
    by the accession; a list over time ('ثم ٧٩ مطلع ٢٠١٩'); founders who 'signed up in September
    2014'; 'the roster was 74'; a focus group's members; a founding count without its noun."""
    result = facts(text, published)["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The 90-member coalition last week described the operation as essential.", "2026-02-05",
     [(90, "2026-02-05")]),
    ("The 75-member coalition met in Kuwait on Tuesday.", "2018-02-16", [(75, "2018-02-13")]),
    ("The Global Coalition, which has 84 members, began in September 2014 with a little over 60.",
     "2022-01-27", [(84, "2022-01-27"), (60, "2014-09")]),
    ("واستضافت واشنطن أمس الخميس الاجتماع الوزاري للتحالف. ورحّب المجتمعون بانضمام عضوين جديدين، "
     "ليرتفع عدد أعضاء التحالف إلى ٨١ عضواً.", "2019-11-15", [(81, "2019-11-14")]),
])
def test_round21_a_descriptor_a_founding_with_a_floor_and_a_joining_at_the_meeting(
        text, published, expected):
    """An adjective count ('The 90-member coalition') is dated only by a meeting it held, not by
    'last week'; 'began in September 2014 with a little over 60' is the founding count; a
    joining the meeting's participants welcomed takes the meeting's day named the sentence
    before."""
    result = facts(text, published)["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("It opened in June last year and in September last year.", "2016-07-21",
     [("in June last year", "2015-06"), ("in September last year", "2015-09")]),
    ("The day before yesterday Amnesty spoke; yesterday it wrote.", "2026-02-05",
     [("The day before yesterday", "2026-02-03"), ("yesterday", "2026-02-04")]),
    ("وقال في بيان صدر أمس الأول إن الغارات تواصلت، وأعلن أمس منحة.", "2015-06-17",
     [("أمس الأول", "2015-06-15"), ("أمس", "2015-06-16")]),
    ("An adviser told L'Orient Today that the area is calm today.", "2024-05-29",
     [("today", "2024-05-29")]),
    ("فُقد أثرهم منذ ذلك اليوم.", "2023-08-15", []),
    ('"If it closes in July, no money will help," he said.', "2021-03-31",
     [("in July", "2021-07")]),
    ("If Iraq received the money in July, it was spent.", "2021-03-31", [("in July", "2020-07")]),
])
def test_round21_month_last_year_two_days_back_titles_that_day_and_if(text, published, expected):
    """'in June last year' is one date of last year (its window was cut after 'Jun' + 10
    characters); 'the day before yesterday' and 'أمس الأول' are two days back; 'L'Orient Today'
    is a title and 'منذ ذلك اليوم' is that day, not today; 'If it closes in July' is the coming
    July, unless a past verb follows 'if'."""
    result = facts(text, published)["dates"]
    assert [(d["text"], d["value"]) for d in result] == expected


@pytest.mark.parametrize(("text", "names"), [
    ("Women were taken from Roj near Derik and the town of ديرك.", ["Al-Malikiyah"]),
    ("قرب بلدة ديرك شمال شرق سوريا", ["Al-Malikiyah"]),
    ("The convoy crossed at Al-Yarubiyah into Iraq.", ["Al-Yaarubiyah"]),
    ("عبرت القافلة معبر تل كوجر (اليعربية) نحو العراق.", ["Al-Yaarubiyah"]),
])
def test_round21_places_derik_and_al_yaarubiyah(text, names):
    """'ديرك' is Al-Malikiyah; the Tal Kocher crossing takes its English Wikipedia title,
    Al-Yaarubiyah, in both languages."""
    assert sorted({p["name_en"] for p in facts(text, "2021-09-28")["places"]}) == names


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The Coalition met in Rome. When we met there last June we were eighty-three. Earlier this "
     "year a partner signed, so as of today we are eighty-five.", "2022-05-11",
     [(83, "2021-06"), (85, "2022-05-11")]),
    ("The coalition has grown. In Brussels in December 2014 we were sixty countries around a "
     "table. Today we are sixty-six, and growing.", "2016-07-20",
     [(60, "2014-12"), (66, "2016-07-20")]),
    ("Members of the Coalition keep asking. It is eighty-nine today.", "2025-10-21",
     [(89, "2025-10-21")]),
    ("المذيع: كم دولة في التحالف اليوم؟\nالضيف: أربع وثمانون دولة ومنظمة، إن لم تخنّي الذاكرة.",
     "2022-02-09", [(84, "2022-02-09")]),
    ("كان التحالف الدولي يضم ستين دولة في ٢٠١٤، واليوم صاروا خمساً وسبعين.", "2018-07-11",
     [(60, "2014"), (75, "2018-07-11")]),
    # another body's 'we'
    ("The EU spoke. We are twenty-seven countries.", "2020-01-01", []),
    ("The coalition met. It is 25 degrees today.", "2020-01-01", []),
])
def test_round21_counts_as_people_say_them(text, published, expected):
    """'we were eighty-three', 'as of today we are eighty-five', 'we were sixty countries
    around a table', 'It is eighty-nine today', an answer with its noun and a word or two
    ('أربع وثمانون دولة ومنظمة'), 'صاروا خمساً وسبعين': the Coalition's count when it is the last
    body named (within 1,200 characters for a speaker's 'we')."""
    result = facts(text, published)["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == expected


def test_round21_a_founding_count_far_from_any_membership_word():
    """'We launched last September with around sixty' opens on its own verb and runs past the
    40 characters an own-trigger window read, with no membership word near: it is read in a
    window of its own verb."""
    text = ("PRESENTER: How many countries are in this coalition now?\n\nENVOY: As we speak, "
            "sixty-two. We launched last September with around sixty. The rest came later.")
    result = facts(text, "2015-02-11")["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == [(62, "2015-02-11"), (60, "2014-09")]


def _fixture_texts() -> list[str]:
    """The folded body of every fixture article (read and unread sets alike: only the
    patterns' reach is compared, no result is scored)."""
    return [fold_text(split_header(path.read_text(encoding="utf-8"))[1]).text
            for path in sorted((ROOT / "tests" / "fixtures").glob("*/*.txt"))]


def test_windowed_date_patterns_find_what_a_full_scan_finds():
    """Each date pattern runs only in windows around its trigger words; on every fixture text
    the windows must find every match, whole, that a scan of the whole text finds (round 21:
    'in June last year' was cut after 'Jun' plus 10 characters to 'in June')."""
    from extraction import dates
    lost = []
    for text in _fixture_texts():
        triggers = dates._triggers(text)
        for name, pattern in dates._COMPILED:
            spans = triggers.get(dates._FAMILY[name]) or []
            windowed = {match.span() for match in dates._matches(
                pattern, text, dates._windows(name, text, spans))} if spans else set()
            lost += [(name, text[start:end]) for start, end in
                     {match.span() for match in pattern.finditer(text)} - windowed]
    assert lost == []


def test_windowed_count_patterns_find_what_a_full_scan_finds():
    """The same for the count patterns that run in windows (around the membership words, or
    around their own trigger words)."""
    from extraction import counts
    from extraction.dates import _matches
    from extraction.normalize import lowered
    from extraction.sentences import trigger_windows
    lost = []
    for text in _fixture_texts():
        low, _ = lowered(text)
        windows = trigger_windows(low, counts._TRIGGERS, counts._BEFORE, counts._AFTER)
        for _, name, pattern in counts._COMPILED:
            if name in counts._STARTS_WITH_NUMBER:
                continue  # tried at every number: no window
            if name in counts._OWN_TRIGGERS:
                own = [word for word in counts._OWN_TRIGGERS[name] if word in low]
                name_windows = trigger_windows(low, own, 40, counts._OWN_AFTER.get(name, 40))
            else:
                name_windows = windows
            windowed = {match.span() for match in _matches(pattern, text, name_windows)}
            lost += [(name, text[start:end]) for start, end in
                     {match.span() for match in pattern.finditer(text)} - windowed]
    assert lost == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("على أن يتوجه الوزير مساء غد /الثلاثاء/ إلى نيويورك.", "2014-09-15",
     [("غد /الثلاثاء", "2014-09-16")]),
    ("ومن المقرر أن يعود الوزير إلى عمّان مساء غد الجمعة.", "2017-03-23",
     [("غد الجمعة", "2017-03-24")]),
    ("Washington and Baghdad prepare to announce, possibly as early as Friday, the end.",
     "2024-09-26", [("Friday", "2024-09-27")]),
])
def test_round21_tomorrow_named_and_as_early_as(text, published, expected):
    """'مساء غد /الثلاثاء/' is tomorrow, the day named (it was read as last Tuesday);
    'possibly as early as Friday' is the coming Friday."""
    assert [(d["text"], d["value"]) for d in facts(text, published)["dates"]] == expected


def test_round21_a_period_since_a_year_does_not_date_a_count_and_a_sum_is_no_count():
    """'منذ ٢٠١٩' opens a period: it does not date 'بأعضائه التسعين' (a slice of five characters
    was compared with the four of 'منذ '); 'نحو ٢٠ مليون دولار' is an amount, never a count."""
    text = ("وأكدت أن الإدارة تلقت منذ ٢٠١٩ من دول التحالف الدولي بأعضائه التسعين نحو ٢٠ مليون "
            "دولار لإدارة المخيم.")
    result = facts(text, "2026-02-24")["member_counts"]
    assert [(c["count"], c["date"]) for c in result] == [(90, "2026-02-24")]
