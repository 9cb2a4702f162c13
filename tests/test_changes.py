"""What changed between two dates: the builder on real data, every page with ?since=, the CSV,
the deck's "Since" slide and the CLI's --since."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from apptest_helpers import open_page, shown_text
from pptx import Presentation

from charts import changes as ch
from loaders import load_all

ROOT = Path(__file__).resolve().parents[1]
SINCE, AS_OF = "2022-05-11", "2023-06-08"


@pytest.fixture(scope="module")
def data():
    return load_all()


@pytest.fixture(scope="module")
def lines(data):
    return ch.changes_between(data, SINCE, AS_OF)


def row(lines, section, item_part):
    found = lines[(lines["section"] == section) & lines["item"].str.contains(item_part)]
    assert len(found) == 1, (section, item_part, lines[lines["section"] == section]["item"])
    return found.iloc[0]


def test_togo_joins_and_the_stated_totals_then_and_now(lines):
    """Togo named with its day; 84 stated at Marrakech, 86 official and 85 (seed) at Riyadh."""
    togo = row(lines, "members", "Togo")
    assert togo["status"] == "joined" and togo["date"] == pd.Timestamp(AS_OF)
    assert togo["source_id"] == "theglobalcoalition_03"
    stated = row(lines, "members", "stated")
    assert (stated["then"], stated["now"]) == ("84", "86 · 85")
    ids = {stated["source_id"], *stated["also_sources"].split(";")}
    assert {"thefederalnewswire_02", "theglobalcoalition_03", "northpress_2023_06_08"} <= ids
    gap = row(lines, "members", "minus")
    assert (gap["then"], gap["now"]) == ("0", "1")


def test_money_is_listed_by_status_with_the_riyadh_goal_as_a_floor(lines):
    money = lines[lines["section"] == "money"]
    goal = money[money["status"] == "goal"]
    assert len(goal) == 1 and "601" in goal.iloc[0]["now"]
    assert "more than" in goal.iloc[0]["now"] and "floor" in goal.iloc[0]["now"]
    pledges = money[money["status"] == "pledge"]
    assert "$148.7M" in set(pledges["now"])
    # grouped by status in a fixed order, never one total across statuses
    order = [ch.MONEY_ORDER.index(s) for s in money["status"]]
    assert order == sorted(order)
    assert (money["date"] > pd.Timestamp(SINCE)).all()
    assert (money["date"] <= pd.Timestamp(AS_OF)).all()


def test_al_hol_then_and_now_each_with_its_source(lines):
    hol = row(lines, "camps", "al-Hol")
    assert "57,000" in hol["then"] and "January 2022" in hol["then"]
    assert "50,000" in hol["now"] and "2023" in hol["now"]
    assert hol["source_id"] and hol["also_sources"]


def test_every_line_that_states_a_fact_cites_a_known_source(lines, data):
    known = set(data.sources["source_id"])
    for _, line in lines.iterrows():
        ids = [line["source_id"], *filter(None, line["also_sources"].split(";"))]
        assert set(filter(None, ids)) <= known
        if line["item"] not in ("Members named in the dataset", "Stated minus named"):
            assert line["source_id"], line["item"]


def test_a_window_after_the_closure_says_the_camp_closed(data):
    lines = ch.changes_between(data, "2025-06-01", "2026-03-01")
    hol = row(lines, "camps", "al-Hol")
    assert "closed" in hol["now"] and "22 February 2026" in hol["now"]
    closed = lines[(lines["section"] == "places") & lines["item"].str.contains("al-Hol")]
    assert list(closed["now"]) == ["closed"]


def test_a_year_precision_join_straddling_the_window_is_only_possible(data):
    members = data.members.copy()
    members.loc[members["member_id"] == "tgo", ["joined", "joined_precision", "joined_end"]] = [
        pd.Timestamp("2023-01-01"), "year", pd.Timestamp("2023-12-31")]
    lines = ch.changes_between(replace(data, members=members), SINCE, AS_OF)
    togo = row(lines, "members", "Togo")
    assert togo["status"] == "maybe" and "2023" in togo["now"]


def test_since_must_be_before_as_of(data):
    with pytest.raises(ValueError, match="must be before"):
        ch.changes_between(data, AS_OF, AS_OF)


def test_quick_picks(data):
    assert ch.previous_ministerial(data.meetings, AS_OF) == pd.Timestamp(SINCE)
    assert ch.year_before(AS_OF) == pd.Timestamp("2022-06-08")


def test_csv_export_is_spreadsheet_safe(lines, data):
    from charts.provenance import export_csv

    hostile = lines.copy()
    hostile.loc[0, "item"] = "=HYPERLINK(\"http://x\")"
    text = export_csv([ch.changes_export(hostile)], data.sources, AS_OF).decode()
    assert "'=HYPERLINK" in text
    assert "Togo" in text and "date_text" in text.splitlines()[0]


@pytest.mark.parametrize(("page", "section"), [
    ("pages/1_overview.py", "Members"), ("pages/2_funding.py", "Money announced in the window"),
    ("pages/3_membership.py", "Members"), ("pages/4_map.py", "Camp populations, then and now")])
def test_every_view_takes_since_from_the_url(page, section):
    at = open_page(page, as_of=AS_OF, since=SINCE)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert "Since 11 May 2022" in [shown_text(s.value) for s in at.subheader]
    texts = [shown_text(m.value) for m in at.markdown]
    assert any(section in text for text in texts)
    frames = [d.value for d in at.dataframe]
    assert any(frame.astype(str).apply(lambda c: c.str.contains("Togo|al-Hol|601")).any().any()
               for frame in frames)


def test_no_since_no_panel_and_a_since_after_as_of_is_refused():
    at = open_page("pages/1_overview.py", as_of=AS_OF)
    assert not any("Since" in s.value for s in at.subheader)
    at = open_page("pages/1_overview.py", as_of="2020-01-01", since="2021-01-01")
    assert not at.exception
    assert not any("Since" in s.value for s in at.subheader)
    assert any("not before the as-of date" in shown_text(w.value) for w in at.sidebar.warning)


def test_quick_pick_sets_since_in_the_url():
    at = open_page("pages/1_overview.py", as_of=AS_OF)
    at.button(key="since_pick_ministerial").click().run()
    assert not at.exception
    assert at.query_params.get("since") in ("2022-05-11", ["2022-05-11"])
    assert "Since 11 May 2022" in [shown_text(s.value) for s in at.subheader]


def test_arabic_panel():
    at = open_page("pages/1_overview.py", as_of=AS_OF, since=SINCE, lang="ar")
    assert not at.exception
    assert any("منذ" in s.value for s in at.subheader)


def test_deck_gets_a_since_slide(data):
    from briefing.deck import compose_deck

    report = compose_deck(AS_OF, "en", ["overview"], data=data, since=SINCE)
    deck = Presentation(io.BytesIO(report.output))
    texts = [" ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
             for slide in deck.slides]
    assert "Since 11 May 2022" in texts[1]
    assert "Togo" in texts[1] and "601" in texts[1] and "al-Hol" in texts[1]
    notes = deck.slides[1].notes_slide.notes_text_frame.text
    assert "theglobalcoalition.org" in notes  # numbered sources with URLs in the notes
    plain = compose_deck(AS_OF, "en", ["overview"], data=data)
    assert "Since" not in " ".join(s.text_frame.text for s in Presentation(
        io.BytesIO(plain.output)).slides[1].shapes if s.has_text_frame)


@pytest.mark.parametrize(("since", "message"), [
    ("2023-06-08", "must be before --as-of"), ("yesterday", "bad --since date")])
def test_cli_refuses_a_bad_since(since, message, tmp_path):
    result = subprocess.run([sys.executable, "-m", "briefing", "--as-of", AS_OF, "--since",
                             since, "--out", str(tmp_path / "d.pptx")], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and message in result.stderr
    assert not (tmp_path / "d.pptx").exists()


def test_arabic_since_slide_names_statuses_in_arabic(data):
    from briefing.views import since_view

    view = since_view(data, pd.Timestamp(SINCE), pd.Timestamp(AS_OF), "ar")
    money = [line for line in view.caveats if "601" in line]
    assert money and "[هدف]" in money[0] and "[Goal]" not in " ".join(view.caveats)
