"""Stabilisation map page: places retaken, camps and governorate figures on a date, replayable."""

import streamlit as st

from catalog import t
from catalog.markup import md
from charts import stabilisation_map, territory
from ui.cache import remembering
from ui.camp_panel import camp_panel
from ui.changes import since_view
from ui.components import guarded, revealed, show_figure, show_summary, sources_footer
from ui.context import page_context
from ui.url import coded_selectbox

smap = remembering(stabilisation_map)  # each builder runs once per content of its arguments
terr = remembering(territory)
ctx = page_context(needs=("sites", "sources"), uses=("camp_population", "stabilization_areas",
                                                     "governorates", "boundaries", "territory"))
data, lang, as_of = ctx.data, ctx.lang, ctx.as_of
st.markdown(smap.LEGEND_CSS, unsafe_allow_html=True)
st.title(md(t("map.title", lang)))
left, right = st.columns([3, 2], gap="medium")

with left:
    # Controls sit under the map (drawn first, filled last) so the map starts under the title.
    heading, map_box, controls = st.container(), st.container(), st.container()
    with controls:
        slider, chooser = st.columns(2)
        months = smap.replay_months(as_of)
        month = slider.select_slider(t("map.month", lang), options=months, value=months[-1],
                                     key="map_month", bind="query-params",
                                     help=t("map.month_help", lang))
        day = smap.replay_date(month, as_of)
        metrics = smap.governorate_metrics(data.stabilization_areas, data.governorates, as_of)
        # The choice stays put while the replay moves; a date without a value is said so below.
        metric = coded_selectbox(
            t("map.metric_select", lang), metrics, key="map_metric",
            format_func=lambda m: smap.metric_label(m, lang),
            default="projects_total" if "projects_total" in metrics else None,
            container=chooser,
        ) if metrics else None
        layers = [name for column, name in zip(st.columns(3), smap.LAYER_ORDER, strict=True)
                  if column.checkbox(t(f"map.layer.{name}", lang), value=True,
                                     key=f"map_{name}", bind="query-params")]
    with guarded(lang):
        heading.markdown(smap.map_heading(data.sites, data.camp_population, day, lang),
                         unsafe_allow_html=True)
        map_box.pydeck_chart(smap.stabilisation_map_deck(
            data.sites, data.boundaries, data.camp_population, data.stabilization_areas,
            data.sources, day, layers, metric, lang, data.governorates),
            height=smap.MAP_HEIGHT, width="stretch")
        if not layers:
            st.info(md(t("map.no_layers", lang)))
        values = smap.governorate_values(data.stabilization_areas, data.governorates, metric, day)
        key_places = smap.key_place_names(data.sites, lang) if lang != "en" else None
        st.markdown(smap.legend_html(values, metric, layers, lang, key_places),
                    unsafe_allow_html=True)
        show_summary(smap.map_summary(data.sites, data.camp_population, day, lang))
        if "governorates" in layers:
            first = smap.first_value_date(data.stabilization_areas, data.governorates, metric,
                                          as_of) if values.empty else None
            st.caption(md(smap.figure_caption(values, metric, day, lang, first)))
        st.caption(md(t("footer.boundary", lang)))
        rows = smap.map_rows(data.sites, data.camp_population, data.stabilization_areas,
                             data.governorates, day, layers, metric, data.sources)
        sources_footer([rows], data.sources, lang, key="stabilisation_map", export=rows)

with right, guarded(lang):
    camp_panel(data, day, as_of, lang)

since_view(ctx, ("places", "camps"), key="map_changes")

st.subheader(md(t("territory.heading", lang)))
with guarded(lang):
    show_figure(terr.territory_figure(data.territory, data.sites, data.sources, as_of, lang),
                key="territory", filename="territory_held")
    st.caption(md(t("territory.note", lang)))
    show_summary(terr.territory_summary(data.territory, data.sites, as_of, lang))
    known = data.territory[data.territory["date"] <= as_of]
    if box := revealed(md(t("territory.table", lang)), "territory_table"):
        table = terr.territory_table(data.territory, data.sources, as_of, lang)
        box.dataframe(table, hide_index=True, width="stretch", column_config={
            column: st.column_config.TextColumn(t(f"territory.col.{column}", lang))
            for column in table.columns})
    sources_footer([known], data.sources, lang, key="territory", export=known)
