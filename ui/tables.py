"""Column configurations shared by the pages' st.dataframe tables."""

from __future__ import annotations

import streamlit as st


def link_column(label: str = "Link") -> st.column_config.LinkColumn:
    return st.column_config.LinkColumn(label, display_text="open")
