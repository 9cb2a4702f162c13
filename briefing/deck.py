"""Views + rendered charts -> a 16:9 PowerPoint: title, one slide per view, the sources."""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from briefing import figures
from briefing.render import Shot, render
from briefing.text import bt
from briefing.views import SECTIONS, View, build_views, stamp, tier_rank
from catalog import format_date

log = logging.getLogger("briefing")
SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.45)
INK, GREY, ACCENT = RGBColor(0x1A, 0x1A, 0x1A), RGBColor(0x55, 0x55, 0x55), RGBColor(0, 0x72,
                                                                                     0xB2)
LATIN_FONT, ARABIC_FONT = "Noto Sans", "Noto Sans Arabic"
SOURCE_SIZE = 7  # points: an appendix of a few hundred references
SOURCE_LINE_CHARS = 104  # characters of a 7 pt line in a half-slide column (conservative)
LINES_PER_COLUMN = 50  # 7 pt lines that fit the 6.3 in column with the gaps between entries


@dataclass
class DeckReport:
    """What build produced: the file (or bytes), slide count, sources and missing images."""

    output: Path | bytes
    slides: int
    sources: pd.DataFrame
    missing: dict[str, str] = field(default_factory=dict)


# --- text helpers ---------------------------------------------------------------------

def set_direction(paragraph, rtl: bool, align=None) -> None:
    """Right-to-left paragraphs for Arabic (a:pPr rtl="1", right-aligned)."""
    if rtl:
        paragraph.alignment = align or PP_ALIGN.RIGHT
        paragraph._p.get_or_add_pPr().set("rtl", "1")
    elif align is not None:
        paragraph.alignment = align


def style_run(run, size: float, rtl: bool, bold: bool = False, color: RGBColor = INK) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.rgb = color
    run.font.name = LATIN_FONT
    rpr = run._r.get_or_add_rPr()
    if rtl:
        rpr.set("lang", "ar-SA")
    # Arabic letters take the complex-script font; without it they fall back unshaped.
    for tag in ("a:cs",):
        node = rpr.find(qn(tag))
        if node is None:
            node = etree.SubElement(rpr, qn(tag))
        node.set("typeface", ARABIC_FONT)


def add_text(slide, left, top, width, height, lines, rtl: bool, size: float = 14,
             bold: bool = False, color: RGBColor = INK, anchor=MSO_ANCHOR.TOP, align=None,
             spacing: float = 0):
    """A text box; each item of lines is a paragraph (str, or (text, size, bold, color))."""
    box = slide.shapes.add_textbox(mirror(left, width, rtl), top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    for side in ("margin_left", "margin_right"):
        setattr(frame, side, Inches(0.05))
    for number, line in enumerate(lines):
        text, line_size, line_bold, line_color = (line if isinstance(line, tuple)
                                                  else (line, size, bold, color))
        paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
        set_direction(paragraph, rtl, align)
        if spacing and number:
            paragraph.space_before = Pt(spacing)
        run = paragraph.add_run()
        run.text = text
        style_run(run, line_size, rtl, line_bold, line_color)
    return box


def mirror(left, width, rtl: bool):
    """Arabic slides are laid out right to left: boxes mirror around the slide's centre."""
    return Emu(SLIDE_W - left - width) if rtl else left


# --- source numbering -----------------------------------------------------------------

def number_sources(views: list[View]) -> pd.DataFrame:
    """Every source of the deck once: official first, then in order of first use, copies of
    other publishers' pages last; numbered in that order."""
    frames = [v.sources for v in views if len(v.sources)]
    if not frames:
        return pd.DataFrame(columns=["source_id", "publisher", "title", "published", "url",
                                     "kind", "tier", "published_precision", "number"])
    table = pd.concat(frames, ignore_index=True).drop_duplicates("source_id")
    table = table.assign(rank=tier_rank(table["tier"])).sort_values("rank", kind="stable")
    return (table.drop(columns="rank").assign(number=range(1, len(table) + 1))
            .reset_index(drop=True))


DATE_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def published_text(row, lang: str = "en") -> str:
    """The publication date at its precision: 2023-06-08, 2017-07 or 2016 (never 2016-01-01)."""
    if pd.isna(row.published):
        return bt("briefing.undated", lang)
    precision = getattr(row, "published_precision", None)
    return row.published.strftime(DATE_FORMATS.get(str(precision), "%Y-%m-%d"))


def reference_head(row, lang: str = "en") -> str:
    """'Publisher, 2023-06-08. Title' (+ ' (copy)' for a copy of another publisher's page)."""
    title = " ".join(str(row.title or "").split()).rstrip(".")
    if title.lower() in ("", "nan", "none"):
        title = ""
    copy = f" {bt('briefing.source_copy', lang)}" if str(getattr(row, "tier", "")) == "copy" else ""
    head = f"{row.publisher}, {published_text(row, lang)}."
    return f"{head} {title}{copy}" if title else f"{head}{copy}".rstrip()


def reference(row, lang: str = "en") -> str:
    """'Publisher, 2023-06-08. Title. URL' (undated sources say so)."""
    url = row.url if isinstance(row.url, str) and row.url else ""
    return f"{reference_head(row, lang)}. {url}".strip() if url else reference_head(row, lang)


def ranges(numbers: Iterable[int]) -> str:
    """[1, 2, 3, 7, 9, 10] -> '1–3, 7, 9–10'."""
    numbers = sorted(set(numbers))
    spans, start = [], None
    for index, n in enumerate(numbers):
        if start is None:
            start = n
        if index + 1 == len(numbers) or numbers[index + 1] != n + 1:
            spans.append(f"{start}" if start == n else f"{start}–{n}")
            start = None
    return ", ".join(spans)


# --- slides ---------------------------------------------------------------------------

def title_slide(prs, as_of, lang: str, views: list[View], today: dt.date) -> None:
    rtl = lang == "ar"
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    band = slide.shapes.add_shape(1, 0, 0, SLIDE_W, Inches(0.28))
    band.fill.solid()
    band.fill.fore_color.rgb = ACCENT
    band.line.fill.background()
    width = SLIDE_W - 2 * MARGIN
    add_text(slide, MARGIN, Inches(1.9), width, Inches(1.6), [bt("briefing.deck_title", lang)],
             rtl, size=38, bold=True, anchor=MSO_ANCHOR.BOTTOM)
    add_text(slide, MARGIN, Inches(3.6), width, Inches(0.7),
             [bt("briefing.deck_subtitle", lang, date=format_date(as_of, "day", lang))], rtl,
             size=26, color=ACCENT, bold=True)
    sections = " · ".join(v.section for v in views)
    add_text(slide, MARGIN, Inches(4.5), width, Inches(1.4),
             [bt("briefing.generated", lang, date=format_date(today, "day", lang)),
              bt("briefing.contents", lang, sections=sections)], rtl, size=16, color=GREY,
             spacing=8)


def view_slide(prs, view: View, picture: bytes | None, why: str, numbers: list[int], as_of,
               lang: str, sources: pd.DataFrame) -> None:
    rtl = lang == "ar"
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    width = SLIDE_W - 2 * MARGIN
    add_text(slide, MARGIN, Inches(0.22), width, Inches(0.35),
             [f"{view.section} · {stamp(as_of, lang)}"], rtl, size=13, color=ACCENT, bold=True)
    add_text(slide, MARGIN, Inches(0.55), width, Inches(0.95), [view.headline], rtl,
             size=26 if len(view.headline) < 90 else 22, bold=True, anchor=MSO_ANCHOR.TOP)
    if view.key == "overview":
        overview_body(slide, view, picture, why, rtl)
    elif view.key == "since":
        since_body(slide, view, rtl)
    else:
        chart_body(slide, view, picture, why, rtl)
    footer(slide, view, numbers, as_of, lang, rtl)
    notes(slide, view, sources, lang)


def picture_or_gap(slide, view: View, picture: bytes | None, why: str, left, top, width,
                   height, rtl: bool) -> None:
    """The chart, fitted inside the box keeping its aspect; or a box saying what is missing."""
    if picture is None:
        box = add_text(slide, left, top, width, height,
                       [bt("briefing.missing", lang="ar" if rtl else "en",
                           name=view.section, reason=why or "unknown")],
                       rtl, size=16, color=GREY, anchor=MSO_ANCHOR.MIDDLE,
                       align=PP_ALIGN.CENTER)
        box.line.color.rgb = RGBColor(0xBB, 0xBB, 0xBB)
        box.line.dash_style = 4
        return
    aspect = figures.image_height(view) / figures.WIDTH
    fit_w = min(width, int(height / aspect))
    fit_h = int(fit_w * aspect)
    x = left + (width - fit_w) // 2
    slide.shapes.add_picture(io.BytesIO(picture), mirror(x, fit_w, rtl), top, fit_w, fit_h)


def chart_body(slide, view: View, picture, why: str, rtl: bool) -> None:
    chart_w = Inches(8.75)
    picture_or_gap(slide, view, picture, why, MARGIN, Inches(1.55), chart_w, Inches(4.95), rtl)
    panel_left = MARGIN + chart_w + Inches(0.25)
    panel_w = SLIDE_W - MARGIN - panel_left
    lines: list = [(bt("briefing.key_numbers", "ar" if rtl else "en"), 12, True, ACCENT)]
    for label, value in view.numbers[:3]:
        lines.append((value, 28 if len(value) < 14 else 22, True, INK))
        lines.append((label, 12, False, GREY))
    add_text(slide, panel_left, Inches(1.55), panel_w, Inches(2.9), lines, rtl, spacing=2)
    size = 11 if len(view.caveats) < 4 else 10
    caveats: list = [(bt("briefing.caveats", "ar" if rtl else "en"), 12, True, ACCENT)]
    caveats += [(f"• {c}", size, False, INK) for c in fitting(view.caveats, size)]
    add_text(slide, panel_left, Inches(4.55), panel_w, Inches(2.25), caveats, rtl, spacing=3)


def fitting(caveats: list[str], size: float, room: float = 145, per_line: int = 50) -> list[str]:
    """The caveats, in order, that fit the panel (points of height); the notes keep them all."""
    shown, used = [], 0.0
    for caveat in caveats:
        lines = -(-(len(caveat) + 2) * size // (10 * per_line))
        used += lines * size * 1.2 + 3
        if shown and used > room:
            break
        shown.append(caveat)
    return shown


def overview_body(slide, view: View, picture, why: str, rtl: bool) -> None:
    """Four big numbers with their caveats in cards, the key-events strip below."""
    count = max(len(view.numbers), 1)
    gap = Inches(0.15)
    card_w = int((SLIDE_W - 2 * MARGIN - gap * (count - 1)) / count)
    details = [c.split(": ", 1)[-1] for c in view.caveats]
    for index, (label, value) in enumerate(view.numbers):
        left = MARGIN + index * (card_w + gap)
        detail = details[index] if index < len(details) else ""
        detail = detail if len(detail) <= 240 else detail[:239].rsplit(" ", 1)[0] + "…"
        card = add_text(slide, left, Inches(1.5), card_w, Inches(2.35),
                        [(value, 30 if len(value) < 12 else 22, True, INK),
                         (label, 12, True, ACCENT), (detail, 10, False, GREY)], rtl, spacing=2)
        card.line.color.rgb = RGBColor(0xCC, 0xCC, 0xCC)
    picture_or_gap(slide, view, picture, why, MARGIN, Inches(3.95), SLIDE_W - 2 * MARGIN,
                   Inches(2.75), rtl)


def since_body(slide, view: View, rtl: bool) -> None:
    """The change lines in two columns, a heading per section, cut to what fits (the speaker
    notes and the page keep every line)."""
    entries = [(line[3:], 12, True, ACCENT) if line.startswith("## ")
               else (line if len(line) <= 150 else line[:149].rsplit(" ", 1)[0] + "…", 10,
                     False, INK) for line in view.caveats]
    half = -(-len(entries) // 2)
    cut = next((i for i in range(half, len(entries)) if entries[i][2]), half)
    columns = [entries[:cut][:24], entries[cut:][:24]]
    width = int((SLIDE_W - 2 * MARGIN - Inches(0.3)) / 2)
    for index, column in enumerate(columns):
        if column:
            add_text(slide, MARGIN + index * (width + Inches(0.3)), Inches(1.55), width,
                     Inches(5.2), column, rtl, spacing=3)


def footer(slide, view: View, numbers: list[int], as_of, lang: str, rtl: bool) -> None:
    from charts.provenance import short_citation

    names = short_citation(view.sources, limit=2) if len(view.sources) else "—"
    if rtl:
        names = names.replace(" and ", " و").replace(" more", " أخرى")
    text = bt("briefing.footer", lang, numbers=ranges(numbers) or "—", sources=names,
              stamp=stamp(as_of, lang))
    add_text(slide, MARGIN, Inches(6.85), SLIDE_W - 2 * MARGIN, Inches(0.5), [text], rtl,
             size=10, color=GREY)


def notes(slide, view: View, sources: pd.DataFrame, lang: str) -> None:
    """Speaker notes: the sentence, the caveats and the numbered sources with URLs."""
    lines = []
    if view.summary:
        lines.append(bt("briefing.notes_summary", lang, summary=view.summary))
    if view.caveats:
        lines += ["", bt("briefing.notes_caveats", lang)] + [
            f"{c[3:]}:" if c.startswith("## ") else f"- {c}" for c in view.caveats]
    shown = sources[sources["source_id"].isin(view.sources["source_id"])]
    lines += ["", bt("briefing.notes_sources", lang, count=len(shown))]
    lines += [f"[{row.number}] {reference(row, lang)}" for row in shown.itertuples()]
    slide.notes_slide.notes_text_frame.text = "\n".join(lines)


def entry_lines(row, lang: str = "en") -> int:
    """Lines an entry takes in its column: the reference (at most two), then its URL."""
    head = -(-len(f"[{row.number}] {reference_head(row, lang)}") // SOURCE_LINE_CHARS)
    url = -(-len(str(row.url or "")) // SOURCE_LINE_CHARS) if isinstance(row.url, str) else 0
    return min(head, 2) + min(url, 2)


def source_columns(sources: pd.DataFrame, lang: str = "en") -> list[pd.DataFrame]:
    """The numbered sources cut into columns of at most LINES_PER_COLUMN lines."""
    columns, start, used = [], 0, 0
    for index, row in enumerate(sources.itertuples()):
        lines = entry_lines(row, lang)
        if used and used + lines > LINES_PER_COLUMN:
            columns.append(sources.iloc[start:index])
            start, used = index, 0
        used += lines
    if start < len(sources):
        columns.append(sources.iloc[start:])
    return columns


def source_slide_count(sources: pd.DataFrame, lang: str = "en") -> int:
    return max(1, -(-len(source_columns(sources, lang)) // 2))


def source_slides(prs, sources: pd.DataFrame, lang: str) -> int:
    """Every source of the deck, numbered: publisher, date, title and link, two columns per
    slide, as many slides as needed."""
    rtl = lang == "ar"
    columns = source_columns(sources, lang)
    parts = max(1, -(-len(columns) // 2))
    col_w = int((SLIDE_W - 2 * MARGIN - Inches(0.3)) / 2)
    for part in range(parts):
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        title = (bt("briefing.sources_title", lang, count=len(sources)) if parts == 1 else
                 bt("briefing.sources_part", lang, count=len(sources), part=part + 1,
                    parts=parts))
        add_text(slide, MARGIN, Inches(0.25), SLIDE_W - 2 * MARGIN, Inches(0.6), [title], rtl,
                 size=24, bold=True)
        if not columns:
            add_text(slide, MARGIN, Inches(1.0), SLIDE_W - 2 * MARGIN, Inches(1),
                     [bt("briefing.sources_none", lang)], rtl, size=14, color=GREY)
        for column, rows in enumerate(columns[2 * part:2 * part + 2]):
            # Columns run right to left on Arabic slides; the entries stay left to right
            # (publishers, titles and addresses are mostly in Latin script).
            left = MARGIN + column * (col_w + Inches(0.3))
            source_box(slide, mirror(left, col_w, rtl), col_w, rows, lang)
    return parts


def source_box(slide, left, width, rows: pd.DataFrame, lang: str) -> None:
    """One column of entries: '[n] Publisher, date. Title' then the linked URL below it."""
    box = slide.shapes.add_textbox(left, Inches(0.95), width, Inches(6.3))
    frame = box.text_frame
    frame.word_wrap = True
    for side in ("margin_left", "margin_right"):
        setattr(frame, side, Inches(0.05))
    for number, row in enumerate(rows.itertuples()):
        paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
        if number:
            paragraph.space_before = Pt(2)
        run = paragraph.add_run()
        run.text = f"[{row.number}] {reference_head(row, lang)}"
        style_run(run, SOURCE_SIZE, False)
        if isinstance(row.url, str) and row.url:
            paragraph.add_line_break()
            link = paragraph.add_run()
            limit = 2 * SOURCE_LINE_CHARS
            link.text = row.url if len(row.url) <= limit else row.url[:limit - 1] + "…"
            style_run(link, SOURCE_SIZE, False, color=ACCENT)
            link.hyperlink.address = row.url


# --- the deck -------------------------------------------------------------------------

def slide_shots(views: list[View], as_of, lang: str) -> list[Shot]:
    shots = []
    for view in views:
        fig = figures.styled(view, as_of, lang, titled=False)
        if fig is not None:
            shots.append(Shot(view.key, fig, "png", figures.WIDTH, figures.image_height(view),
                              figures.SCALE))
    return shots


def compose_deck(as_of, lang: str = "en", sections=SECTIONS, out=None, data=None,
                 today: dt.date | None = None, since=None) -> DeckReport:
    """Builds the deck and says which images are missing and why; with since, a "Since
    <date>" slide of the changes comes first."""
    if data is None:
        from loaders import load_all

        data = load_all(strict=True)
    as_of = pd.Timestamp(as_of).normalize()
    views = build_views(data, as_of, lang, sections, since=since)
    rendered = render(slide_shots(views, as_of, lang))
    missing = {v.key: (rendered.missing.get(v.key) or v.missing) for v in views
               if v.key not in rendered.images and not (v.key == "since" and not v.missing)}
    sources = number_sources(views)
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    title_slide(prs, as_of, lang, views, today or dt.date.today())
    for view in views:
        numbers = list(sources[sources["source_id"].isin(view.sources["source_id"])]["number"])
        view_slide(prs, view, rendered.images.get(view.key), missing.get(view.key, ""),
                   numbers, as_of, lang, sources)
    source_slides(prs, sources, lang)
    for key, why in missing.items():
        log.warning("briefing: image missing for %s: %s", key, why)
    if out is None:
        buffer = io.BytesIO()
        prs.save(buffer)
        output: Path | bytes = buffer.getvalue()
    else:
        output = Path(out)
        prs.save(output)
    return DeckReport(output, len(prs.slides), sources, missing)


def build_deck(as_of, lang: str = "en", sections=SECTIONS, out=None, data=None,
               since=None) -> Path | bytes:
    """A 16:9 PowerPoint for the views as of the date: the file written to `out`, or its bytes.

    Missing images (no browser, a chart that failed) are logged and stand as text boxes;
    `compose_deck` returns them too."""
    return compose_deck(as_of, lang, sections, out, data, since=since).output
