"""Opening the app through dashboard.py in AppTest, and reading its charts' specs."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

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



def open_source_lists(at: AppTest) -> AppTest:
    """Every "Sources behind this view" list opened, as a reader's click does (they are lazy:
    built only once open), and the page run again."""
    keys = [key for key in list(at.session_state) if str(key).startswith("source_list_")]
    for key in keys:
        at.session_state[key] = True
    return at.run() if keys else at


def chart_titles(at: AppTest) -> list[str]:
    """The title text of every plotly chart on the page, as plotly shows it (entities read)."""
    return [html.unescape(json.loads(el.proto.spec)["layout"]["title"]["text"])
            for el in at.get("plotly_chart")]


def shown_text(markdown: str) -> str:
    """What a reader sees of escaped markdown: the backslashes before punctuation dropped."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)
