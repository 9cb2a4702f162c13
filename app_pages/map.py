"""Stabilisation map page: places retaken, camps and governorate figures on a date, replayable."""

import streamlit as st

from catalog import format_date, t
from charts import camps, stabilisation_map
from ui.cache import remembering
from ui.components import show_figure, show_summary, sources_footer
from ui.context import page_context
from ui.url import coded_selectbox

# Each builder runs once per content of its arguments.
smap, cp = remembering(stabilisation_map), remembering(camps)
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
    key_places = smap.key_place_names(data.sites, lang) if lang != "en" else None
    st.markdown(smap.legend_html(values, metric, layers, lang, key_places),
                unsafe_allow_html=True)
    show_summary(smap.map_summary(data.sites, data.camp_population, day, lang))
    if "governorates" in layers:
        first = smap.first_value_date(data.stabilization_areas, data.governorates, metric,
                                      as_of) if values.empty else None
        st.caption(smap.figure_caption(values, metric, day, lang, first))
    st.caption(t("footer.boundary", lang))
    rows = smap.map_rows(data.sites, data.camp_population, data.stabilization_areas,
                         data.governorates, day, layers, metric, data.sources)
    sources_footer([rows], data.sources, lang, key="stabilisation_map", export=rows)

with right:
    names = data.sites.set_index("site_id")["name_ar" if lang == "ar" else "name_en"]
    camp = coded_selectbox(t("map.camp_select", lang),
                           cp.camp_choices(data.sites, data.camp_population), key="map_camp",
                           format_func=names.get)
    shown = cp.camp_rows(data.camp_population, camp, day) if camp else data.camp_population[:0]
    if camp is None:
        st.info(t("map.camp.none_at_all", lang))
    elif shown.empty:
        first = cp.first_count_date(data.camp_population, camp, as_of)
        name = cp.short_name(data.sites.set_index("site_id").loc[camp], lang)
        st.info(t("map.camp.none_first", lang, camp=name, date=shown_date,
                  first=format_date(first, "month", lang)) if first is not None
                else t("map.camp.none_ever", lang, camp=name,
                       as_of=format_date(as_of, "day", lang)))
    else:
        show_figure(cp.camp_population_figure(data.camp_population, data.sites, data.sources, camp,
                                           day, lang, data.events),
                    key="camp_population", filename=f"camp_population_{camp}")
        st.caption(t("map.camp.measure", lang))
        show_summary(cp.camp_population_summary(data.camp_population, data.sites, camp, day, lang))
        sources_footer([shown], data.sources, lang, key="camp_population")
