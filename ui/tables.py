"""Catalog words -> the column settings and labels of the sources page's tables."""

from __future__ import annotations

import streamlit as st

from catalog import CATALOGS, t

SOURCE_COLUMNS = [
    "publisher", "tier", "title", "published", "published_basis", "kind", "language", "facts",
    "fact", "date", "table", "disagrees", "stated", "identified", "pending", "difference", "scope",
    "stated_by", "donor", "status", "period", "amount", "event", "seed_says",
    "other_reports_say", "agrees", "sources", "single_source"]
WIDE = ("title", "stated_by")


def source_columns(lang: str) -> dict:
    """Translated headers for every column the sources page shows; ids hidden, links short."""
    column = st.column_config
    columns = {name: column.Column(t(f"sources.col.{name}", lang),
                                   width="medium" if name in WIDE else None)
               for name in SOURCE_COLUMNS}
    columns["url"] = column.LinkColumn(t("sources.col.url", lang),
                                       display_text=t("sources.col.link_text", lang))
    columns["source_id"] = None
    return columns


def word(prefix: str, code: str, lang: str) -> str:
    """The catalog word for a code (sources.kind.news), or the code when the catalog has none."""
    key = f"sources.{prefix}.{code}"
    return t(key, lang) if key in CATALOGS["en"] else code
