"""Article ingestion: input checks, candidates, the local store, export and the merge."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from extraction import extract_facts
from ingest import flow
from ingest.candidates import accepted_facts, candidates
from ingest.clean import MAX_TEXT_BYTES, clean
from ingest.highlight import highlighted_html
from ingest.merge import LOCAL_MARK, merge_local, with_local_facts
from ingest.messages import InputProblems
from ingest.store import Fact, Store
from loaders import load_all

ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = ROOT.parent / "shared" / "seed"
DAY = dt.date(2023, 6, 8)
NORWAY = ("Norway pledged $25 million for stabilisation in Syria on Thursday, the ministry said. "
          "The 86-member coalition met in Riyadh.")


@pytest.fixture(scope="module")
def data():
    """The shipped dataset, loaded once for the module."""
    return load_all()


def article(text: str = NORWAY, **fields):
    values = dict(publisher="Test Wire", title="Norway pledges", url="", published=DAY)
    return clean(text, **(values | fields))


def keys(err: pytest.ExceptionInfo) -> list[str]:
    return [key for key, _ in err.value.problems]


def pledge_row(**changes) -> dict[str, str]:
    row = {"date": "2023-06-08", "date_precision": "day", "event": "Riyadh ministerial",
           "donor": "Norway", "donor_iso3": "NOR", "recipient": "Syria", "channel": "",
           "amount_usd": "25000000", "amount_original": "25000000", "currency": "USD",
           "converted": "false", "status": "pledge", "qualifier": "exact", "series": "",
           "period": "", "also_sources": "", "notes": "test row"}
    return row | changes


def count_row() -> dict[str, str]:
    return {"date": "2023-06-08", "date_precision": "day", "count": "86", "qualifier": "exact",
            "scope": "total", "stated_by": "Test Wire", "also_sources": "", "notes": "test row"}


# --- input checks ------------------------------------------------------------------------------

def test_clean_strips_markup_scripts_and_entities():
    """HTML loses its tags, script and style content; entities are decoded; a note says so."""
    page = ("<html><head><style>p {color: red}</style><script>alert('x')</script></head>"
            "<body><p>Norway &amp; Iraq</p><script>steal()</script><p>met&nbsp;today</p></body>"
            "</html>")
    cleaned = article(page)
    assert "alert" not in cleaned.text and "steal" not in cleaned.text
    assert "color" not in cleaned.text and "<" not in cleaned.text
    assert cleaned.text == "Norway & Iraq\n\nmet today"
    assert ("ingest.note.main_text", {}) in cleaned.notes  # trafilatura found the article


def test_clean_uploaded_html_file_is_stripped():
    """An uploaded .html file is decoded as UTF-8 and reduced to its text."""
    cleaned = clean("<p>الرياض &lt;تحالف&gt;</p>".encode(), filename="story.html",
                    publisher="X", title="Y", published=DAY)
    assert cleaned.text == "الرياض <تحالف>" and cleaned.language == "ar"


def test_clean_removes_and_reports_bidi_controls():
    """Direction marks and embeddings are removed and counted in a note."""
    cleaned = article("\u202bالنرويج\u202c تعهدت\u200f \u2067بمبلغ\u2069")
    assert cleaned.text == "النرويج تعهدت بمبلغ"
    assert ("ingest.note.bidi", {"count": 5}) in cleaned.notes


def test_clean_refuses_binary_upload():
    """Bytes with NULs are refused as binary, naming the file."""
    with pytest.raises(InputProblems) as err:
        clean(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", filename="story.txt", publisher="X",
              title="Y", published=DAY)
    assert keys(err) == ["ingest.err.binary"]
    assert "story.txt" in str(err.value) and "binary" in str(err.value)


def test_clean_refuses_latin1_upload():
    """Latin-1 bytes are refused as not UTF-8, naming the byte and its position."""
    with pytest.raises(InputProblems) as err:
        clean("Café pledged €5".encode("cp1252"), filename="story.txt", publisher="X",
              title="Y", published=DAY)
    assert keys(err) == ["ingest.err.not_utf8"]
    assert "0xe9" in str(err.value) and "position 3" in str(err.value)


def test_clean_refuses_other_file_types():
    """Only .txt and .html uploads are read."""
    with pytest.raises(InputProblems) as err:
        clean(b"%PDF-1.4", filename="story.pdf", publisher="X", title="Y", published=DAY)
    assert keys(err) == ["ingest.err.file_type"]


def test_clean_refuses_empty_text():
    """Whitespace (or markup with no text) is an empty article."""
    for text in ("  \n\t ", "<script>x()</script>"):
        with pytest.raises(InputProblems) as err:
            article(text)
        assert keys(err) == ["ingest.err.empty"]


def test_clean_refuses_oversize_text_and_states_the_limit():
    """Text over the limit is refused with its size and the limit in KB."""
    with pytest.raises(InputProblems) as err:
        article("a" * (MAX_TEXT_BYTES + 1))
    assert keys(err) == ["ingest.err.too_long"]
    assert f"{MAX_TEXT_BYTES // 1000} KB limit" in str(err.value)


def test_clean_refuses_future_date():
    """A publication date after today is refused."""
    with pytest.raises(InputProblems) as err:
        article(published=dt.date.today() + dt.timedelta(days=1))
    assert keys(err) == ["ingest.err.future"]


def test_clean_lists_every_missing_source_field_at_once():
    """Missing publisher, headline and date and a bad URL are all reported together."""
    with pytest.raises(InputProblems) as err:
        clean(NORWAY, publisher=" ", title="", url="www.example.org", published=None)
    assert keys(err) == ["ingest.err.publisher", "ingest.err.title", "ingest.err.url",
                         "ingest.err.published"]
    assert all(m.endswith(".") for m in err.value.messages("en"))
    assert all(m for m in err.value.messages("ar"))


# --- candidates --------------------------------------------------------------------------------

def test_candidates_prefill_donor_recipient_status(data):
    """The Norway sentence gives a pledge row from Norway to Syria, not yet accepted."""
    cleaned = article()
    table = candidates(extract_facts(cleaned.text, DAY), cleaned, data.pledges)
    money = table[table["table"] == "pledges"].iloc[0]
    assert (money["donor"], money["donor_iso3"], money["recipient"]) == ("Norway", "NOR", "Syria")
    assert (money["status"], money["amount_usd"], money["date"]) == ("pledge", 25e6, "2023-06-08")
    assert cleaned.text[money["start"]:money["end"]] == money["matched"] == "$25 million"
    count = table[table["table"] == "member_counts"].iloc[0]
    assert count["count"] == 86 and count["stated_by"] == "Test Wire"
    assert not table["accept"].any()


def test_candidates_from_seed_article(data):
    """The seed article yields the 85-member count and the $445 million drive total."""
    seeds = sorted(SEED_DIR.glob("north_press_2023*06*08_ar.txt"))
    if not seeds:
        pytest.skip(f"seed article not found in {SEED_DIR}")
    cleaned = clean(seeds[0].read_text(encoding="utf-8"), publisher="North Press Agency",
                    title="Riyadh ministerial", published=DAY)
    table = candidates(extract_facts(cleaned.text, DAY, cleaned.language), cleaned,
                       data.pledges, "ar")
    assert 85 in set(table["count"].dropna())
    money = table[table["amount_usd"] == 445e6].iloc[0]
    assert money["recipient"] == "Iraq and Syria" and money["status"] == "drive_total"


def test_validation_names_row_and_field(data):
    """An accepted row with an unknown status or an early date names its row and field."""
    cleaned = article()
    table = candidates(extract_facts(cleaned.text, DAY), cleaned, data.pledges)
    table.loc[1, ["accept", "status"]] = [True, "unknown"]
    table.loc[2, ["accept", "date"]] = [True, "2013-05"]
    facts, problems = accepted_facts(table, cleaned)
    messages = InputProblems(problems).messages("en")
    assert not facts
    assert messages[0].startswith("Row 1 (“$25 million”), Status: choose goal")
    assert messages[1].startswith("Row 2 (“86-member coalition”), Date: 2013-05 is before")


def test_nothing_accepted_is_refused(data):
    """Saving with no row ticked says so."""
    cleaned = article()
    table = candidates(extract_facts(cleaned.text, DAY), cleaned, data.pledges)
    assert accepted_facts(table, cleaned)[1] == [("ingest.err.none_accepted", {})]


def test_highlight_escapes_text_and_marks_facts():
    """Text is escaped, facts are wrapped in titled <mark>s, Arabic text is right-to-left."""
    text = "<b>Norway</b> pledged $25 million in Raqqa"
    facts = extract_facts(text, DAY)
    html = highlighted_html(text, facts, "en", "en")
    assert "&lt;b&gt;Norway&lt;/b&gt;" in html and "<b>" not in html
    assert 'class="fact-money"' in html and 'title="Money: 25,000,000 USD (pledge)"' in html
    assert 'class="fact-places"' in html
    assert 'dir="rtl"' in highlighted_html("تعهدت النرويج", {}, "ar", "ar")


# --- store -------------------------------------------------------------------------------------

def test_store_uses_wal_and_a_busy_timeout(tmp_path):
    """The SQLite file runs in WAL mode and waits for a busy writer instead of failing."""
    store = Store(tmp_path / "ingest.sqlite")
    assert store.journal_mode() == "wal"
    with store.transaction() as con:
        assert con.exec_driver_sql("PRAGMA busy_timeout").scalar_one() >= 1000


def test_save_and_undo_keep_everything(store):
    """A save adds its rows; undo hides them and withdraws the article, deleting nothing."""
    save_id = store.save(article(), [Fact("pledges", pledge_row(), 15, 26),
                                     Fact("member_counts", count_row())])
    assert store.active_rows("pledges")["pledge_id"].tolist() == ["local_20230608_1_p1"]
    assert store.active_rows("member_counts")["claim_id"].tolist() == ["local_20230608_1_c2"]
    assert store.saves().iloc[0][["source_id", "status", "facts"]].tolist() == [
        "local_20230608_1", "active", 2]
    assert store.undo(save_id) == 2
    assert store.active_rows("pledges").empty and store.active_rows("sources").empty
    assert store.saves().iloc[0]["status"] == "withdrawn"
    with store.engine.connect() as con:
        assert con.execute(sa.text("SELECT count(*) FROM facts")).scalar_one() == 2


def test_undoing_an_undone_save_is_refused(store):
    """A second undo (another tab, the command line) says so and changes nothing."""
    save_id = store.save(article(), [Fact("pledges", pledge_row())], "alice")
    store.undo(save_id, "alice")
    before = store.saves().iloc[0][["withdrawn_at", "withdrawn_by"]].tolist()
    version = store.version()
    with pytest.raises(InputProblems) as err:
        store.undo(save_id, "bob")
    assert keys(err) == ["ingest.err.already_undone"]
    assert store.saves().iloc[0][["withdrawn_at", "withdrawn_by"]].tolist() == before
    assert store.version() == version


def test_duplicate_article_is_refused(store):
    """The same text (whitespace aside) or the same URL cannot be saved twice while active."""
    first = store.save(article(url="https://example.org/a"), [Fact("pledges", pledge_row())])
    with pytest.raises(InputProblems) as err:
        store.save(article("  " + NORWAY.replace(" ", "\n  ")), [])
    assert keys(err) == ["ingest.err.duplicate_text"] and "local_20230608_1" in str(err.value)
    with pytest.raises(InputProblems) as err:
        store.save(article("Another story.", url="https://example.org/a"), [])
    assert keys(err) == ["ingest.err.duplicate_url"]
    store.undo(first)
    assert store.save(article(url="https://example.org/a"), []) == first + 1
    assert store.saves().iloc[0]["source_id"] == "local_20230608_2"


def test_failing_fact_rolls_back_the_article(store):
    """One bad fact stops the whole save: no article, no fact is left behind."""
    with pytest.raises(ValueError):
        store.save(article(), [Fact("pledges", pledge_row()),
                               Fact("pledges", {"date": "2023-06-08"})])
    assert store.saves().empty and store.active_rows("pledges").empty
    with pytest.raises(ValueError):
        store.save(article(), [Fact("sites", pledge_row())])
    assert store.saves().empty


def test_reading_a_missing_store_creates_nothing(tmp_path, data):
    """Asking an absent store for rows returns nothing and leaves no file behind."""
    missing = Store(tmp_path / "absent" / "x.sqlite")
    assert missing.saves().empty and missing.active_rows("pledges").empty
    assert with_local_facts(data, missing) is data
    assert not (tmp_path / "absent").exists()


def test_export_loads_with_the_real_loaders(store, tmp_path):
    """Exported CSVs appended to the shipped files load with load_all()."""
    store.save(article(), [Fact("pledges", pledge_row()), Fact("member_counts", count_row())])
    out = tmp_path / "export"
    names = sorted(p.name for p in store.export_csv(out))
    assert names == ["member_counts.csv", "pledges.csv", "sources.csv"]
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    for name in names:
        shipped = (folder / name).read_text(encoding="utf-8")
        header, *rows = (out / name).read_text(encoding="utf-8").splitlines()
        assert header == shipped.splitlines()[0]
        (folder / name).write_text(shipped.rstrip("\n") + "\n" + "\n".join(rows) + "\n",
                                   encoding="utf-8")
    merged = load_all(folder)
    local = merged.sources[merged.sources["source_id"] == "local_20230608_1"].iloc[0]
    assert local["publisher"] == "Test Wire" and local["kind"] == "news"
    assert "local_20230608_1_p1" in set(merged.pledges["pledge_id"])
    assert "local_20230608_1_c2" in set(merged.member_counts["claim_id"])


def test_export_zip_holds_the_three_files(store):
    """The download is a zip of sources.csv, pledges.csv and member_counts.csv."""
    import io
    import zipfile

    store.save(article(), [Fact("pledges", pledge_row())])
    names = zipfile.ZipFile(io.BytesIO(store.export_zip())).namelist()
    assert sorted(names) == ["member_counts.csv", "pledges.csv", "sources.csv"]


# --- merge -------------------------------------------------------------------------------------

def test_merge_appends_and_marks_local_rows(store, data):
    """Local sources say '(added locally)'; local facts join the shipped tables, typed alike."""
    store.save(article(), [Fact("pledges", pledge_row()), Fact("member_counts", count_row())])
    merged = merge_local(data, store)
    assert not merged.rejected
    new = merged.dataset
    assert len(new.pledges) == len(data.pledges) + 1
    assert len(new.member_counts) == len(data.member_counts) + 1
    assert new.sources.iloc[-1]["publisher"] == "Test Wire" + LOCAL_MARK
    assert isinstance(new.pledges["status"].dtype, pd.CategoricalDtype)
    assert new.pledges["date"].dtype == data.pledges["date"].dtype


def test_merge_refuses_invalid_rows_and_reports_them(store, data):
    """A stored row the loader refuses is left out and named; the good row still merges."""
    store.save(article(), [Fact("pledges", pledge_row()),
                           Fact("pledges", pledge_row(recipient="Mars", amount_usd="5"))])
    merged = merge_local(data, store)
    assert len(merged.dataset.pledges) == len(data.pledges) + 1
    assert len(merged.rejected) == 1
    assert "local_20230608_1_p2" in merged.rejected[0] and "'recipient'" in merged.rejected[0]


def test_save_accepted_refuses_an_article_already_shipped(store, data):
    """An article whose URL is already a shipped source is not added twice."""
    url = data.sources.loc[data.sources["url"] != "", "url"].iloc[0]
    found = flow.find(article(url=url), data)
    table = found.table.assign(accept=True)
    with pytest.raises(InputProblems) as err:
        flow.save_accepted(store, found, table, data)
    assert keys(err) == ["ingest.err.shipped_url"] and store.saves().empty


def test_a_sum_stated_in_headline_and_body_is_saved_once(store, data):
    """A pledge the headline and the body both state is one fact, not two (it would be summed
    twice); the distinct facts of the same article are all kept."""
    text = ("Norway pledges $25 million for stabilisation in Iraq\n\n"
            "Norway pledged $25 million for stabilisation in Iraq on Thursday, the ministry "
            "said. Denmark pledged $10 million for stabilisation in Iraq.")
    found = flow.find(article(text), data)
    table = found.table.assign(accept=True)
    amounts = sorted(float(a) for a in table.loc[table["table"] == "pledges", "amount_usd"])
    assert amounts.count(25e6) == 2, "both mentions are offered for review"
    flow.save_accepted(store, found, table, data)
    saved = sorted(float(a) for a in store.active_rows("pledges")["amount_usd"])
    assert saved == [10e6, 25e6]


# --- running totals: a cumulative row names its series -----------------------------------------

JAPAN = ("Since 2015, Japan has given $50 million to the stabilisation fund in Iraq, the embassy "
         "said.")


@pytest.mark.parametrize("text", [
    "OSLO - Since 2015, Norway has given $25 million to the stabilisation fund in Syria.",
    "ومنذ عام 2015 قدمت النرويج 25 مليون دولار لصندوق الاستقرار في سوريا.",
    "Since mid-2015 donors have deposited $412 million in the fund for Iraq.",
])
def test_a_sum_given_since_a_date_is_dated_at_the_time_of_writing(data, text):
    """'since 2015' starts the period: the sum given over it is dated at publication, not 2015
    (a sum with a date of its own in the sentence keeps that date)."""
    cleaned = article(text)
    table = candidates(extract_facts(cleaned.text, DAY), cleaned, data.pledges)
    assert table[table["table"] == "pledges"]["date"].tolist() == [DAY.isoformat()]
    cleaned = article("Norway gave $25 million to Syria in March 2016, the ministry said.")
    table = candidates(extract_facts(cleaned.text, DAY), cleaned, data.pledges)
    assert table[table["table"] == "pledges"]["date"].tolist() == ["2016-03"]


def test_a_running_total_is_offered_as_cumulative(data):
    """The extractor's running total reaches the review table as cumulative, series empty for
    the reviewer to name, with the note that says so."""
    found = flow.find(article(JAPAN), data)
    money = found.table[found.table["table"] == "pledges"].iloc[0]
    assert (money["status"], money["series"]) == ("cumulative", "")
    assert any("running total" in note for note in InputProblems(
        list(found.article.notes)).messages("en"))


@pytest.mark.parametrize(("status", "series", "key"), [
    ("cumulative", "", "ingest.err.row_series_required"),
    ("cumulative", "   ", "ingest.err.row_series_required"),
    ("pledge", "FFS contributions (Japan)", "ingest.err.row_series_only_cumulative"),
    ("cumulative", "<b>x</b>\u202e", "ingest.err.row_text_bidi"),
    ("cumulative", "x" * 201, "ingest.err.row_text_too_long"),
])
def test_series_is_required_for_cumulative_rows_only(data, status, series, key):
    """A cumulative row without a series, a series on another status, or a series holding a
    control character is refused, naming the row and the Series field (in both languages)."""
    found = flow.find(article(JAPAN), data)
    table = found.table.assign(accept=found.table["table"] == "pledges")
    first = table.index[table["table"] == "pledges"][0]
    table.loc[first, ["status", "series", "donor"]] = [status, series, "Japan"]
    facts, problems = accepted_facts(table, found.article)
    assert not facts and key in [k for k, _ in problems]
    message = InputProblems(problems).messages("en")[0]
    assert message.startswith("Row 1 (“$50 million”), Series (running total):"), message
    assert "السلسلة" in InputProblems(problems).messages("ar")[0]


def test_a_cumulative_row_is_saved_with_its_series(store, data):
    """Named, the running total is saved as cumulative in its series and loads with the real
    loaders' rule (cumulative rows, and only they, name their series)."""
    found = flow.find(article(JAPAN), data)
    table = found.table.assign(accept=found.table["table"] == "pledges")
    first = table.index[table["table"] == "pledges"][0]
    table.loc[first, ["series", "donor", "donor_iso3"]] = [
        "Japan to the stabilisation fund (cumulative)", "Japan", "JPN"]
    flow.save_accepted(store, found, table, data)
    saved = store.active_rows("pledges").iloc[0]
    assert (saved["status"], saved["series"], float(saved["amount_usd"]), saved["date"]) == (
        "cumulative", "Japan to the stabilisation fund (cumulative)", 50e6, DAY.isoformat())
