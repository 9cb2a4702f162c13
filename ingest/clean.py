"""Pasted text or an uploaded .txt/.html file + source fields -> a checked Article, or problems."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

from extraction.normalize import detect_lang
from ingest.messages import InputProblems
from ingest.page import Page, read_page
from loaders.rules import text_issue

MAX_TEXT_BYTES = 200_000  # of UTF-8 text after markup is stripped: a long feature, not a book
MAX_UPLOAD_BYTES = 2_000_000  # an HTML page carries far more markup than text
UPLOAD_TYPES = ("txt", "html", "htm")
KINDS = ("news", "official")
MAX_FIELD = {"publisher": 200, "title": 500, "url": 2000}
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
OTHER_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LOOKS_LIKE_HTML = re.compile(r"<\s*(html|head|body|p|div|span|a|br|script|style|article|h[1-6]"
                             r"|li|ul|table|meta|!doctype)\b", re.I)
# A '<' that does not open a tag closed before the next '<' is text. Each lookahead stops at
# the next '<' or '>', so the scan is linear; html.parser would otherwise re-read the rest of
# the page from every such '<' ('<p<p<p...', '<?<?...': quadratic).
STRAY_LT = re.compile(r"<(?![A-Za-z/!?][^<>]*>)")
URL = re.compile(r"^https?://\S+$")
LANGUAGE = re.compile(r"^[a-z]{2}$")
# Content of these elements is never article text (and scripts must never reach a page).
DROPPED = {"script", "style", "noscript", "template", "svg", "iframe", "object", "head",
           "button", "form", "select"}
BLOCKS = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "header",
          "footer", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "title", "hr"}


@dataclass(frozen=True)
class Article:
    """An article ready for extraction and saving: clean text and its source fields."""

    text: str
    publisher: str
    title: str
    url: str
    published: dt.date
    language: str
    kind: str = "news"
    notes: tuple[tuple[str, dict], ...] = field(default=())

    @property
    def sha256(self) -> str:
        return text_hash(self.text)


class _TextOnly(HTMLParser):
    """Collects the text of an HTML page; entities decoded, dropped elements skipped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.open = Counter()  # of the tags in `skipping`: a membership test in constant time

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in DROPPED:
            self.skipping.append(tag)
            self.open[tag] += 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.open[tag]:
            while self.skipping:
                popped = self.skipping.pop()
                self.open[popped] -= 1
                if popped == tag:
                    break
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def without_comments(markup: str) -> str:
    """HTML comments removed with str.find (an unclosed one runs to the end, as in a browser)."""
    parts, position = [], 0
    while (start := markup.find("<!--", position)) != -1:
        parts.append(markup[position:start])
        end = markup.find("-->", start + 4)
        position = len(markup) if end == -1 else end + 3
    parts.append(markup[position:])
    return "".join(parts)


def strip_markup(markup: str) -> str:
    """The visible text of HTML: tags removed, scripts and styles dropped, entities decoded."""
    parser = _TextOnly()
    parser.feed(STRAY_LT.sub("&lt;", without_comments(markup)))
    parser.close()
    return "".join(parser.parts)


def tidy(text: str) -> str:
    """Unicode NFC, Unix line ends, spaces collapsed within lines, at most one blank line."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def text_hash(text: str) -> str:
    """sha256 of the text with all whitespace runs folded: the same article pasted twice."""
    folded = " ".join(unicodedata.normalize("NFC", text).split()).casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def decode_upload(name: str, data: bytes) -> str:
    """An uploaded file's text; binary, non-UTF-8, oversize or other file types are refused."""
    kind = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if kind not in UPLOAD_TYPES:
        raise InputProblems([("ingest.err.file_type", {"name": name})])
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputProblems([("ingest.err.file_size", {"name": name, "size": len(data) // 1000,
                                                       "limit": MAX_UPLOAD_BYTES // 1000})])
    if b"\x00" in data or sum(b < 9 or 13 < b < 32 for b in data[:4096]) > 8:
        raise InputProblems([("ingest.err.binary", {"name": name})])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        byte = f"{data[err.start]:#04x}"
        raise InputProblems([("ingest.err.not_utf8", {"name": name, "byte": byte,
                                                      "offset": err.start})]) from None


def clean_text(raw: str, is_html: bool = False) -> tuple[str, list[tuple[str, dict]]]:
    """Plain article text and notes on what was removed; empty or oversize text is refused."""
    text, notes, _ = clean_page(raw, is_html)
    return text, notes


def clean_page(raw: str, is_html: bool = False, today: dt.date | None = None
               ) -> tuple[str, list[tuple[str, dict]], Page | None]:
    """Like clean_text, plus what an HTML page says of itself (headline, site, date): a page's
    main text comes from trafilatura (ingest/page.py), without menus, related links or
    comments; None for plain text."""
    notes: list[tuple[str, dict]] = []
    if len(raw) > MAX_UPLOAD_BYTES or len(raw.encode("utf-8", "surrogatepass")) > MAX_UPLOAD_BYTES:
        size = len(raw.encode("utf-8", "surrogatepass"))  # refused before any markup is parsed
        raise InputProblems([("ingest.err.paste_size", {"size": size // 1000,
                                                        "limit": MAX_UPLOAD_BYTES // 1000})])
    page = None
    if is_html or LOOKS_LIKE_HTML.search(raw):
        page = read_page(raw, strip_markup, today)
        raw = page.text
        notes.append(("ingest.note.main_text" if page.main_text else "ingest.note.markup", {}))
    bidi = len(BIDI_CONTROLS.findall(raw))
    if bidi:
        notes.append(("ingest.note.bidi", {"count": bidi}))
    text = tidy(OTHER_CONTROLS.sub("", BIDI_CONTROLS.sub("", raw)))
    if not text:
        raise InputProblems([("ingest.err.empty", {})])
    size = len(text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise InputProblems([("ingest.err.too_long", {"size": size // 1000,
                                                      "limit": MAX_TEXT_BYTES // 1000})])
    return text, notes, page


def from_page(page: Page | None, publisher: str, title: str, published
              ) -> tuple[str, str, dt.date | None, list[tuple[str, dict]]]:
    """Blank source fields filled from the page itself, with a note naming them for the
    reviewer to confirm; fields the user typed are never replaced."""
    if page is None:
        return publisher, title, published, []
    filled = []
    if not (publisher or "").strip() and page.publisher:
        publisher = page.publisher[:MAX_FIELD["publisher"]]
        filled.append("publisher")
    if not (title or "").strip() and page.title:
        title = page.title[:MAX_FIELD["title"]]
        filled.append("title")
    if published is None and page.published is not None:
        published = page.published
        filled.append("published")
    note = [("ingest.note.from_page", {"fields": ", ".join(filled)})] if filled else []
    return publisher, title, published, note


def source_problems(publisher: str, title: str, url: str, published, today: dt.date,
                    kind: str = "news", language: str | None = None) -> list[tuple[str, dict]]:
    """Every problem with the source fields, each a catalog key and its values."""
    problems = field_problems({"publisher": publisher, "title": title, "url": url})
    if not (publisher or "").strip():
        problems.append(("ingest.err.publisher", {}))
    if not (title or "").strip():
        problems.append(("ingest.err.title", {}))
    if (url or "").strip() and not any(values.get("field") == "url" for _, values in problems):
        problems += url_problems(url.strip())
    if published is None:
        problems.append(("ingest.err.published", {}))
    elif published > today:
        problems.append(("ingest.err.future", {"date": published.isoformat(),
                                               "today": today.isoformat()}))
    if kind not in KINDS:
        problems.append(("ingest.err.kind", {"kind": kind}))
    if language is not None and not LANGUAGE.match(language):
        problems.append(("ingest.err.language", {"language": language}))
    return problems


def field_problems(values: dict[str, str | None],
                   limits: dict[str, int] = MAX_FIELD) -> list[tuple[str, dict]]:
    """A problem naming the field for each value over its length limit or holding a control or
    bidi character (loaders.rules); the message key is ingest.err.text_<reason>."""
    problems = []
    for name, value in values.items():
        issue = text_issue(value or "", limits[name])
        if issue:
            problems.append((f"ingest.err.text_{issue[0]}", {"field": name, **issue[1]}))
    return problems


def url_problems(url: str) -> list[tuple[str, dict]]:
    """Nothing for an http(s) address with a host and no spaces, else the problem with it."""
    if not URL.match(url):
        return [("ingest.err.url", {"url": url[:80]})]
    try:
        host = urlsplit(url).hostname
    except ValueError:  # an unclosed '[' in the host part
        host = None
    return [] if host else [("ingest.err.url_host", {"url": url[:80]})]


def clean(raw: str | bytes | None, *, filename: str | None = None, publisher: str = "",
          title: str = "", url: str = "", published: dt.date | str | None = None,
          language: str | None = None, kind: str = "news",
          today: dt.date | None = None) -> Article:
    """Check the text and the source fields together; raise InputProblems listing all problems."""
    today = today or dt.date.today()
    if isinstance(published, str):
        published = dt.date.fromisoformat(published) if published.strip() else None
    text, notes, page, text_problems = "", [], None, []
    try:
        if isinstance(raw, bytes):
            raw = decode_upload(filename or "upload.txt", raw)
        html_file = bool(filename) and filename.lower().endswith((".html", ".htm"))
        text, notes, page = clean_page(raw or "", is_html=html_file, today=today)
    except InputProblems as err:
        text_problems = err.problems
    publisher, title, published, filled = from_page(page, publisher, title, published)
    problems = text_problems + source_problems(publisher, title, url, published, today, kind,
                                               language)
    if problems:
        raise InputProblems(problems)
    return Article(text=text, publisher=" ".join(publisher.split()), title=" ".join(title.split()),
                   url=(url or "").strip(), published=published,
                   language=language or detect_lang(text), kind=kind,
                   notes=tuple(notes + filled))
