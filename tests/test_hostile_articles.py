"""Hostile articles and fields (issue 9) -> a clear refusal or a correct result, store untouched."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extraction import MAX_TEXT_CHARS, TextTooLong, extract_facts
from ingest import flow
from ingest.messages import InputProblems
from ingest.store import Fact, Store
from loaders import load_all
from loaders.rules import BIDI_CONTROLS, text_issue, text_problem

ROOT = Path(__file__).resolve().parents[1]
DAY = dt.date(2023, 6, 8)
FIELDS = {"publisher": "Test Wire", "title": "Hostile input", "url": "", "published": DAY,
          "language": None, "today": DAY}
TABLES = ("sources", "pledges", "member_counts")
KB100 = 100_000


@pytest.fixture(scope="module")
def data():
    """The shipped dataset, loaded once for the module."""
    return load_all()


@pytest.fixture(autouse=True)
def store(tmp_path):
    """A store holding one earlier save; after every test it must be exactly as it was."""
    store = Store(tmp_path / "local" / "ingest.sqlite")
    first = flow.read_article("Norway pledged $25 million for Syria.", None, **FIELDS)
    store.save(first, [Fact("pledges", PLEDGE, 15, 26)])
    before = snapshot(store)
    yield store
    assert snapshot(store) == before


PLEDGE = {"date": "2023-06-08", "date_precision": "day", "event": "Riyadh ministerial",
          "donor": "Norway", "donor_iso3": "NOR", "recipient": "Syria", "channel": "",
          "amount_usd": "25000000", "amount_original": "25000000", "currency": "USD",
          "converted": "false", "status": "pledge", "qualifier": "exact", "series": "",
          "period": "", "also_sources": "", "notes": "earlier save"}


def snapshot(store: Store) -> dict:
    """Every save and every active row of the store, as plain values."""
    rows = {table: store.active_rows(table).to_dict("records") for table in TABLES}
    return {"saves": store.saves().to_dict("records"), **rows}


def problems_of(text, upload=None, **fields) -> list[tuple[str, dict]]:
    """The problems read_article raises for the input (the test fails if it raises none)."""
    with pytest.raises(InputProblems) as err:
        flow.read_article(text, upload, **(FIELDS | fields))
    return err.value.problems


def found(text: str, data, **fields) -> flow.Found:
    """An article read and run through the extractor and the candidates builder."""
    return flow.find(flow.read_article(text, None, **(FIELDS | fields)), data)


def save_all(store, result: flow.Found, data, table=None) -> list[str]:
    """Try to save every offered row as the page would; the keys of the refusal."""
    table = (result.table if table is None else table).assign(accept=True)
    with pytest.raises(InputProblems) as err:
        flow.save_accepted(store, result, table, data)
    return [key for key, _ in err.value.problems]


def notes(result: flow.Found, lang: str = "en") -> list[str]:
    """The notes on the article in the page language."""
    return InputProblems(list(result.article.notes)).messages(lang)


def amounts(result: flow.Found) -> list[float]:
    return result.table.loc[result.table["table"] == "pledges", "amount_usd"].tolist()


def repeated(unit: str, size: int = KB100) -> str:
    """`unit` repeated to `size` bytes of UTF-8 (within the paste limit)."""
    return unit * (size // len(unit.encode("utf-8")))


# --- bounded work: 100 KB of hostile text answers under a generous timeout -----------------

@pytest.mark.timeout(20)
@pytest.mark.parametrize("unit", ["$", "9", "1,", " .", ".,;:!?-", "$9 ", "$1, ", "-$",
                                  "Monday ", "coalition of 85 countries ", "1 March 2023 ",
                                  "مليون مليار ألف ", "٩", "يوم الاثنين ", "85 دولة ", "، ؛"],
                         ids=lambda unit: unit.encode("unicode_escape").decode()[:24])
def test_hundred_kb_of_one_pattern_is_answered(unit, data, store):
    """A 100 KB run of digits, '$', '1,', punctuation or Arabic scale words ends in time."""
    facts = extract_facts(repeated(unit), DAY)
    assert all(0 < item["amount_usd"] < float("inf") for item in facts["money"])
    json.dumps(facts, allow_nan=False)
    try:
        result = found(repeated(unit), data)
    except InputProblems as err:  # more rows than one article can hold ('$9 ' x 33,000)
        assert [key for key, _ in err.problems] == ["ingest.err.too_many_facts"]
    else:
        assert len(result.table) == len(facts["money"]) + len(facts["member_counts"])


@pytest.mark.timeout(20)
def test_many_amounts_build_candidates_in_time(data, store):
    """'$5 million and ' x 40 KB (quadratic in the old builder) gives one row per amount."""
    result = found(repeated("$5 million and ", 40_000), data)
    assert amounts(result) == [5e6] * (40_000 // 15)


@pytest.mark.timeout(20)
def test_arabic_amounts_build_candidates_in_time(data, store):
    """'تعهدت ... 5 ملايين دولار' repeated to 100 KB gives pledges of $5 million, in time."""
    result = found(repeated("تعهدت السعودية بتقديم 5 ملايين دولار للعراق "), data)
    assert set(amounts(result)) == {5e6}
    assert set(result.table["status"]) == {"pledge"}


def test_too_many_amounts_are_refused_naming_the_limit(data, store):
    """'$9 ' x 33,000 is not one article: refused with the count and the limit."""
    with pytest.raises(InputProblems) as err:
        found(repeated("$9 "), data)
    assert err.value.messages("en")[0].startswith("The text holds 33333 amounts")
    assert "5000" in err.value.messages("ar")[0]


@pytest.mark.timeout(20)
def test_only_spaces_is_refused_as_empty(store):
    """100 KB of spaces and line ends is an empty article."""
    assert [key for key, _ in problems_of(repeated(" \n\t"))] == ["ingest.err.empty"]


@pytest.mark.timeout(20)
@pytest.mark.parametrize("markup", [
    "<div>" * 100_000 + "Iraq received $5 million." + "</div>" * 100_000,
    "<p " + 'data-x="1" ' * 150_000 + ">Iraq received $5 million.</p>",
    "<p>Iraq received $5 million.</p>" + "<p" * 90_000,
    "<p>Iraq received $5 million.</p>" + "<svg>" * 100_000 + "</object>" * 100_000,
    "<p>Iraq received $5 million.</p>" + "<?" * 90_000 + "<!--" + "<p>" * 500_000,
], ids=["nested", "attributes", "open_tags", "skipped_piles", "stray_marks"])
def test_hostile_html_upload_is_cleaned_in_time(markup, data, store):
    """Deep nesting, 150,000 attributes, '<p<p<p...' or '<svg>' piles reduce to the text."""
    article = flow.read_article("", ("page.html", markup.encode()), **FIELDS)
    assert article.text.startswith("Iraq received $5 million.")
    assert amounts(flow.find(article, data)) == [5e6]


def test_oversize_paste_is_refused_naming_the_limit(store):
    """A 2.5 MB paste is refused before its markup is parsed, the limit in the message."""
    problems = problems_of("<p>" + "x" * 2_500_000)
    assert [key for key, _ in problems] == ["ingest.err.paste_size"]
    assert "2000 KB" in InputProblems(problems).messages("en")[0]
    assert "2000 كيلوبايت" in InputProblems(problems).messages("ar")[0]


def test_oversize_upload_is_refused_naming_the_limit(store):
    """A 3 MB upload is refused from its size."""
    problems = problems_of("", ("big.txt", b"$" * 3_000_000))
    assert problems[0] == ("ingest.err.file_size", {"name": "big.txt", "size": 3000,
                                                   "limit": 2000})


def test_text_over_the_text_limit_is_refused(store):
    """300 KB of Arabic text (after markup) is over the 200 KB limit for article text."""
    problems = problems_of(repeated("مليار ", 300_000))
    assert problems[0][0] == "ingest.err.too_long" and problems[0][1]["limit"] == 200


def test_extractor_refuses_oversize_text():
    """extract_facts refuses text over its limit before any pattern runs."""
    with pytest.raises(TextTooLong, match="200,000 characters"):
        extract_facts("$" * (MAX_TEXT_CHARS + 1), DAY)


@pytest.mark.timeout(60)
def test_cli_refuses_a_5_mb_file_by_its_size(tmp_path):
    """python -m loaders.extract refuses a 5 MB file with one line naming the limit."""
    path = tmp_path / "big.txt"
    path.write_bytes(b"$" * 5_000_000)
    run = subprocess.run([sys.executable, "-m", "loaders.extract", str(path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and run.stdout == ""
    assert "over the 800 KB limit" in run.stderr


@pytest.mark.timeout(60)
def test_cli_prints_standard_json_for_400_nines(tmp_path):
    """400 nines after '$' give no Infinity in the CLI output, and the refusal is listed."""
    path = tmp_path / "nines.txt"
    path.write_text("published: 2023-06-08\n\nIraq received $" + "9" * 400 + ".\n")
    run = subprocess.run([sys.executable, "-m", "loaders.extract", str(path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and "Infinity" not in run.stdout
    result = json.loads(run.stdout, parse_constant=pytest.fail)
    assert result["money"] == [] and result["refused"][0]["reason"] == "not_finite"


# --- correct or refused, never silently wrong --------------------------------------------

@pytest.mark.parametrize(("text", "reason"), [
    ("Iraq's budget shows -$5 million for stabilisation.", "negative"),
    ("The fund ended the year at minus $3 million.", "negative"),
    ("سجل الصندوق ناقص 3 ملايين دولار في العراق.", "negative"),
    ("Iraq received $" + "9" * 400 + " in pledges.", "not_finite"),
    ("تلقى العراق " + "٩" * 400 + " دولار.", "not_finite"),
], ids=["dash", "minus", "naqis", "nines", "arabic_nines"])
def test_negative_or_infinite_amount_is_not_offered(text, reason, data, store):
    """A negative or infinite amount is no candidate row; a note says why; nothing saves."""
    result = found(text, data)
    assert amounts(result) == []
    refused = result.facts["refused"][0]
    assert result.article.text[refused["start"]:refused["end"]] == refused["text"]
    assert (f"ingest.note.refused_{reason}", {"text": refused["text"][:80]}) in (
        result.article.notes)
    assert save_all(store, result, data) == ["ingest.err.none_accepted"]


def test_minus_amount_note_reads_in_english_and_arabic(data, store):
    """The note for 'minus $3 million' names the amount in both languages."""
    result = found("The fund ended the year at minus $3 million.", data)
    assert "“$3 million” is a negative amount" in notes(result)[0]
    assert "«$3 million» مبلغ سالب" in notes(result, "ar")[0].replace("\u2068", "").replace(
        "\u2069", "")


def test_range_with_a_hyphen_is_not_negative(data, store):
    """'$3-$5 million' is a range, not minus five: one row at its lower bound, a floor (issue
    13: it used to give two amounts, $3 and $5 million)."""
    result = found("Norway pledged $3-$5 million for Iraq.", data)
    assert amounts(result) == [3e6]
    assert result.table["qualifier"].tolist() == ["more_than"]
    assert result.facts["refused"] == []


@pytest.mark.parametrize("text", ["Iraq was pledged $999999999999999999 trillion.",
                                  "تعهدت الدول بتقديم 5000 مليار دولار لسوريا."])
def test_amount_over_the_ceiling_is_refused_with_a_reason(text, data, store):
    """An amount over $1 trillion is not offered; the note states the ceiling."""
    result = found(text, data)
    assert amounts(result) == []
    assert "over $1,000 billion" in notes(result)[0]
    assert "1,000 مليار دولار" in notes(result, "ar")[0]


@pytest.mark.parametrize(("text", "matched"), [
    ("Norway pledged $5 million for Syria on 31 February 2023.", "31 February 2023"),
    ("تعهدت النرويج بتقديم 5 ملايين دولار لسوريا في 31 شباط 2023.", "31 شباط 2023"),
    ("Norway pledged $5 million for Syria on 2023-02-31.", "2023-02-31"),
])
def test_impossible_date_is_not_turned_into_a_month(text, matched, data, store):
    """'31 February 2023' is no date (not February 2023): the row keeps publication day."""
    result = found(text, data)
    assert result.facts["dates"] == []
    assert ("ingest.note.refused_impossible_date", {"text": matched}) in result.article.notes
    assert result.table["date"].tolist() == ["2023-06-08"]


@pytest.mark.parametrize(("text", "matched"), [
    ("Norway pledged $5 million for Syria on 1 March 99999.", "1 March 99999"),
    ("تعهدت النرويج بتقديم 5 ملايين دولار لسوريا في 1 آذار 99999.", "1 آذار 99999"),
    ("Norway pledged $5 million for Syria on 1 March 1850.", "1 March 1850"),
    ("Norway will pay $5 million to Syria on 1 March 2031.", "1 March 2031"),
])
def test_year_out_of_range_is_not_replaced(text, matched, data, store):
    """A five-digit year, a year before 1900 or a day years ahead is refused, not re-dated."""
    result = found(text, data)
    assert result.facts["dates"] == []
    assert ("ingest.note.refused_year_out_of_range", {"text": matched}) in result.article.notes


@pytest.mark.parametrize(("column", "value", "key"), [
    ("amount_usd", float("inf"), "ingest.err.row_amount"),
    ("amount_usd", float("nan"), "ingest.err.row_amount"),
    ("amount_usd", 5e12, "ingest.err.row_amount_ceiling"),
    ("amount_usd", "1e400", "ingest.err.row_amount"),
])
def test_edited_amount_must_be_finite_and_plausible(column, value, key, data, store):
    """Infinity, NaN or $500 billion typed into a row is refused by save, naming the field."""
    result = found("Norway pledged $25 million for Syria.", data)
    table = result.table.astype({column: object})
    table.loc[1, [column, "status"]] = [value, "pledge"]
    table = table.assign(donor="Norway", event="Riyadh")
    assert save_all(store, result, data, table) == [key]


def test_infinite_member_count_is_a_row_problem_not_a_crash(data, store):
    """A member count of infinity is refused with the count message."""
    result = found("The 86-member coalition met in Riyadh.", data)
    table = result.table.astype({"count": object})
    table.loc[1, "count"] = float("inf")
    assert save_all(store, result, data, table) == ["ingest.err.row_count"]


# --- text fields: controls, bidi controls, length, addresses ------------------------------

@pytest.mark.parametrize(("fields", "key", "named"), [
    ({"publisher": "Reuters\u202e"}, "ingest.err.text_bidi", "Publisher: "),
    ({"title": "Norway \u2066pledges\u2069"}, "ingest.err.text_bidi", "Headline: "),
    ({"title": "Bell\x07"}, "ingest.err.text_control", "Headline: "),
    ({"publisher": "P" * 201}, "ingest.err.text_too_long", "Publisher: 201 characters"),
    ({"title": "T" * 501}, "ingest.err.text_too_long", "Headline: 501 characters"),
    ({"url": "https://example.org/" + "a" * 2000}, "ingest.err.text_too_long", "Web address"),
    ({"url": "https://example.org/\u200f"}, "ingest.err.text_bidi", "Web address: "),
    ({"url": "javascript:alert(1)"}, "ingest.err.url", "“javascript:alert(1)”"),
    ({"url": "https:///no-host"}, "ingest.err.url_host", "has no host name"),
])
def test_source_field_is_refused_naming_the_field(fields, key, named, store):
    """Controls, bidi controls, lengths and non-http addresses are refused, field named."""
    problems = problems_of("Norway pledged $25 million.", **fields)
    assert [k for k, _ in problems] == [key]
    assert named in InputProblems(problems).messages("en")[0]


def test_arabic_headline_with_bidi_control_names_the_field_in_arabic(store):
    """An Arabic headline with U+202B is refused; the Arabic message names العنوان."""
    problems = problems_of("تعهدت النرويج بتقديم 25 مليون دولار.", title="\u202bالتحالف")
    message = InputProblems(problems).messages("ar")[0]
    assert message.startswith("العنوان: يحتوي على محرف خفي") and "U+202B" in message


@pytest.mark.parametrize(("column", "value", "named"), [
    ("donor", "Norway\u202e", "Donor: contains an invisible text-direction"),
    ("donor", "\u061cالنرويج", "Donor: contains an invisible text-direction"),
    ("event", "Riyadh\x1b[31m", "Occasion: contains the control character U+001B"),
    ("donor", "N" * 201, "Donor: 201 characters"),
])
def test_edited_fact_text_field_is_refused_naming_row_and_field(column, value, named, data,
                                                                store):
    """A donor or occasion typed with a bidi or control character, or too long, is refused."""
    result = found("Norway pledged $25 million for Syria.", data)
    table = result.table.assign(donor="Norway", event="Riyadh", status="pledge")
    table.loc[1, column] = value
    with pytest.raises(InputProblems) as err:
        flow.save_accepted(store, result, table.assign(accept=True), data)
    assert named in err.value.messages("en")[0]


def test_bidi_controls_in_article_text_are_still_removed_and_noted(data, store):
    """Article text keeps its rule: bidi controls are removed and a note counts them."""
    result = found("Norway\u202e pledged $25 million\u2066 for Syria.", data)
    assert ("ingest.note.bidi", {"count": 2}) in result.article.notes
    assert amounts(result) == [25e6]


def test_text_rule_is_pure_and_names_the_character():
    """loaders.rules: the first bidi or control character, or the length, is the reason."""
    assert text_issue("ok", 10) is None and text_problem("ok", 10) is None
    assert text_problem("a\u202eb", 10) == "contains the bidi control U+202E at character 2"
    assert text_problem("a\x00", 10) == "contains the control character U+0000 at character 2"
    assert text_problem("abc", 2) == "is 3 characters long, over the limit of 2"
    assert all(text_issue(f"x{char}", 10)[0] == "bidi" for char in BIDI_CONTROLS)
    assert text_issue("line\tone\nline two", 30) is None


@pytest.mark.parametrize("text", ["Each officer receives around $600 a month.",
                                  "ويبلغ الأجر اليومي لعامل البناء نحو 20 دولاراً."])
def test_pay_is_not_offered_and_its_note_reads_in_both_languages(text, data, store):
    """A wage or salary (round 6) is no candidate row; its note names it in English and Arabic."""
    result = found(text, data)
    assert amounts(result) == []
    assert result.facts["refused"][0]["reason"] == "salary"
    assert "is pay (a wage, salary or pension)" in notes(result)[0]
    assert "أجر أو راتب أو معاش" in notes(result, "ar")[0]


@pytest.mark.parametrize(("text", "reason", "en", "ar"), [
    ("Smugglers charge families $3,000 to leave the camp.", "illicit",
     "is a bribe, ransom, payment to criminals", "رشوة أو فدية"),
    ("وتدفع العائلات ألفي دولار للمهربين.", "illicit",
     "is a bribe, ransom, payment to criminals", "رشوة أو فدية"),
])
def test_round7_crime_payment_is_refused_with_a_note_in_both_languages(text, reason, en, ar,
                                                                       data):
    """A payment to criminals is no candidate row, and its note reads in English and Arabic."""
    result = found(text, data)
    assert amounts(result) == []
    assert result.facts["refused"][0]["reason"] == reason
    assert any(en in note for note in notes(result))
    assert any(ar in note for note in notes(result, "ar"))


@pytest.mark.parametrize("text", [
    "Japan has provided more than $200 million to the facility since 2016.",
    "وأنفقت اليابان منذ تحرير الموصل نحو 90 مليون دولار.",
])
def test_round7_running_total_is_offered_with_a_note(text, data):
    """A running total stays a candidate row, with a note to save it as cumulative."""
    result = found(text, data)
    assert len(amounts(result)) == 1
    assert any("running total" in note for note in notes(result))
    assert any("تراكمياً" in note for note in notes(result, "ar"))


def test_a_quoted_headline_amount_is_noted_in_both_languages_and_never_offered(data, store):
    """An amount in a quoted headline is no candidate row; the note says why in English and
    Arabic, naming the amount."""
    result = found('A daily ran the headline "$10 million for the caliph\'s head" on Tuesday.',
                   data)
    assert amounts(result) == []
    assert any("“$10 million” stands in a quoted headline" in note for note in notes(result))
    assert any("عنوان أو ملصق" in note for note in notes(result, "ar"))


def test_a_sum_under_a_thousand_dollars_is_a_note_not_a_row(data, store):
    """'$750' is refused as too small for a stabilisation figure; the note names it in both
    languages, and the promise beside it is still offered."""
    result = found("The mayor received $750 in fees, and Japan pledged $5 million to Iraq.", data)
    assert amounts(result) == [5e6]
    assert "“$750” is under $1,000" in " ".join(notes(result))
    assert "«$750» أقل من ألف دولار" in " ".join(notes(result, "ar")).replace(
        "\u2068", "").replace("\u2069", "")
