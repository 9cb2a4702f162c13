"""A saved HTML page -> its main text (no menus, related links or comments), headline, site name
and publication date, with trafilatura and htmldate; nothing is fetched.

The page is parsed once with lxml, after the linear-time clean-up of ingest.clean (comments
removed with str.find, stray '<' escaped), and the tree is handed to both libraries: htmldate
downloads a *string* that starts with 'http', so it is never given one. A page whose tree is too
large (MAX_ELEMENTS), that lxml cannot parse (nesting deeper than libxml2 allows), or whose main
text trafilatura cannot find (a fragment shorter than its minimum, e.g. '<p>...</p>' alone) goes
through the hand-written stripper instead (ingest.clean.strip_markup), which keeps every word.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
from dataclasses import dataclass

MAX_ELEMENTS = 15_000  # a long news page has 1,000-5,000 elements; more is a pile, not a page
_TAG = re.compile(r"<[A-Za-z]")


@dataclass(frozen=True)
class Page:
    """What a page says about itself; empty strings and None where it says nothing."""

    text: str
    title: str = ""
    publisher: str = ""
    published: dt.date | None = None
    main_text: bool = False  # True: trafilatura found the article; False: the whole page's text


def _tree(markup: str):
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        tree = lxml_html.document_fromstring(markup)
    except (ParserError, ValueError):
        return None
    return tree if len(tree) else None


def _date(tree, today: dt.date) -> dt.date | None:
    """The page's own publication date (not its last change), never after today."""
    import htmldate

    try:
        found = htmldate.find_date(tree, original_date=True, extensive_search=True,
                                   max_date=today.isoformat())
    except (ValueError, TypeError):
        return None
    try:
        day = dt.date.fromisoformat(found) if found else None
    except ValueError:
        return None
    return day if day and day <= today else None


def read_page(markup: str, strip, today: dt.date | None = None) -> Page:
    """The page's article text and metadata; `strip(markup)` is the fallback stripper (it gets
    the markup as given). `markup` must already be within the upload limits."""
    from ingest.clean import STRAY_LT, without_comments

    today = today or dt.date.today()
    prepared = STRAY_LT.sub("&lt;", without_comments(markup))
    if len(_TAG.findall(prepared)) > MAX_ELEMENTS:
        return Page(strip(markup))
    tree = _tree(prepared)
    if tree is None:
        return Page(strip(markup))
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    document = trafilatura.bare_extraction(
        copy.deepcopy(tree), include_comments=False, include_tables=True, include_images=False,
        include_links=False, with_metadata=True, deduplicate=False, fast=False)
    published = _date(tree, today)
    if document is None or not (document.text or "").strip():
        return Page(strip(markup), published=published)
    text = "\n\n".join(line for line in document.text.split("\n") if line.strip())
    return Page(text, title=" ".join((document.title or "").split()),
                publisher=" ".join((document.sitename or "").split()),
                published=published, main_text=True)
