"""Dataset, date and a chosen camp -> the map page's side panel: population over time."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from catalog import format_date, t
from catalog.markup import md
from charts import camps
from loaders import Dataset
from ui.cache import remembering
from ui.components import show_figure, show_summary, sources_footer
from ui.url import coded_selectbox

cp = remembering(camps)  # each builder runs once per content of its arguments


def camp_panel(data: Dataset, day: pd.Timestamp, as_of: pd.Timestamp, lang: str) -> None:
    """A camp picker (kept in the URL) and its counts up to the replayed day, or why none."""
    names = data.sites.set_index("site_id")["name_ar" if lang == "ar" else "name_en"]
    camp = coded_selectbox(t("map.camp_select", lang),
                           cp.camp_choices(data.sites, data.camp_population), key="map_camp",
                           format_func=names.get)
    if camp is None:
        st.info(md(t("map.camp.none_at_all", lang)))
        return
    shown = cp.camp_rows(data.camp_population, camp, day)
    if shown.empty:
        st.info(md(no_counts_message(data, camp, day, as_of, lang)))
        return
    show_figure(cp.camp_population_figure(data.camp_population, data.sites, data.sources, camp,
                                          day, lang, data.events),
                key="camp_population", filename=f"camp_population_{camp}")
    st.caption(md(t("map.camp.measure", lang)))
    show_summary(cp.camp_population_summary(data.camp_population, data.sites, camp, day, lang))
    sources_footer([shown], data.sources, lang, key="camp_population")


def no_counts_message(data: Dataset, camp: str, day, as_of, lang: str) -> str:
    """Why a camp has no count by the replayed day: not counted yet (first count named), or
    never counted in the data known by the as-of date."""
    first = cp.first_count_date(data.camp_population, camp, as_of)
    name = cp.short_name(data.sites.set_index("site_id").loc[camp], lang)
    if first is not None:
        return t("map.camp.none_first", lang, camp=name, date=format_date(day, "day", lang),
                 first=format_date(first, "month", lang))
    return t("map.camp.none_ever", lang, camp=name, as_of=format_date(as_of, "day", lang))
