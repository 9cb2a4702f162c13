"""Tests for saved web pages (ingest/page.py, issue 13): main text without boilerplate, the
page's own headline, site name and date, offline, and the fallback stripper."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest

from extraction import extract_facts
from ingest import page as page_module
from ingest.clean import clean, strip_markup
from ingest.messages import InputProblems
from ingest.page import MAX_ELEMENTS, read_page

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
TODAY = dt.date(2024, 6, 1)


def saved(name: str) -> str:
    """A saved page from tests/fixtures/pages."""
    return (PAGES / name).read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def offline(monkeypatch):
    """Any attempt to open a network connection fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("a network connection was attempted")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def upload(name: str, **fields):
    """The Article the ingest path makes of an uploaded saved page."""
    return clean(saved(name).encode(), filename=name, today=TODAY, **fields)


def usd(text: str, published: str) -> list[float]:
    """The USD amounts the extractor reports in the text."""
    return sorted(item["amount_usd"] for item in extract_facts(text, published)["money"])


def test_news_page_keeps_the_article_and_drops_menus_related_links_and_comments():
    """A news layout: nav, ticker, related list and comments are gone, every paragraph stays."""
    article = upload("news_site_en.html")
    assert "Norway will provide $25 million for the stabilisation" in article.text
    assert "The Rome meeting is expected to review progress" in article.text
    for boilerplate in ("Related: $2bn pledged in 2016", "$4.4 billion", "Germany gave",
                        "$50 million there", "Subscribe", "All rights reserved", "Breaking",
                        "$9 million", "$300 per week"):
        assert boilerplate not in article.text
    assert ("ingest.note.main_text", {}) in article.notes


def test_news_page_facts_come_from_the_article_only():
    """The sidebar's '$2bn pledged in 2016' and the comments' sums are never proposed."""
    article = upload("news_site_en.html")
    assert usd(article.text, article.published.isoformat()) == [18e6, 25e6, 25e6]
    places = {p["name_en"] for p in extract_facts(article.text, "2024-03-12")["places"]}
    assert "Homs" not in places and "Aleppo" not in places and "Raqqa" in places


def test_news_page_fills_headline_site_name_and_date_for_review():
    """Blank source fields come from the page; a note names them for the reviewer."""
    article = upload("news_site_en.html")
    assert article.title == "Norway pledges $25 million for Raqqa stabilisation"
    assert article.publisher == "The Levant Ledger"
    assert article.published == dt.date(2024, 3, 12)
    assert ("ingest.note.from_page", {"fields": "publisher, title, published"}) in article.notes


def test_typed_fields_win_over_the_page():
    """What the reviewer typed is kept; only the blank field is filled."""
    article = upload("news_site_en.html", publisher="Levant Ledger (print)",
                     title="Norway: $25m for Raqqa")
    assert (article.publisher, article.title) == ("Levant Ledger (print)", "Norway: $25m for Raqqa")
    assert article.published == dt.date(2024, 3, 12)
    assert ("ingest.note.from_page", {"fields": "published"}) in article.notes


def test_government_release_keeps_the_statement_and_drops_side_widgets():
    """A ministry layout (Arabic): menu, breadcrumb, related and most-read widgets are gone."""
    article = upload("ministry_release_ar.html")
    assert "ستقدم 12 مليون دولار أمريكي" in article.text
    assert "اجتماعه الوزاري المقبل" in article.text
    for boilerplate in ("أخبار ذات صلة", "بملياري دولار", "50 مليون يورو", "مكافأة",
                        "سعر برميل", "جميع الحقوق محفوظة", "اتصل بنا", "تبرع الآن"):
        assert boilerplate not in article.text
    assert article.publisher == "وزارة الخارجية"
    assert article.published == dt.date(2023, 11, 20)
    assert article.title.startswith("اليابان تقدم 12 مليون دولار") and article.language == "ar"
    assert usd(article.text, "2023-11-20") == [12e6, 600e6]


def test_page_date_is_never_after_today():
    """A page dated in the future gives no date (the reviewer types one)."""
    markup = saved("news_site_en.html").replace("2024-03-12", "2030-01-01")
    found = read_page(markup, strip_markup, TODAY)
    assert found.published is None or found.published <= TODAY


def test_page_without_any_date_asks_for_one():
    """No date in the page and none typed: the usual 'published' problem is raised."""
    markup = "<html><body><article><p>" + "Norway pledged $5 million for Raqqa. " * 12 + \
        "</p></article></body></html>"
    with pytest.raises(InputProblems) as err:
        clean(markup.encode(), filename="page.html", publisher="X", title="Y", today=TODAY)
    assert [key for key, _ in err.value.problems] == ["ingest.err.published"]


def test_htmldate_is_only_given_a_parsed_tree(monkeypatch):
    """htmldate downloads a string that starts with 'http': it never receives a string."""
    import htmldate
    real = htmldate.find_date
    seen = []

    def checked(tree, **kwargs):
        seen.append(type(tree).__name__)
        assert not isinstance(tree, (str, bytes))
        return real(tree, **kwargs)
    monkeypatch.setattr(htmldate, "find_date", checked)
    read_page("https://example.org/article", strip_markup, TODAY)
    read_page(saved("news_site_en.html"), strip_markup, TODAY)
    assert seen


def test_deeply_nested_page_keeps_its_text_through_the_stripper():
    """The measured case for keeping strip_markup: past 255 levels of nesting lxml (and so
    trafilatura) gives no text; the stripper keeps every word."""
    import trafilatura
    from lxml import html as lxml_html

    paragraph = "<p>" + "Norway pledged $5 million for Raqqa, the ministry said. " * 3 + "</p>"
    markup = "<html><body>" + "<div>" * 300 + paragraph + "</div>" * 300 + "</body></html>"
    assert not (trafilatura.extract(lxml_html.document_fromstring(markup)) or "").strip()
    found = read_page(markup, strip_markup, TODAY)
    assert "Norway pledged $5 million for Raqqa" in found.text and not found.main_text


def test_short_fragment_is_read_whole():
    """A bare '<p>' fragment keeps its text, entities decoded."""
    assert read_page("<p>الرياض &lt;تحالف&gt;</p>", strip_markup, TODAY).text == "الرياض <تحالف>"


def test_page_with_too_many_elements_uses_the_linear_stripper(monkeypatch):
    """Over MAX_ELEMENTS tags, trafilatura is not run at all."""
    import trafilatura

    def never(*args, **kwargs):
        raise AssertionError("trafilatura ran on a pile of tags")
    monkeypatch.setattr(trafilatura, "bare_extraction", never)
    markup = "<p>Iraq received $5 million.</p>" + "<b>x</b>" * (MAX_ELEMENTS + 1)
    found = read_page(markup, strip_markup, TODAY)
    assert found.text.strip().startswith("Iraq received $5 million.") and not found.main_text


@pytest.mark.timeout(20)
def test_deep_blocks_under_the_element_limit_are_read_in_time():
    """250-deep nests repeated up to the element limit still answer (bounded work)."""
    markup = ("<div>" * 250 + "x" + "</div>" * 250) * (MAX_ELEMENTS // 260)
    assert read_page(markup, strip_markup, TODAY).text


def test_page_module_fetches_nothing():
    """ingest/page.py calls no fetch function of trafilatura or htmldate."""
    source = Path(page_module.__file__).read_text(encoding="utf-8")
    assert "fetch" not in source.replace("nothing is fetched", "")


def test_filled_fields_go_back_into_the_form():
    """flow.page_fields names the form widgets to fill with the page's own values."""
    from ingest import flow
    article = upload("ministry_release_ar.html", title="بيان")
    assert flow.page_fields(article) == {"ingest_publisher": "وزارة الخارجية",
                                         "ingest_published": dt.date(2023, 11, 20)}
    assert flow.page_fields(clean("Norway pledged $5 million.", publisher="X", title="Y",
                                  published=TODAY, today=TODAY)) == {}
