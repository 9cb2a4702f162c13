"""Opening the app through dashboard.py in AppTest, and reading its charts' specs."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

from ui.components import KEPT_SUFFIX, REVEAL_PREFIX

DASHBOARD = str(Path(__file__).resolve().parents[1] / "dashboard.py")


def open_page(page: str | None = None, as_of: str | None = "2023-06-08", **params) -> AppTest:
    """The app run once with ?as_of= (and other query parameters), then switched to page."""
    at = AppTest.from_file(DASHBOARD, default_timeout=120)
    if as_of:
        at.query_params["as_of"] = as_of
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page).run()
    return at


def open_revealed(at: AppTest) -> AppTest:
    """Every lazy expander (sources lists, row tables) opened, as a reader's click does (they are
    built only once open: ui.components.revealed), and the page run again."""
    keys = [key for key in list(at.session_state)
            if str(key).startswith(REVEAL_PREFIX) and not str(key).endswith(KEPT_SUFFIX)]
    for key in keys:  # what the expander's on_change does when a reader opens it
        at.session_state[key] = at.session_state[key + KEPT_SUFFIX] = True
    return at.run() if keys else at


def chart_titles(at: AppTest) -> list[str]:
    """The title text of every plotly chart on the page, as plotly shows it (entities read)."""
    return [html.unescape(json.loads(el.proto.spec)["layout"]["title"]["text"])
            for el in at.get("plotly_chart")]


def shown_text(markdown: str) -> str:
    """What a reader sees of escaped markdown: the backslashes before punctuation dropped."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)
