"""The app's pages: URL path, script in pages/, icon, default. Read by dashboard.py and bench/.

Streamlit serves a `pages/` folder beside the entry point the old way (one script per file, no
entry point) on the first run of a freshly started server, until the entry point's st.navigation
has run once. Each file is therefore named the way that old discovery names its URL path, with
a number in front (`pages/2_funding.py` is `/funding` to both): a first request for `/funding`
finds the same script under either router, `ui.context.through_entry_point` hands it to the
entry point, and no "page not found" dialog covers it. The number also keeps the files in the
navigation's order; no file name is an importable module name, so none can shadow a package.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = [("overview", "pages/1_overview.py", ":material/dashboard:", True),
         ("funding", "pages/2_funding.py", ":material/payments:", False),
         ("membership", "pages/3_membership.py", ":material/groups:", False),
         ("map", "pages/4_map.py", ":material/map:", False),
         ("sources", "pages/5_sources.py", ":material/menu_book:", False),
         ("briefing", "pages/6_briefing.py", ":material/slideshow:", False),
         ("ingest", "pages/7_ingest.py", ":material/post_add:", False)]


def page_file(name: str) -> str:
    """The script (relative to the project root) of the page whose URL path is name."""
    for url_path, script, _icon, _default in PAGES:
        if url_path == name:
            return script
    raise KeyError(name)
