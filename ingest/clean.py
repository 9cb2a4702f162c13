"""Pasted text or an uploaded .txt/.html file + source fields -> a checked Article, or problems."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser

from catalog.markup import safe_url
from extraction.normalize import detect_lang
from ingest.messages import InputProblems
from loaders import rules

MAX_TEXT_BYTES = 200_000  # of UTF-8 text after markup is stripped: a long feature, not a book
MAX_UPLOAD_BYTES = 2_000_000  # an HTML page carries far more markup than text
UPLOAD_TYPES = ("txt", "html", "htm")
KINDS = ("news", "official")
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
OTHER_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LOOKS_LIKE_HTML = re.compile(r"<\s*(html|head|body|p|div|span|a|br|script|style|article|h[1-6]"
                             r"|li|ul|table|meta|!doctype)\b", re.I)
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

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in DROPPED:
            self.skipping.append(tag)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def strip_markup(markup: str) -> str:
    """The visible text of HTML: tags removed, scripts and styles dropped, entities decoded."""
    parser = _TextOnly()
    parser.feed(markup)
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
    notes: list[tuple[str, dict]] = []
    if len(raw) > MAX_UPLOAD_BYTES:  # refused before any markup is searched or stripped
        raise InputProblems([("ingest.err.paste_size", {"size": len(raw) // 1000,
                                                        "limit": MAX_UPLOAD_BYTES // 1000})])
    if is_html or LOOKS_LIKE_HTML.search(raw):
        raw = strip_markup(raw)
        notes.append(("ingest.note.markup", {}))
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
    return text, notes


def source_problems(publisher: str, title: str, url: str, published, today: dt.date,
                    kind: str = "news", language: str | None = None) -> list[tuple[str, dict]]:
    """Every problem with the source fields, each a catalog key and its values."""
    problems: list[tuple[str, dict]] = []
    if not (publisher or "").strip():
        problems.append(("ingest.err.publisher", {}))
    if not (title or "").strip():
        problems.append(("ingest.err.title", {}))
    typed = {"publisher": publisher or "", "title": title or "", "url": (url or "").strip()}
    for name, value in typed.items():
        if problem := rules.text_problem(value, rules.MAX_TEXT[name]):
            problems.append(("ingest.err.field_text", {"field": name, "problem": problem}))
        elif name == "url" and value and not (URL.match(value) and safe_url(value)):
            problems.append(("ingest.err.url", {"url": rules.shown(value, 80)}))
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


def clean(raw: str | bytes | None, *, filename: str | None = None, publisher: str = "",
          title: str = "", url: str = "", published: dt.date | str | None = None,
          language: str | None = None, kind: str = "news",
          today: dt.date | None = None) -> Article:
    """Check the text and the source fields together; raise InputProblems listing all problems."""
    today = today or dt.date.today()
    if isinstance(published, str):
        published = dt.date.fromisoformat(published) if published.strip() else None
    problems = source_problems(publisher, title, url, published, today, kind, language)
    text, notes = "", []
    try:
        if isinstance(raw, bytes):
            raw = decode_upload(filename or "upload.txt", raw)
        html_file = bool(filename) and filename.lower().endswith((".html", ".htm"))
        text, notes = clean_text(raw or "", is_html=html_file)
    except InputProblems as err:
        problems = err.problems + problems
    if problems:
        raise InputProblems(problems)
    return Article(text=text, publisher=" ".join(publisher.split()), title=" ".join(title.split()),
                   url=(url or "").strip(), published=published,
                   language=language or detect_lang(text), kind=kind, notes=tuple(notes))
