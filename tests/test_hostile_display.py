"""Data whose every display text carries markup -> every page shows it as text, never as markup."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from apptest_helpers import open_page, open_revealed
from google.protobuf.json_format import MessageToJson

from catalog.markup import html, md, md_link, safe_url, spreadsheet_cell
from charts.provenance import export_csv
from loaders import load_all

ROOT = Path(__file__).resolve().parents[1]
# Markup, a markdown image that would fetch from another host, Streamlit's own directives.
MARK = "<b>X</b><img src=x>![t](http://tracker.invalid/p.png):red[r]$x$"
# Any of these, not preceded by a backslash escape, would be read as markup.
RAW = re.compile(r"(?<!\\)(<b>X|<img src=x|!\[t\]\()")
# Plotly reads no markdown, only its own tags: an unescaped tag is what must not get through.
PLOT_RAW = re.compile(r"<b>X|<img src=x")
POISONED = {
    "sources.csv": ["publisher", "title"],
    "pledges.csv": ["event", "donor", "channel", "notes"],
    "members.csv": ["name"],
    "member_counts.csv": ["stated_by"],
    "sites.csv": ["name_en", "liberating_forces", "operation"],
    "events.csv": ["title_en", "title_ar"],
    "meetings.csv": ["city", "hosts"],
    "stabilization_areas.csv": ["program"],
    "territory.csv": ["notes"],
    "drives.csv": ["notes"],
}
PAGES = ["pages/1_overview.py", "pages/2_funding.py", "pages/3_membership.py",
         "pages/4_map.py", "pages/5_sources.py", "pages/6_briefing.py"]
# Elements whose text Streamlit reads as markdown or as HTML.
TEXT_KINDS = {"markdown", "alert", "heading", "metric", "caption", "expandable", "badge",
              "page_link"}


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    """A copy of data/ with MARK appended to every display text column."""
    folder = tmp_path_factory.mktemp("hostile") / "data"
    shutil.copytree(ROOT / "data", folder)
    for name, columns in POISONED.items():
        frame = pd.read_csv(folder / name, dtype=str, keep_default_na=False)
        for column in columns:
            frame[column] = frame[column].where(frame[column].eq(""), frame[column] + MARK)
        frame.to_csv(folder / name, index=False)
    return folder


def strings(value):
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def protos(node):
    """Every element proto under an AppTest node, with the kind of element it is."""
    proto = getattr(node, "proto", None)
    if proto is not None and hasattr(proto, "DESCRIPTOR"):
        yield getattr(node, "type", type(node).__name__).lower(), proto
    children = getattr(node, "children", None) or {}
    for child in children.values():
        yield from protos(child)


def test_hostile_data_loads_and_keeps_its_text(hostile_dir):
    """The hostile copy is valid data: markup is text, not a reason to refuse a row."""
    data = load_all(hostile_dir)
    assert not data.problems
    assert data.pledges["donor"].str.endswith(MARK).all()


@pytest.mark.parametrize("since", [None, "2016-01-01"])
@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("page", PAGES)
def test_page_shows_markup_from_data_as_text(hostile_dir, monkeypatch, page, lang, since):
    """No value from the data reaches a page as HTML or markdown, in text or in charts (with a
    comparison date too: the "Since" panels, the drives and the territory chart)."""
    monkeypatch.setenv("COALITION_DATA_DIR", str(hostile_dir))
    at = open_revealed(open_page(page, lang=lang, **({"since": since} if since else {})))
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    seen_escaped = False
    for kind, proto in protos(at._tree):
        if kind in TEXT_KINDS or "markdown" in kind:
            for text in strings(json.loads(MessageToJson(proto))):
                assert not RAW.search(text), (kind, text[:400])
                seen_escaped |= "\\<b\\>X" in text or "&#60;b&#62;X" in text
    for chart in at.get("plotly_chart"):
        for text in strings(json.loads(chart.proto.spec)):
            assert not PLOT_RAW.search(text), text[:400]
            seen_escaped |= "&lt;b&gt;X" in text
    seen_escaped |= any(frame.value.astype(str).apply(
        lambda column: column.str.contains("<b>X", regex=False)).any().any()
        for frame in at.dataframe)  # a data grid shows text as text
    assert seen_escaped, "the poisoned values were shown somewhere, escaped"


def test_markdown_escape_leaves_nothing_to_interpret():
    """md() escapes every construct: links, images, HTML, emphasis, math, directives, lists."""
    hostile = "# h\n- [a](javascript:x) ![i](http://e.invalid/i.png) <b>*e*</b> $m$ :red[r]"
    escaped = md(hostile)
    assert "\n" not in escaped
    for raw in ("[a](", "![i]", "<b>", "*e*", "$m$", ":red["):
        assert raw not in escaped
    assert escaped.replace("\\", "") == hostile.replace("\n", " ")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "//evil.invalid/x",
                                 "http://", "ftp://x.invalid/a", "http://a b.invalid/",
                                 "http://x.invalid/\u202e", " vbscript:x", "", None])
def test_links_only_for_http_addresses(url):
    """A link is drawn only for an absolute http(s) address; anything else stays text."""
    assert safe_url(url) is None
    assert "](" not in md_link("label", url)


def test_link_address_cannot_break_out_of_markdown():
    """Brackets, parentheses and angle brackets in an address are percent-encoded."""
    link = md_link("t", "https://x.invalid/a)b<c>d](e")
    assert link == "[t](<https://x.invalid/a%29b%3Cc%3Ed]%28e>)"


def test_html_template_escapes_its_parts():
    """html() escapes every part, attributes included."""
    built = html("<p title='{a}'>{b}</p>", a="' onmouseover='x", b="<script>")
    assert built == "<p title='&#39; onmouseover&#61;&#39;x'>&#60;script&#62;</p>"


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://e.invalid\")", "+1+1", "-2+3", "@SUM(A1)",
                                  "\tx", "\rx", "\uff1d1+1"])
def test_formula_cells_are_neutralised(cell):
    """Cells a spreadsheet would run as formulas start with an apostrophe."""
    assert spreadsheet_cell(cell) == "'" + cell


def test_downloaded_csv_has_no_formula_cell(hostile_dir):
    """The rows download: a donor typed as a formula is written as text."""
    data = load_all(hostile_dir)
    rows = data.pledges.head(3).copy()
    rows["donor"] = ["=HYPERLINK(\"http://e.invalid\",\"x\")", "@SUM(1)", "-1+2"]
    text = export_csv([rows], data.sources, "2023-06-08").decode()
    frame = pd.read_csv(pd.io.common.StringIO(text), dtype=str)
    assert all(value.startswith("'") for value in frame["donor"])
    for column in frame.columns:
        assert not frame[column].dropna().str.match(r"^[=+@\t\r]").any(), column
    assert json.dumps(list(frame["amount_usd"]))  # numbers stay numbers
