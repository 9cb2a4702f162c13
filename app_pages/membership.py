"""Membership page: identified members against stated totals, joins per year, map and table."""

import streamlit as st

from catalog import t
from charts import membership
from ui.cache import remembering
from ui.components import show_figure, show_summary, sources_footer
from ui.context import page_context
from ui.url import coded_multiselect, coded_segmented, year_range_slider

mc = remembering(membership)  # each builder runs once per content of its arguments
ctx = page_context()
data, lang, as_of = ctx.data, ctx.lang, ctx.as_of
members, counts, sources = data.members, data.member_counts, data.sources
st.title(t("membership.title", lang))
st.caption(t("membership.intro", lang))

show_figure(mc.membership_growth_figure(members, counts, sources, data.events, as_of, lang),
            key="membership_growth", filename="membership_growth")
show_summary(mc.membership_summary(members, counts, sources, as_of, lang))
sources_footer([mc.growth_export(members, counts, sources, as_of),
                mc.shown_events(data.events, as_of)], sources, lang, key="membership_growth",
               export=mc.growth_export(members, counts, sources, as_of))

first, last = mc.year_range(as_of)
with st.sidebar:
    st.subheader(t("membership.filters", lang))
    st.caption(t("membership.filters_note", lang))
    regions = coded_multiselect(t("membership.regions", lang), mc.region_options(members),
                                "membership_regions",
                                format_func=lambda r: t(f"membership.region.{r}", lang),
                                placeholder=t("membership.regions_placeholder", lang))
    years = year_range_slider(t("membership.years", lang), first, last, key="membership_years")
shown = mc.filter_members(members, as_of, regions, years)
if shown.empty:
    st.info(t("membership.empty", lang))
    st.stop()

st.subheader(t("membership.joins_heading", lang))
by = coded_segmented(t("membership.by", lang), mc.GROUPINGS, "membership_by", default="region",
                     format_func=lambda g: t(f"membership.by.{g}", lang), required=True)
show_figure(mc.joins_by_year_figure(shown, by, as_of, lang, sources), key="membership_joins",
            filename="membership_joins_per_year")
st.caption(t("membership.joins_note", lang))
show_summary(mc.joins_summary(shown, as_of, lang))

st.subheader(t("membership.map_heading", lang))
map_column, side = st.columns([4, 1])
with map_column:
    st.pydeck_chart(mc.membership_world_deck(shown, data.boundaries, sources,
                                             as_of, lang, all_members=members),
                    height=420, key="membership_map")
    chips = " ".join(f"<span style='background:{colour};color:{text};padding:0 5px;"
                     f"border-radius:3px'>{label}</span>"
                     for label, colour, text in mc.year_legend(members, as_of, lang))
    st.markdown(f"<small>{t('membership.legend', lang)}: {chips} "
                f"<span style='background:#e4e4e4;padding:0 5px'>"
                f"{t('membership.legend_non', lang)}</span></small>", unsafe_allow_html=True)
with side:
    st.markdown(f"**{t('membership.orgs_heading', lang)}**")
    lines = mc.organisation_lines(shown, sources, as_of, lang)
    st.markdown("\n".join(f"- {line}" for line in lines) if lines
                else t("membership.orgs_none", lang))
show_summary(mc.map_summary(shown, as_of, lang))
st.caption(t("footer.boundary", lang))

st.subheader(t("membership.table_heading", lang))
column = st.column_config
st.dataframe(mc.member_table(shown, sources, lang), hide_index=True, width="stretch",
             height=320, column_order=mc.TABLE_COLUMNS, column_config={
                 **{name: column.TextColumn(t(f"membership.col.{name}", lang))
                    for name in mc.TABLE_COLUMNS},
                 "founding": column.CheckboxColumn(t("membership.col.founding", lang)),
                 "link": column.LinkColumn(t("membership.col.link", lang),
                                           display_text=r"https?://(?:www\.)?([^/]+)")})
sources_footer([shown], sources, lang, key="membership_members")
