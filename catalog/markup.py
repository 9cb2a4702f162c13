"""Text from data, the store or a form -> safe display forms: the one place markup is built.

Every value that did not come from this repository's code is text. Shown in a Streamlit
element that reads markdown (titles, captions, alerts, expander labels), it is escaped with
`md`; inside HTML that the app builds on purpose (summaries, legends) the markup is assembled
by `html` from a template written in the code, each part escaped by `html_text`; in a plotly
title, label or hover text it goes through `plot_text` (deck.gl tooltips are escaped by
Streamlit itself). A link is drawn only by `md_link`, and only for an http(s) address: a value
can never make the browser fetch.
"""

from __future__ import annotations

import re
import string
import unicodedata
from urllib.parse import quote, urlsplit

# CommonMark lets a backslash escape any ASCII punctuation; Streamlit adds its own syntax on
# top ($ math, :colour[...] and :icon: directives), all spelled with ASCII punctuation too.
_MD_SPECIAL = re.compile("([" + re.escape(string.punctuation) + "])")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029]+")
_URL_SAFE = "/:?#[]@!$&'*+,;=%~-._"


def md(value) -> str:
    """A value as literal text inside Streamlit markdown: no link, image, HTML or formatting.

    Line breaks become spaces, so a value cannot start a heading, list or table of its own."""
    text = _LINE_BREAKS.sub(" ", "" if value is None else str(value))
    return _MD_SPECIAL.sub(r"\\\1", text)


# In HTML every ASCII punctuation mark becomes a character reference: the HTML stays inert
# wherever it is shown, even where a markdown renderer looks inside it (st.markdown with
# unsafe_allow_html) or plotly reads its own tags (<b>, <a href>) in a label.
_HTML_TEXT = {ord(ch): f"&#{ord(ch)};" for ch in string.punctuation if ch not in ".,;"}
_HTML_TEXT |= {ord(ch): " " for ch in "\r\n\u2028\u2029"}


def html_text(value) -> str:
    """A value as literal text inside HTML (element content or a quoted attribute), with
    nothing a markdown or plotly label parser could read as syntax; line breaks become spaces."""
    return ("" if value is None else str(value)).translate(_HTML_TEXT)


# Plotly reads its own small tag set (<b>, <br>, <a href>, <span style>) and entities in
# labels and hover text, and nothing else: escaping <, > and & is all it needs.
_PLOT_TEXT = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}


def plot_text(value) -> str:
    """A value as literal text in a plotly title, label, annotation or hover text."""
    return ("" if value is None else str(value)).translate(_PLOT_TEXT)


def html(template: str, **parts) -> str:
    """The app's own HTML template with every part escaped as text.

    Parts wrapped in `Trusted` (markup built by this module) are inserted as they are."""
    return template.format(**{name: value if isinstance(value, Trusted) else html_text(value)
                              for name, value in parts.items()})


class Trusted(str):
    """Markup built here from escaped parts, safe to insert into another template."""


def joined(separator: str, pieces) -> Trusted:
    """Pieces of trusted markup (or text, escaped) joined by the app's own separator."""
    return Trusted(separator.join(p if isinstance(p, Trusted) else html_text(p) for p in pieces))


def safe_url(value) -> str | None:
    """An absolute http(s) address with a host, percent-encoded where it must be; else None."""
    text = "" if value is None else str(value).strip()
    if not text or any(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return quote(text, safe=_URL_SAFE)


def md_link(label, url) -> str:
    """'[label](<url>)' for an http(s) address; the label alone (as text) for anything else."""
    address = safe_url(url)
    if address is None:
        return md(label)
    return f"[{md(label)}](<{address}>)"


# A cell a spreadsheet would read as a formula (OWASP "CSV injection"), full-width forms too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def spreadsheet_cell(value):
    """A text cell that opens in Excel or LibreOffice as the text it is, never as a formula:
    one that starts like a formula gets the usual leading apostrophe. Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def spreadsheet_safe(frame):
    """A copy of a DataFrame with every text cell passed through spreadsheet_cell."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or str(out[column].dtype) in ("str", "string"):
            out[column] = out[column].map(spreadsheet_cell, na_action="ignore")
    return out
