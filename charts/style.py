"""House style: colour-blind-safe palette, status encodings and a figure layout with its stamp."""

from __future__ import annotations

import plotly.graph_objects as go

from catalog.markup import plot_text

# Okabe-Ito: distinguishable under the common colour-vision deficiencies.
OKABE_ITO = {"black": "#000000", "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73",
             "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00",
             "purple": "#CC79A7", "grey": "#7F7F7F"}
SEQUENCE = [OKABE_ITO[k] for k in ("blue", "orange", "green", "vermillion", "purple", "sky",
                                   "yellow", "black")]
# Colour never carries meaning alone: each status also has its own marker and line dash.
STATUS_STYLE = {
    "goal": {"color": OKABE_ITO["blue"], "symbol": "diamond-open", "dash": "dash"},
    "pledge": {"color": OKABE_ITO["orange"], "symbol": "circle", "dash": "solid"},
    "contribution": {"color": OKABE_ITO["green"], "symbol": "square", "dash": "solid"},
    "drive_total": {"color": OKABE_ITO["purple"], "symbol": "triangle-up", "dash": "dot"},
    "cumulative": {"color": OKABE_ITO["sky"], "symbol": "x", "dash": "dashdot"},
}
EVENT_COLOR = "#9A9A9A"
RLM = "\u200f"  # right-to-left mark: keeps an Arabic line that opens with a number in order
FONT_FAMILY = "Noto Sans, Noto Sans Arabic, DejaVu Sans, Arial, sans-serif"
STAMP_COLOR = "#555555"


__all__ = ["plot_text"]  # re-exported: the one escape for text in plotly labels


def house_layout(fig: go.Figure, title: str, stamp: str, height: int = 420,
                 rtl: bool = False) -> go.Figure:
    """Title stating the finding, a grey stamp line (as-of, sources) and quiet axes. Both are
    plain text (names from the data among them), escaped here for plotly's label markup."""
    title, stamp = plot_text(title), plot_text(stamp)
    if rtl:
        title, stamp = right_to_left(title), right_to_left(stamp)
    fig.update_layout(
        template="plotly_white",
        title={"text": f"{title}<br><span style='font-size:12px;color:{STAMP_COLOR}'>"
                       f"{stamp}</span>", "x": 0.99 if rtl else 0.01,
               "xanchor": "right" if rtl else "left"},
        font={"family": FONT_FAMILY, "size": 13},
        height=height,
        margin={"l": 56, "r": 24, "t": 78, "b": 48},
        # The legend sits on the side away from the title and stamp: right in English, left
        # in Arabic, where title and stamp are right-aligned.
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0.0 if rtl else 1.0,
                "xanchor": "left" if rtl else "right"},
        hoverlabel={"font": {"family": FONT_FAMILY}},
        colorway=SEQUENCE,
    )
    return fig


def right_to_left(text: str) -> str:
    """Each <br>-separated line opened by a right-to-left mark (idempotent).

    Plotly lays text out left to right, so an Arabic title starting with a figure
    ("86 عضواً ...") would otherwise be drawn with its parts out of order."""
    return "<br>".join(line if line.startswith(RLM) else RLM + line
                       for line in text.split("<br>"))


def hover_template(lines: list[str]) -> str:
    """Hover text from customdata fields; the last line is always the source."""
    return "<br>".join(lines) + "<extra></extra>"
