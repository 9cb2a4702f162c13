"""The app's pages: URL path, script in pages/, icon, default. Read by dashboard.py and bench/.

Each script's file name differs from its URL path on purpose. Streamlit still serves a `pages/`
folder beside the entry point the old way on the first run of a freshly started server: a request
for `/<file name>` runs that script alone, without the sidebar or the as-of date. No URL path the
app hands out names a file, so a deep link always reaches the entry point; `ui.entry` covers the
file names themselves.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = [("overview", "pages/at_a_glance.py", ":material/dashboard:", True),
         ("funding", "pages/funding_timeline.py", ":material/payments:", False),
         ("membership", "pages/membership_growth.py", ":material/groups:", False),
         ("map", "pages/stabilisation_map.py", ":material/map:", False),
         ("sources", "pages/source_list.py", ":material/menu_book:", False),
         ("briefing", "pages/briefing_kit.py", ":material/slideshow:", False),
         ("ingest", "pages/add_article.py", ":material/post_add:", False)]


def page_file(name: str) -> str:
    """The script (relative to the project root) of the page whose URL path is name."""
    for url_path, script, _icon, _default in PAGES:
        if url_path == name:
            return script
    raise KeyError(name)
