"""Stabilisation map page: places retaken, camps and governorate figures on a date, replayable."""

import streamlit as st

from catalog import format_date, t
from charts import stabilisation_map as smap
from charts.camps import camp_choices, camp_population_figure, camp_population_summary, camp_rows
from ui.components import show_figure, show_summary, sources_footer
from ui.context import page_context

ctx = page_context()
data, lang, as_of = ctx.data, ctx.lang, ctx.as_of
st.markdown(smap.LEGEND_CSS, unsafe_allow_html=True)
st.title(t("map.title", lang))
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
        metric = chooser.selectbox(
            t("map.metric_select", lang), metrics, key="map_metric", bind="query-params",
            format_func=lambda m: smap.metric_label(m, lang),
            index=metrics.index("projects_total") if "projects_total" in metrics else 0,
        ) if metrics else None
        layers = [name for column, name in zip(st.columns(3), smap.LAYER_ORDER, strict=True)
                  if column.checkbox(t(f"map.layer.{name}", lang), value=True,
                                     key=f"map_{name}", bind="query-params")]
    shown_date = format_date(day, "day", lang)
    heading.markdown(smap.map_heading(data.sites, data.camp_population, day, lang),
                     unsafe_allow_html=True)
    map_box.pydeck_chart(smap.stabilisation_map_deck(
        data.sites, data.boundaries, data.camp_population, data.stabilization_areas,
        data.sources, day, layers, metric, lang, data.governorates),
        height=smap.MAP_HEIGHT, width="stretch")
    if not layers:
        st.info(t("map.no_layers", lang))
    values = smap.governorate_values(data.stabilization_areas, data.governorates, metric, day)
    st.markdown(smap.legend_html(values, metric, layers, lang), unsafe_allow_html=True)
    show_summary(smap.map_summary(data.sites, data.camp_population, day, lang))
    if "governorates" in layers:
        st.caption(smap.figure_caption(values, metric, day, lang))
    st.caption(t("footer.boundary", lang))
    rows = smap.map_rows(data.sites, data.camp_population, data.stabilization_areas,
                         data.governorates, day, layers, metric, data.sources)
    sources_footer([rows], data.sources, lang, key="stabilisation_map", export=rows)

with right:
    names = data.sites.set_index("site_id")["name_ar" if lang == "ar" else "name_en"]
    camp = st.selectbox(t("map.camp_select", lang), camp_choices(data.sites, data.camp_population),
                        format_func=names.get, key="map_camp", bind="query-params")
    shown = camp_rows(data.camp_population, camp, day)
    if shown.empty:
        st.info(t("map.camp.none", lang, date=shown_date))
    else:
        show_figure(camp_population_figure(data.camp_population, data.sites, data.sources, camp,
                                           day, lang, data.events),
                    key="camp_population", filename=f"camp_population_{camp}")
        st.caption(t("map.camp.measure", lang))
        show_summary(camp_population_summary(data.camp_population, data.sites, camp, day, lang))
        sources_footer([shown], data.sources, lang, key="camp_population")
