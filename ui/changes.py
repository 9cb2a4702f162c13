"""The "since a date" view: what changed between ?since= and the as-of date, section by section."""

from __future__ import annotations

import streamlit as st

from catalog import format_date, t
from catalog.markup import md
from charts.changes import SECTIONS, changes_between, changes_export, changes_summary, changes_table
from ui.cache import remembered
from ui.components import guarded, show_summary, sources_footer
from ui.context import PageContext

# Columns each section shows (the rest are empty for it).
SHOWN = {"members": ["item", "then", "now", "date", "sources"],
         "money": ["date", "item", "status", "now", "purpose", "sources"],
         "places": ["date", "item", "then", "now", "sources"],
         "camps": ["item", "then", "now", "sources"],
         "events": ["date", "item", "now", "sources"]}


def since_view(ctx: PageContext, sections=SECTIONS, key: str = "changes") -> None:
    """Nothing without a comparison date; else a bordered panel of cited change lines."""
    if ctx.since is None:
        return
    lang = ctx.lang
    since, as_of = (format_date(day, "day", lang) for day in (ctx.since, ctx.as_of))
    with guarded(lang), st.container(border=True, key=f"{key}_since"):
        lines = remembered(changes_between)(ctx.data, ctx.since, ctx.as_of, lang, tuple(sections))
        st.subheader(md(t("changes.heading", lang, since=since)),
                     help=md(t("changes.intro", lang, since=since, as_of=as_of)))
        if tuple(sections) == SECTIONS:
            show_summary(changes_summary(lines, ctx.since, ctx.as_of, lang))
        names = {"date": t("changes.col.date", lang), "item": t("changes.col.item", lang),
                 "then": t("changes.col.then", lang, since=since),
                 "now": t("changes.col.now", lang, as_of=as_of),
                 "status": t("changes.col.status", lang),
                 "purpose": t("changes.col.purpose", lang),
                 "sources": t("changes.col.sources", lang)}
        for section in sections:
            part = lines[lines["section"] == section]
            st.markdown(f"**{md(t(f'changes.section.{section}', lang))}**")
            if part.empty:
                st.caption(md(t("changes.none", lang)))
                continue
            if section == "money":
                st.caption(md(t("changes.money_note", lang)))
            table = remembered(changes_table)(part, ctx.data.sources, lang)[SHOWN[section]]
            config = {column: st.column_config.TextColumn(names[column]) for column in table}
            st.dataframe(table, hide_index=True, width="stretch", column_config=config,
                         key=f"{key}_{section}")
        sources_footer([lines], ctx.data.sources, lang,
                       key=f"{key}_since_{ctx.since:%Y-%m-%d}",
                       export=changes_export(lines, lang))
