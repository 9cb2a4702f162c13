"""Validated DataFrames -> plotly Figures and pydeck Decks (pure functions, no streamlit)."""
