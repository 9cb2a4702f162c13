"""Briefing kit: the deck opened with python-pptx, the images with Pillow, the CLI's errors."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image
from pptx import Presentation

from briefing import SECTIONS, compose_deck, export_images
from briefing.deck import number_sources, published_text, reference, source_slide_count
from briefing.figures import HEIGHT, HEIGHTS, SCALE, WIDTH
from charts.funding import latest_goal
from loaders import load_all
from loaders.asof import funding_known_by, membership_snapshot

ROOT = Path(__file__).resolve().parent.parent
AS_OF = pd.Timestamp("2023-06-08")
HAS_BROWSER = Path("/usr/bin/chromium").exists() or bool(shutil.which("chromium"))
needs_browser = pytest.mark.skipif(not HAS_BROWSER, reason="no Chromium on this machine")


@pytest.fixture(scope="module")
def data():
    return load_all()


@pytest.fixture(scope="module")
def deck(data, tmp_path_factory):
    out = tmp_path_factory.mktemp("deck") / "deck.pptx"
    report = compose_deck(AS_OF, "en", SECTIONS, out, data)
    return report, Presentation(str(out))


def slide_text(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def pictures(slide) -> list:
    return [shape for shape in slide.shapes if shape.shape_type == 13]


def expected_figures(data) -> dict[str, str]:
    """A number each view's headline must state, computed here from the loaders."""
    goal = latest_goal(funding_known_by(data.pledges, AS_OF))
    snap = membership_snapshot(data.members, data.member_counts, data.sources, AS_OF)
    return {"funding": f"{goal['amount_usd'] / 1e6:.0f}", "membership": str(snap.stated_total),
            "overview": str(snap.stated_total)}


@needs_browser
def test_deck_has_title_views_and_source_slides(deck):
    """Title slide, one slide per view, then the source list slides: nothing more."""
    report, prs = deck
    parts = source_slide_count(report.sources)
    assert len(prs.slides) == report.slides == 1 + len(SECTIONS) + parts
    assert "Sources used in this deck" in slide_text(prs.slides[len(prs.slides) - 1])
    assert prs.slide_width > prs.slide_height * 1.7  # 16:9


@needs_browser
def test_each_view_slide_has_picture_headline_and_noted_sources(deck, data):
    """Every view slide carries a chart picture, a headline with the data's figure, sources."""
    report, prs = deck
    assert report.missing == {}
    expected = expected_figures(data)
    assert expected["funding"] == "601"
    for index, key in enumerate(SECTIONS, start=1):
        slide = prs.slides[index]
        assert pictures(slide), key
        text = slide_text(slide)
        if key in expected:
            assert expected[key] in text.splitlines()[1], (key, text.splitlines()[1])
        notes = slide.notes_slide.notes_text_frame.text
        assert "Sources (" in notes and "http" in notes, key
        assert "Sources [" in text  # the footer line


@needs_browser
def test_pictures_are_high_resolution(deck):
    """The chart pictures are rendered at twice their CSS size, not screen resolution."""
    _, prs = deck
    picture = pictures(prs.slides[2])[0]
    assert Image.open(io.BytesIO(picture.image.blob)).size == (WIDTH * SCALE, HEIGHT * SCALE)


@needs_browser
def test_png_images_have_size_and_content(data, tmp_path):
    """Each exported PNG has the expected size and is not blank (many colours, not all white)."""
    paths, missing = export_images(AS_OF, "en", tmp_path, formats=("png",), data=data)
    assert missing == {}
    assert sorted(p.name.split("_")[0] for p in paths) == sorted(SECTIONS)
    for path in paths:
        key = path.name.split("_")[0]
        image = Image.open(path).convert("RGB")
        assert image.size == (WIDTH * SCALE, HEIGHTS.get(key, HEIGHT) * SCALE), path.name
        colours = image.getcolors(maxcolors=1 << 20) or []
        assert len(colours) > 20, path.name
        assert image.getextrema() != ((255, 255), (255, 255), (255, 255)), path.name


def test_deck_builds_without_browser_and_names_missing_images(data, tmp_path, monkeypatch):
    """With BROWSER_PATH pointing at nothing, the deck still builds and lists missing images."""
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-browser"))
    report = compose_deck(AS_OF, "en", ("funding", "map"), tmp_path / "d.pptx", data)
    assert set(report.missing) == {"funding", "map"}
    assert all("no browser" in why for why in report.missing.values())
    prs = Presentation(str(tmp_path / "d.pptx"))
    assert not pictures(prs.slides[1])
    assert "Image missing" in slide_text(prs.slides[1])


def test_arabic_deck_has_rtl_paragraphs(data, tmp_path, monkeypatch):
    """Arabic slides use right-to-left, right-aligned paragraphs and Arabic catalog strings."""
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "none"))
    report = compose_deck(AS_OF, "ar", ("funding",), tmp_path / "ar.pptx", data)
    prs = Presentation(str(tmp_path / "ar.pptx"))
    slide = prs.slides[1]
    ppr = [p._p.pPr for shape in slide.shapes if shape.has_text_frame
           for p in shape.text_frame.paragraphs]
    assert ppr and all(p is not None and p.get("rtl") == "1" for p in ppr)
    assert {p.get("algn") for p in ppr} <= {"r", "ctr"}  # the missing-image box is centred
    assert "الخط الزمني للتمويل" in slide_text(slide)
    assert report.slides == 2 + source_slide_count(report.sources, "ar")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("args, message", [
    (["--as-of", "2023-13-40", "--out", "x.pptx"], "bad date"),
    (["--as-of", "2023-06-08", "--out", "x.pptx", "--sections", "funding", "weather"],
     "unknown section 'weather'"),
    (["--as-of", "2023-06-08", "--out", "/no/such/folder/deck.pptx"], "cannot write"),
])
def test_cli_errors_are_one_line_with_exit_code_2(args, message):
    """Bad date, unknown section and unwritable path: one clear line on stderr, exit code 2."""
    result = run_cli(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_cli_reports_missing_images_on_stderr(tmp_path):
    """Without a browser the CLI still writes the deck and prints each missing image."""
    out = tmp_path / "deck.pptx"
    env_run = subprocess.run(
        [sys.executable, "-m", "briefing", "--as-of", "2023-06-08", "--out", str(out),
         "--sections", "camps"], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "BROWSER_PATH": str(tmp_path / "none"),
             "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)})
    assert env_run.returncode == 0, env_run.stderr
    assert out.exists()
    assert "missing image: camps: no browser" in env_run.stderr


def test_page_previews_views_and_presents_one_per_screen():
    """The page previews the chosen views and, in presentation mode, moves slide by slide."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "pages" / "6_briefing.py"), default_timeout=120)
    at.session_state["as_of"] = AS_OF.date()
    at.run()
    assert not at.exception
    at.multiselect(key="briefing_sections").set_value(["funding", "camps"]).run()
    assert not at.exception and len(at.get("plotly_chart")) == 2
    at.button(key="briefing_present").click().run()
    assert at.query_params["present"] == ["1"] or at.query_params["present"] == "1"
    at.button(key="briefing_next").click().run()
    assert not at.exception
    charts = [json.loads(el.proto.spec) for el in at.get("plotly_chart")]
    assert len(charts) == 1 and "al-Hol" in charts[0]["layout"]["title"]["text"]


def test_funding_view_hides_the_reconstruction_conference_and_says_so(data):
    """As on the Funding page, the 2018 Kuwait conference rows are left out, with a caveat."""
    from briefing.views import funding_view
    from charts.funding import is_reconstruction_conference

    view = funding_view(data, AS_OF, "en")
    hidden = int(is_reconstruction_conference(funding_known_by(data.pledges, AS_OF)).sum())
    assert hidden > 0
    assert any(f"{hidden} rows of the 2018 Kuwait reconstruction" in c for c in view.caveats)
    amounts = [y for trace in view.figure.data for y in (trace.y if trace.y is not None else ())]
    assert amounts and 3e10 not in amounts  # the conference total ($30B) is not drawn


def test_references_show_publisher_date_at_precision_title_and_url():
    """A reference reads 'Publisher, 2016. Title. URL': year-only dates stay years."""
    row = pd.DataFrame([{"publisher": "UNDP", "published": pd.Timestamp("2016-01-01"),
                         "published_precision": "year", "title": "Annual report",
                         "url": "https://example.org/r", "kind": "official"}])
    entry = next(row.itertuples())
    assert published_text(entry) == "2016"
    assert reference(entry) == "UNDP, 2016. Annual report. https://example.org/r"


def test_sources_are_numbered_official_first_and_copies_last_labelled_copy():
    """Official sources come first, unknown tiers rank with news, copies last as '(copy)'."""
    from briefing.views import View

    day = pd.Timestamp("2020-05-01")
    table = pd.DataFrame({"source_id": list("abcd"), "publisher": list("ABCD"),
                          "title": ["t1", "t2", "t3", "t4"], "published": [day] * 4,
                          "published_precision": ["day", "month", "day", "day"],
                          "url": ["https://x.org/"] * 4,
                          "kind": ["news", "news", "news", "official"],
                          "tier": ["copy", "news", "blog", "official"]})
    view = View("x", "X", "X", None, [], [], table)
    numbered = number_sources([view])
    assert list(numbered["source_id"]) == ["d", "b", "c", "a"]
    rows = list(numbered.itertuples())
    assert reference(rows[1]).startswith("B, 2020-05. t2.")
    assert "(copy)" in reference(rows[3]) and "(copy)" not in reference(rows[0])


@needs_browser
def test_source_slides_list_titles(deck, data):
    """The source slides carry each source's title, not only publisher and date."""
    report, prs = deck
    text = "\n".join(slide_text(s) for s in list(prs.slides)[1 + len(SECTIONS):])
    first = report.sources.iloc[0]
    assert str(first["title"]).strip() in text and str(first["publisher"]) in text
