"""Hostile form values on the ingest page (issue 9): text stays text, absurd values are refused
with the field named, and nothing already saved changes."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd
import pytest
from apptest_helpers import shown_text
from streamlit.testing.v1 import AppTest

from ingest import clean as clean_module
from ingest import flow
from ingest.messages import InputProblems
from ingest.store import Store
from loaders import load_all

PAGE = str(Path(__file__).resolve().parents[1] / "pages" / "7_ingest.py")
ARTICLE = ("OSLO - Norway pledged $25 million for stabilisation in Syria on Thursday, the "
           "foreign ministry said after the Coalition ministerial in Riyadh.")
EARLIER = ("BERLIN - Germany pledged $10 million for stabilisation in Iraq on Monday, the "
           "foreign office said.")
DAY = dt.date(2023, 6, 8)
RLO = "\u202e"
STYLE = "<style>body{display:none}</style>"
IMAGE = "![t](http://tracker.invalid/p.png)"
# Source fields that are text and must be kept exactly as typed (then shown as text).
MARKUP_FIELDS = [("publisher", STYLE), ("publisher", "<img src=x>"), ("publisher", IMAGE),
                 ("title", IMAGE), ("title", "<script>alert(1)</script>**b** $x$ :red[r]")]
# Source fields that are refused, with the words the message must contain.
REFUSED_FIELDS = [
    ("publisher", f"Wire{RLO}eriW", "Publisher: contains an invisible text-direction"),
    ("title", f"Norway {RLO}segdelp", "Headline: contains an invisible text-direction"),
    ("publisher", "Wire\u2066x\u2069", "Publisher: contains an invisible text-direction"),
    ("title", "bell\x07", "Headline: contains the control character U+0007"),
    ("publisher", "esc\x1b[31m", "Publisher: contains the control character U+001B"),
    ("publisher", "W" * 100_000, "Publisher: 100000 characters, over the limit of 200"),
    ("title", "T" * 501, "Headline: 501 characters, over the limit of 500"),
    ("url", "javascript:alert(1)", "The web address “javascript:alert(1)”"),
    ("url", "data:text/html,<b>x</b>", "The web address “data:text/html,<b>x</b>”"),
    ("url", "http://", "The web address “http://”"),
    ("url", "http:///no-host", "The web address “http:///no-host”"),
    ("url", "https://a b.invalid/x", "The web address “https://a b.invalid/x”"),
    ("url", "ftp://x.invalid/a", "The web address “ftp://x.invalid/a”"),
    ("url", f"https://x.invalid/{RLO}gpj.exe", "Web address: contains an invisible text-direction"),
    ("url", "https://x.invalid/" + "a" * 3000, "Web address: 3018 characters, over"),
]
# Amounts typed into the grid or the correction form, and the words the refusal must contain.
ABSURD_AMOUNTS = [
    (float("1" * 308), "Amount (USD): over 1,000,000,000,000, the ceiling for a single figure"),
    (float("1" * 400), "Amount (USD): enter a finite amount above zero"),  # 400 digits: inf
    (math.inf, "Amount (USD): enter a finite amount above zero"),
    (-math.inf, "Amount (USD): enter a finite amount above zero"),
    (math.nan, "Amount (USD): enter a finite amount above zero"),
    (9e14, "Amount (USD): over 1,000,000,000,000, the ceiling for a single figure"),
    (-5.0, "Amount (USD): enter a finite amount above zero"),
    (0.0, "Amount (USD): enter a finite amount above zero"),
]


@pytest.fixture(scope="module")
def data():
    return load_all()


@pytest.fixture
def store(tmp_path, monkeypatch, data) -> Store:
    """A local store (found by the page through COALITION_LOCAL_DB) holding one earlier save."""
    path = tmp_path / "ingest.sqlite"
    monkeypatch.setenv("COALITION_LOCAL_DB", str(path))
    store = Store(path)
    found = flow.find(article(text=EARLIER, url="https://example.org/germany"), data)
    row = found.table.index[0]
    flow.save_accepted(store, found, flow.corrected(found.table, row, accept=True), data)
    assert len(store.saves()) == 1
    return store


def article(text: str = ARTICLE, **fields):
    """flow.read_article with sound source fields, some replaced by the test's."""
    values = dict(publisher="Test Wire", title="Norway pledges", url="https://example.org/n",
                  published=DAY, language=None) | fields
    return flow.read_article(text, None, **values)


def snapshot(store: Store) -> tuple[pd.DataFrame, pd.DataFrame]:
    """What is saved: the saves and the active funding rows."""
    return store.saves(), store.active_rows("pledges")


def assert_unchanged(store: Store, before) -> None:
    saves, rows = snapshot(store)
    pd.testing.assert_frame_equal(saves, before[0])
    pd.testing.assert_frame_equal(rows, before[1])


def refusal(action) -> list[str]:
    """The sentences of the InputProblems the action raises (it must raise them)."""
    with pytest.raises(InputProblems) as err:
        action()
    return err.value.messages("en")


@pytest.mark.parametrize(("field", "value"), MARKUP_FIELDS)
def test_markup_in_source_fields_is_kept_as_text(store, data, field, value):
    """Markup typed as a publisher or headline is saved exactly as typed: it is a name."""
    found = flow.find(article(**{field: value}), data)
    table = flow.corrected(found.table, found.table.index[0], accept=True)
    save_id, _ = flow.save_accepted(store, found, table, data)
    saved = store.saves().set_index("save_id").loc[save_id]
    assert saved[field] == value


@pytest.mark.parametrize(("field", "value", "message"), REFUSED_FIELDS,
                         ids=[f"{f}-{v[:20]!r}" for f, v, _ in REFUSED_FIELDS])
def test_hostile_source_field_is_refused_naming_it(store, field, value, message):
    """Control or direction characters, absurd lengths and bad addresses: refused, named."""
    before = snapshot(store)
    messages = refusal(lambda: article(**{field: value}))
    assert any(message in m for m in messages), messages
    assert all(len(m) < 400 for m in messages), "the value is quoted, not pasted whole"
    assert RLO not in "".join(messages)
    assert_unchanged(store, before)


@pytest.mark.parametrize(("amount", "message"), ABSURD_AMOUNTS,
                         ids=[repr(a)[:12] for a, _ in ABSURD_AMOUNTS])
def test_absurd_amount_is_refused_and_nothing_saved(store, data, amount, message):
    """An amount of 308 or 400 digits, inf, nan, 9e14 or below zero stops the save, named."""
    before = snapshot(store)
    found = flow.find(article(), data)
    table = flow.corrected(found.table, found.table.index[0], accept=True, status="pledge",
                           amount_usd=amount)
    messages = refusal(lambda: flow.save_accepted(store, found, table, data))
    assert any(message in m for m in messages), messages
    assert all(len(m) < 400 for m in messages)
    assert_unchanged(store, before)


@pytest.mark.parametrize(("donor", "message"), [
    (f"Nor{RLO}yaw", "Donor: contains an invisible text-direction character (U+202E"),
    ("Norway\x00", "Donor: contains the control character U+0000"),
    ("N" * 5000, "Donor: 5000 characters, over the limit of 200"),
    ("   ", "Donor: this field is required"),
])
def test_hostile_donor_in_correction_is_refused(store, data, donor, message):
    """A donor typed in the correction form with controls, or absurdly long, stops the save."""
    before = snapshot(store)
    found = flow.find(article(), data)
    table = flow.corrected(found.table, found.table.index[0], accept=True, donor=donor)
    messages = refusal(lambda: flow.save_accepted(store, found, table, data))
    assert any(message in m for m in messages), messages
    assert_unchanged(store, before)


def test_huge_paste_is_refused_before_any_markup_work(store, monkeypatch):
    """A 5 MB paste is refused by its size alone: markup is never searched or stripped."""
    def never(*_args, **_kwargs):
        raise AssertionError("a 5 MB paste reached the markup and tidy steps")

    monkeypatch.setattr(clean_module, "strip_markup", never)
    monkeypatch.setattr(clean_module, "tidy", never)
    monkeypatch.setattr(clean_module, "LOOKS_LIKE_HTML", type("P", (), {"search": never}))
    before = snapshot(store)
    messages = refusal(lambda: article(text="<p>" + "x" * 5_000_000))
    assert any(m.startswith("The pasted text is 5,000 KB") or
               m.startswith("The pasted text is 5000 KB") for m in messages), messages
    assert_unchanged(store, before)


@pytest.mark.parametrize(("name", "payload", "message"), [
    ("article.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
     "“article.txt” is a binary file"),
    ("article.html", b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "“article.html” is a binary file"),
    ("article.txt", "Norway pledged".encode("utf-16"), "“article.txt” is a binary file"),
    ("article.txt", b"caf\xe9 pledged $1 million", "“article.txt” is not UTF-8 text"),
    ("article.exe", b"MZ\x90\x00", "“article.exe” is not a .txt or .html file"),
])
def test_binary_upload_is_refused_naming_the_file(store, name, payload, message):
    """Binary, non-UTF-8 or non-text uploads are refused by name; nothing is saved."""
    before = snapshot(store)
    messages = refusal(lambda: flow.read_article(
        "", (name, payload), publisher="Test Wire", title="Norway", url="", published=DAY,
        language=None))
    assert any(m.startswith(message) for m in messages), messages
    assert_unchanged(store, before)


# --- through the page ----------------------------------------------------------------------

def open_ingest() -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=120)
    at.session_state["lang"] = "en"
    at.run()
    return at


def submit(at: AppTest, publisher: str, headline: str = "Norway pledges",
           url: str = "https://example.org/norway") -> AppTest:
    at.text_area(key="ingest_text").input(ARTICLE)
    at.text_input(key="ingest_publisher").input(publisher)
    at.text_input(key="ingest_headline").input(headline)
    at.text_input(key="ingest_url").input(url)
    at.date_input(key="ingest_published").set_value(DAY)
    at.get("form_submit_button")[0].click().run()
    return at


@pytest.mark.parametrize(("publisher", "headline", "url", "message"), [
    (f"Wire{RLO}", "Norway pledges", "https://example.org/n", "Publisher: contains an invisible"),
    ("Test Wire", f"Norway{RLO} pledges", "https://example.org/n", "Headline: contains an"),
    ("Test Wire", "Norway pledges", "javascript:alert(1)", "The web address “javascript:"),
])
def test_page_refuses_hostile_field_with_its_name(store, publisher, headline, url, message):
    """On the page: one error naming the field, no candidates, no exception, nothing saved."""
    before = snapshot(store)
    at = submit(open_ingest(), publisher, headline, url)
    assert not at.exception, [e.value for e in at.exception]
    errors = [shown_text(e.value) for e in at.error]
    assert any(message in e for e in errors), errors
    assert not at.data_editor
    assert_unchanged(store, before)


def test_page_saves_markup_publisher_and_lists_it_as_text(store):
    """A <style> publisher is saved as typed and listed with st.text; no markdown carries it."""
    at = submit(open_ingest(), STYLE, headline=IMAGE)
    assert not at.exception and not at.error, [e.value for e in at.error]
    at.session_state["ingest_editor"] = {"edited_rows": {0: {"accept": True}},
                                         "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="ingest_save").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any(STYLE in line.value and IMAGE in line.value for line in at.text)
    for element in [*at.markdown, *at.success, *at.caption, *at.info, *at.warning]:
        assert "<style>" not in element.value and "![t](" not in element.value
    assert len(store.saves()) == 2


@pytest.mark.parametrize(("amount", "message"), [
    (9e14, "Amount (USD): over 1,000,000,000,000, the ceiling"),
    (float("1" * 308), "Amount (USD): over 1,000,000,000,000, the ceiling"),
])
def test_page_correction_form_refuses_absurd_amount(store, amount, message):
    """An absurd dollar amount typed in the correction form is refused at the save, named."""
    before = snapshot(store)
    at = submit(open_ingest(), "Test Wire")
    at.checkbox(key="ingest_fix_accept_1").check()
    at.number_input(key="ingest_fix_amount_usd_1").set_value(amount)
    next(b for b in at.get("form_submit_button") if b.label == "Apply to this row").click().run()
    assert not at.exception, [e.value for e in at.exception]
    at.button(key="ingest_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    errors = [shown_text(e.value) for e in at.error]
    assert any(message in e for e in errors), errors
    assert_unchanged(store, before)


def test_pasted_text_loses_its_controls_with_a_note():
    """Direction and control characters in the pasted article are removed, and the page says
    how many direction characters went (the text is kept, not refused)."""
    found = article(text=f"OSLO - Norway{RLO} pledged\x07 $25 million\u2066 for Syria.")
    assert RLO not in found.text and "\x07" not in found.text and "\u2066" not in found.text
    assert ("ingest.note.bidi", {"count": 2}) in found.notes


def test_field_refusal_names_the_field_in_arabic():
    """The Arabic page names the refused field in Arabic."""
    with pytest.raises(InputProblems) as err:
        article(publisher=f"Wire{RLO}")
    assert any(m.startswith("الناشر:") for m in err.value.messages("ar")), err.value.messages("ar")
