"""Membership page: identified members against stated totals, joins per year, map and table."""

import streamlit as st

from catalog import t
from catalog.markup import Trusted, html, joined, md
from charts import membership
from ui.cache import remembering
from ui.changes import since_view
from ui.components import guarded, revealed, show_figure, show_summary, sources_footer
from ui.context import page_context
from ui.url import coded_multiselect, coded_segmented, year_range_slider

mc = remembering(membership)  # each builder runs once per content of its arguments
ctx = page_context(needs=("members", "member_counts", "sources"), uses=("events", "boundaries"))
data, lang, as_of = ctx.data, ctx.lang, ctx.as_of
members, counts, sources = data.members, data.member_counts, data.sources
st.title(md(t("membership.title", lang)))
st.caption(md(t("membership.intro", lang)))

with guarded(lang):
    show_figure(mc.membership_growth_figure(members, counts, sources, data.events, as_of, lang),
                key="membership_growth", filename="membership_growth")
    show_summary(mc.membership_summary(members, counts, sources, as_of, lang))
    growth = mc.growth_export(members, counts, sources, as_of)
    sources_footer([growth, mc.shown_events(data.events, as_of)], sources, lang,
                   key="membership_growth", export=growth)

first, last = mc.year_range(as_of)
with st.sidebar:
    st.subheader(md(t("membership.filters", lang)))
    st.caption(md(t("membership.filters_note", lang)))
    regions = coded_multiselect(t("membership.regions", lang), mc.region_options(members),
                                "membership_regions",
                                format_func=lambda r: t(f"membership.region.{r}", lang),
                                placeholder=t("membership.regions_placeholder", lang))
    years = year_range_slider(t("membership.years", lang), first, last, key="membership_years")
shown = mc.filter_members(members, as_of, regions, years)
if shown.empty:
    st.info(md(t("membership.empty", lang)))
    st.stop()

since_view(ctx, ("members",), key="membership_changes")

st.subheader(md(t("membership.joins_heading", lang)))
by = coded_segmented(t("membership.by", lang), mc.GROUPINGS, "membership_by", default="region",
                     format_func=lambda g: t(f"membership.by.{g}", lang), required=True)
with guarded(lang):
    show_figure(mc.joins_by_year_figure(shown, by, as_of, lang, sources),
                key="membership_joins", filename="membership_joins_per_year")
    st.caption(md(t("membership.joins_note", lang)))
    show_summary(mc.joins_summary(shown, as_of, lang))

st.subheader(md(t("membership.map_heading", lang)))
map_column, side = st.columns([4, 1])
with map_column, guarded(lang):
    st.pydeck_chart(mc.membership_world_deck(shown, data.boundaries, sources,
                                             as_of, lang, all_members=members),
                    height=420, key="membership_map")
    chips = joined(" ", (Trusted(html("<span style='background:{fill};color:{ink};"
                                      "padding:0 5px;border-radius:3px'>{label}</span>",
                                      fill=colour, ink=text, label=label))
                         for label, colour, text in mc.year_legend(members, as_of, lang)))
    st.markdown(html("<small>{legend}: {chips} <span style='background:#e4e4e4;padding:0 5px'>"
                     "{non}</span></small>", legend=t("membership.legend", lang), chips=chips,
                     non=t("membership.legend_non", lang)), unsafe_allow_html=True)
with side, guarded(lang):
    st.markdown(f"**{md(t('membership.orgs_heading', lang))}**")
    lines = mc.organisation_lines(shown, sources, as_of, lang)
    st.markdown("\n".join(f"- {line}" for line in lines) if lines
                else md(t("membership.orgs_none", lang)))
show_summary(mc.map_summary(shown, as_of, lang))
st.caption(md(t("footer.boundary", lang)))

st.subheader(md(t("membership.table_heading", lang)))
with guarded(lang):
    column = st.column_config
    if table := revealed(md(t("footer.table", lang, count=len(shown))), "membership_table"):
        table.dataframe(
            mc.member_table(shown, sources, lang), hide_index=True, width="stretch",
            height=320, column_order=mc.TABLE_COLUMNS, column_config={
                **{name: column.TextColumn(t(f"membership.col.{name}", lang))
                   for name in mc.TABLE_COLUMNS},
                "founding": column.CheckboxColumn(t("membership.col.founding", lang)),
                "link": column.LinkColumn(t("membership.col.link", lang),
                                          display_text=r"https?://(?:www\.)?([^/]+)")})
    sources_footer([shown], sources, lang, key="membership_members")
