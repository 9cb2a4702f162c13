"""A view's chart -> the figure drawn for a slide or a standalone image, attribution inside."""

from __future__ import annotations

import copy
import textwrap

import plotly.graph_objects as go

from briefing.text import bt
from briefing.views import SECTIONS, View, build_views, stamp
from charts.provenance import short_citation
from charts.style import FONT_FAMILY, STAMP_COLOR, plot_text

WIDTH, HEIGHT = 960, 540  # CSS pixels; PNGs are rendered at SCALE times this
SCALE = 2
HEIGHTS = {"overview": 330}  # the events strip sits under four big numbers on its slide
BASE_FONT = 16  # a 960 px image shown 8.3 in wide on a slide: 16 px reads as ~10 pt
TITLE_FONT = 22
TITLE_WRAP = 78
SCREEN_MAP_HEIGHT = 470  # the map and its key below the page title at 1366x768


def source_line(view: View, as_of, lang: str) -> str:
    """'Source: US Embassy (2023), Sawt Beirut (2023) and 74 more. As of 8 June 2023. ...'"""
    sources = short_citation(view.sources, limit=2) if len(view.sources) else "—"
    if lang == "ar":
        sources = sources.replace(" and ", " و").replace(" more", " أخرى")
    return bt("briefing.image_source", lang, sources=sources, stamp=stamp(as_of, lang))


def wrapped(text: str, width: int = TITLE_WRAP) -> str:
    """Plain text in lines of at most width characters, escaped for plotly's label markup."""
    return "<br>".join(plot_text(line) for line in textwrap.wrap(text, width)) or plot_text(text)


def styled(view: View, as_of, lang: str, titled: bool, in_place: bool = False) -> go.Figure | None:
    """A copy of the view's figure (or the figure itself, `in_place`) with slide-sized type, the
    legend above the plot and the source and as-of line drawn at the bottom; `titled` adds the
    finding and stamp on top."""
    if view.figure is None:
        return None
    fig = view.figure if in_place else go.Figure(copy.deepcopy(view.figure))
    rtl = lang == "ar"
    is_map = view.key == "map"
    height = image_height(view)
    title_lines = wrapped(view.headline).count("<br>") + 1 if titled else 0
    top = (16 + 30 * title_lines + 22 if titled else 8)
    if not is_map:
        top += 8 + 24 * legend_rows(fig) + (20 if edge_notes(fig) else 0)
    bottom = 40 if is_map else 74
    left = 8 if is_map else (24 if view.key == "overview" else 80)
    fig.update_layout(
        width=WIDTH, height=height, font={"family": FONT_FAMILY, "size": BASE_FONT},
        margin={"l": left, "r": 8 if is_map else 24, "t": top, "b": bottom},
        title={"text": (f"<b>{wrapped(view.headline)}</b><br><span style='font-size:15px;"
                        f"color:{STAMP_COLOR}'>{stamp(as_of, lang)}</span>") if titled else "",
               "x": 0.99 if rtl else 0.01, "xanchor": "right" if rtl else "left",
               # Plotly anchors a multi-line title by its first line: offset by one line.
               "y": 1 - (10 + TITLE_FONT) / height, "yanchor": "top", "yref": "container",
               "font": {"size": TITLE_FONT}})
    if is_map:
        map_layout(fig, rtl)
    else:
        fig.update_layout(legend={"orientation": "h", "x": 1 if rtl else 0,
                                  "xanchor": "right" if rtl else "left", "y": 1.02,
                                  "yanchor": "bottom", "font": {"size": BASE_FONT - 2},
                                  "bgcolor": "rgba(255,255,255,0)"})
        fig.update_xaxes(title_text=None, tickfont={"size": BASE_FONT - 1})
        fig.update_yaxes(tickfont={"size": BASE_FONT - 1}, title_font={"size": BASE_FONT - 1})
        for note in fig.layout.annotations:
            if note.font is not None and note.font.size:
                note.font.size = max(note.font.size + 2, 12)
    plot_height = height - top - bottom
    fig.add_annotation(text=plot_text(source_line(view, as_of, lang)), showarrow=False,
                       xref="paper", yref="paper", x=1 if rtl else 0,
                       xanchor="right" if rtl else "left",
                       y=-(bottom - 6) / plot_height, yanchor="bottom",
                       font={"size": 13, "color": STAMP_COLOR}, align="right" if rtl else "left")
    return fig


def screen_figure(view: View, as_of, lang: str) -> go.Figure | None:
    """The figure for the page preview and presentation: the map in its export layout (legend
    and colour bars beside the map, not over them) at the page's width; others as built."""
    if view.key != "map" or view.figure is None:
        return view.figure
    # In place: copying a map of many markers costs more than drawing it, and the view is
    # built afresh for this figure (previews() builds its own views; the page remembers them).
    fig = styled(view, as_of, lang, titled=False, in_place=True)
    fig.update_layout(width=None, height=SCREEN_MAP_HEIGHT)
    return fig


def previews(data, as_of, lang: str, sections=SECTIONS) -> list[tuple[View, go.Figure | None]]:
    """Each chosen view with the figure the app shows for it (see screen_figure)."""
    return [(view, screen_figure(view, as_of, lang))
            for view in build_views(data, as_of, lang, sections)]


def image_height(view: View) -> int:
    return HEIGHTS.get(view.key, HEIGHT)


def legend_rows(fig: go.Figure) -> int:
    """How many rows a horizontal legend of this figure takes at slide type size (estimate)."""
    names = [str(tr.name) for tr in fig.data if tr.name and tr.showlegend is not False]
    if not names:
        return 0
    rows, used = 1, 0
    for name in dict.fromkeys(names):
        width = 46 + 8.2 * len(name)
        if used and used + width > WIDTH - 100:
            rows, used = rows + 1, 0
        used += width
    return rows


def edge_notes(fig: go.Figure) -> bool:
    """Whether annotations sit on the top edge of the plot (event labels above the lines)."""
    return any(note.yref == "paper" and note.y == 1 and note.yanchor == "bottom"
               for note in fig.layout.annotations)


def map_layout(fig: go.Figure, rtl: bool) -> None:
    """The map on one side of the frame, its legend and colour bar in the space beside it."""
    side = [0.27, 1.0] if rtl else [0.0, 0.73]
    fig.update_xaxes(domain=side, constrain="domain")
    fig.update_yaxes(constrain="domain")
    fig.update_layout(legend={"orientation": "v", "x": 0.0 if rtl else 0.75,
                              "xanchor": "left", "y": 0.98, "yanchor": "top",
                              "font": {"size": BASE_FONT - 1}})
    slots = {"retaken": 0.02, "governorates": 0.02}
    scales = [tr for tr in fig.data if isinstance(tr.meta, dict) and "scale" in tr.meta]
    for number, trace in enumerate(scales):
        x = (0.02 if rtl else 0.76) + 0.13 * number
        trace.marker.colorbar.update(orientation="v", x=x, xanchor="left",
                                     y=slots[trace.meta["scale"]], yanchor="bottom", len=0.5,
                                     thickness=14, tickfont={"size": BASE_FONT - 3},
                                     title={"side": "top", "font": {"size": BASE_FONT - 3}})
