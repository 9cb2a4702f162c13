"""Chart counts per page (layout.json) -> the same number and kinds of charts on trivial data."""

from __future__ import annotations

import json
from pathlib import Path

import plotly.graph_objects as go
import pydeck as pdk
import streamlit as st

HERE = Path(__file__).parent
LAYOUT = HERE / "layout.json"
SQUARE = {"type": "Feature", "properties": {"name": "square"},
          "geometry": {"type": "Polygon",
                       "coordinates": [[[38, 33], [44, 33], [44, 37], [38, 37], [38, 33]]]}}


def layout() -> dict[str, dict]:
    """{page: {"script": path, "plotly": n, "decks": m}}, as counted on the real app by the
    last bench run; scripts sit at the same paths as the real app's pages."""
    return json.loads(LAYOUT.read_text(encoding="utf-8"))


def through_navigation() -> None:
    """As the real app does (ui.context.through_entry_point): a run routed by Streamlit's old
    pages/ router reruns through st.navigation, so both apps do the same work per run."""
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def render_script(path: str) -> None:
    """Renders the page whose script is at path (a page stub passes its own __file__)."""
    through_navigation()
    relative = Path(path).resolve().relative_to(HERE.resolve()).as_posix()
    for name, entry in layout().items():
        if entry.get("script") == relative:
            render(name)
            return
    st.error(f"{relative} is not in {LAYOUT.name}")


def figure(index: int) -> go.Figure:
    fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[index, index + 1, index], mode="lines+markers"))
    fig.update_layout(title=f"Chart {index}", height=420)
    return fig


def deck() -> pdk.Deck:
    layer = pdk.Layer("GeoJsonLayer", data={"type": "FeatureCollection", "features": [SQUARE]},
                      get_fill_color=[0, 114, 178, 120], pickable=True)
    view = pdk.ViewState(latitude=35, longitude=41, zoom=4)
    return pdk.Deck(layers=[layer], initial_view_state=view, map_provider=None)


def render(page: str) -> None:
    """A title, then the page's plotly charts and decks with trivial data."""
    counts = layout().get(page, {"plotly": 0, "decks": 0})
    st.title(page.title())
    for index in range(counts.get("plotly", 0)):
        st.plotly_chart(figure(index), key=f"{page}_plot_{index}", theme=None,
                        width="stretch")
    for index in range(counts.get("decks", 0)):
        st.pydeck_chart(deck(), key=f"{page}_deck_{index}", height=420)
