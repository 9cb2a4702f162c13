"""Overview page: headline figures as of the chosen date, each with its sources, and key events."""

import streamlit as st

from catalog import t
from catalog.markup import md
from charts import overview, provenance
from ui.cache import remembering
from ui.changes import since_view
from ui.components import guarded, show_figure, show_summary, sources_footer
from ui.context import FACT_TABLES, page_context
from ui.routes import page_file

ov, pv = remembering(overview), remembering(provenance)  # once per content of arguments
ctx = page_context(needs=("sources",), uses=FACT_TABLES)
data, lang, as_of = ctx.data, ctx.lang, ctx.as_of
st.title(md(t("overview.title", lang)), help=md(t("overview.intro", lang)))

with guarded(lang):
    headlines = ov.headline_figures(data, as_of, lang)
    for column, headline in zip(st.columns(len(headlines)), headlines, strict=True):
        with column, st.container(border=True):
            st.metric(md(headline.label), headline.value)
            if headline.disputed:
                st.badge(md(t("overview.disputed_badge", lang)), icon=":material/warning:",
                         color="orange")
            with st.expander(md(t("overview.details", lang))):
                st.caption(md(headline.detail))
            cited = pv.cited_sources([data.sources[data.sources["source_id"].isin(
                headline.source_ids)]], data.sources)
            if not cited.empty:  # a figure with nothing known yet has no sources to name
                st.caption(md(t("overview.sources_of", lang,
                                sources=pv.short_citation(cited, lang=lang))))
            st.page_link(page_file(headline.page),
                         label=md(t("overview.open_page", lang,
                                    page=t(f"nav.{headline.page}", lang))))

since_view(ctx)

with guarded(lang):
    shown_events = data.events[data.events["date"] <= as_of]
    show_figure(ov.key_events_figure(data.events, data.sources, as_of, lang), key="events",
                filename="key_events")
    show_summary(ov.events_summary(data.events, as_of, lang))
    sources_footer([shown_events], data.sources, lang, key="key_events")
