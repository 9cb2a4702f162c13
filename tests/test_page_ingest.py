"""The ingest page through AppTest: paste, find, correct, save, see it on the chart, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from apptest_helpers import shown_text
from streamlit.testing.v1 import AppTest

from charts.funding import funding_timeline_figure
from ingest.merge import with_local_facts
from ingest.store import Store
from loaders import load_all

PAGE = str(Path(__file__).resolve().parents[1] / "pages" / "7_ingest.py")
ARTICLE = ("OSLO - Norway pledged $25 million for stabilisation in Syria on Thursday, the "
           "foreign ministry said after the Coalition ministerial in Riyadh. The 86-member "
           "coalition also heard appeals for camp funding.")
AS_OF = "2023-06-08"


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    """A fresh local store for the test, found by the page through COALITION_LOCAL_DB."""
    path = tmp_path / "ingest.sqlite"
    monkeypatch.setenv("COALITION_LOCAL_DB", str(path))
    return path


def open_page(lang: str = "en") -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=120)
    at.session_state["lang"] = lang
    at.run()
    return at


def fill_form(at: AppTest, text: str = ARTICLE, publisher: str = "Test Wire") -> AppTest:
    at.text_area(key="ingest_text").input(text)
    at.text_input(key="ingest_publisher").input(publisher)
    at.text_input(key="ingest_headline").input("Norway pledges $25 million for Syria")
    at.text_input(key="ingest_url").input("https://example.org/norway-syria")
    at.date_input(key="ingest_published").set_value(dt.date(2023, 6, 8))
    at.get("form_submit_button")[0].click().run()
    return at


def local_hovers(data) -> list[str]:
    fig = funding_timeline_figure(data.pledges, data.events, data.sources, AS_OF)
    return [text for trace in fig.data for text in (trace.text or [])
            if "(added locally)" in str(text)]


def test_paste_correct_save_chart_undo(db):
    """End to end: the corrected Norway row reaches the funding chart marked local, then undo."""
    at = fill_form(open_page())
    assert not at.exception and not at.error
    table = at.data_editor[0].value
    assert table.loc[1, "donor"] == "Norway" and table.loc[1, "status"] == "pledge"
    assert "<mark" in at.get("html")[0].value
    at.session_state["ingest_editor"] = {
        "edited_rows": {0: {"accept": True, "status": "contribution"}},
        "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="ingest_save").click().run()
    assert not at.exception and not at.error
    assert "local_20230608_1" in shown_text(at.success[0].value)
    data = with_local_facts(load_all(), Store(db))
    row = data.pledges[data.pledges["source_id"] == "local_20230608_1"].iloc[0]
    assert (row["donor"], row["status"], row["amount_usd"]) == ("Norway", "contribution", 25e6)
    hovers = local_hovers(data)
    assert len(hovers) == 1 and "Test Wire (added locally), 2023-06-08" in hovers[0]
    at.button(key="ingest_undo_1").click().run()
    assert not at.exception and "Undone" in shown_text(at.success[0].value)
    data = with_local_facts(load_all(), Store(db))
    assert not (data.pledges["source_id"] == "local_20230608_1").any()
    assert local_hovers(data) == []


def test_cached_dataset_shows_a_save_at_once(db, monkeypatch):
    """ui.cache.dataset() includes a new save and drops it after undo (keyed by the file)."""
    from ingest.clean import clean
    from ingest.store import Fact
    from ui import cache

    before = len(cache.dataset().pledges)
    store = Store(db)
    article = clean(ARTICLE, publisher="Test Wire", title="Norway", published=AS_OF)
    row = {"date": AS_OF, "date_precision": "day", "event": "Riyadh", "donor": "Norway",
           "donor_iso3": "NOR", "recipient": "Syria", "channel": "", "amount_usd": "25000000",
           "amount_original": "25000000", "currency": "USD", "converted": "false",
           "status": "pledge", "qualifier": "exact", "series": "", "period": "",
           "also_sources": "", "notes": "test"}
    save_id = store.save(article, [Fact("pledges", row)])
    assert len(cache.dataset().pledges) == before + 1
    store.undo(save_id)
    assert len(cache.dataset().pledges) == before


def test_bad_input_shows_one_error_per_problem(db):
    """Missing publisher and empty text each give one clear error, and no traceback."""
    at = fill_form(open_page(), text="   ", publisher="")
    assert not at.exception
    messages = [shown_text(e.value) for e in at.error]
    assert "The article text is empty; paste the article or upload a file." in messages
    assert "Enter the publisher of the article." in messages
    assert not at.data_editor


def test_unchosen_status_blocks_the_save(db):
    """An accepted row whose status is still unknown is named in an error; nothing is saved."""
    at = fill_form(open_page())
    at.session_state["ingest_editor"] = {"edited_rows": {0: {"accept": True, "status": "unknown"}},
                                         "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="ingest_save").click().run()
    assert not at.exception
    assert shown_text(at.error[0].value).startswith("Row 1 (“$25 million”), Status:")
    assert Store(db).saves().empty


def test_arabic_page_renders(db):
    """In Arabic the title and the kind column are Arabic; the article text runs right to left."""
    text = "تعهدت النرويج بتقديم 25 مليون دولار لدعم الاستقرار في سوريا."
    at = fill_form(open_page("ar"), text=text)
    assert not at.exception and not at.error
    assert at.title[0].value == "إضافة معلومات من مقال"
    assert 'dir="rtl"' in at.get("html")[0].value
    assert at.data_editor[0].value.loc[1, "kind"] == "صف تمويل"


def test_correction_form_keeps_grid_edits(db):
    """The per-row form sets status and tick, keeps a pending grid edit, and the row saves."""
    at = fill_form(open_page())
    at.session_state["ingest_editor"] = {"edited_rows": {0: {"qualifier": "about"}},
                                         "added_rows": [], "deleted_rows": []}
    at.run()
    at.checkbox(key="ingest_fix_accept_1").check()
    at.selectbox(key="ingest_fix_status_1").set_value("contribution")
    next(b for b in at.get("form_submit_button") if b.label == "Apply to this row").click().run()
    assert not at.exception and not at.error
    row = at.data_editor[0].value.loc[1]
    assert (bool(row["accept"]), row["status"], row["qualifier"]) == (True, "contribution", "about")
    at.button(key="ingest_save").click().run()
    assert not at.exception and "local_20230608_1" in shown_text(at.success[0].value)
    assert Store(db).saves()["facts"].iloc[0] == 1


def test_a_running_total_is_saved_through_the_correction_form(db):
    """A running total is offered as cumulative; the page refuses it without a series, naming
    the field, and saves it once the form names the series."""
    at = fill_form(open_page(), text=("Since 2015, Norway has given $25 million to the "
                                      "stabilisation fund in Syria, the foreign ministry said."))
    assert at.data_editor[0].value.loc[1, "status"] == "cumulative"
    at.checkbox(key="ingest_fix_accept_1").check()
    next(b for b in at.get("form_submit_button") if b.label == "Apply to this row").click().run()
    at.button(key="ingest_save").click().run()
    assert not at.exception and "Series (running total)" in shown_text(at.error[0].value)
    at.checkbox(key="ingest_fix_accept_1").check()
    at.text_input(key="ingest_fix_series_1").input("Norway to the stabilisation fund")
    next(b for b in at.get("form_submit_button") if b.label == "Apply to this row").click().run()
    at.button(key="ingest_save").click().run()
    assert not at.exception and not at.error
    data = with_local_facts(load_all(), Store(db))
    row = data.pledges[data.pledges["source_id"] == "local_20230608_1"].iloc[0]
    assert (row["status"], row["series"]) == ("cumulative", "Norway to the stabilisation fund")
