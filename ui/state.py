"""Sidebar controls whose values live in the URL (?as_of=YYYY-MM-DD&lang=ar)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from catalog import LANGUAGES, t
from catalog.markup import md
from loaders import Dataset
from loaders.rules import shown

EARLIEST = dt.date(2014, 9, 1)
# What the bound date input reads from a link (strptime, so '٢٠٢٠-٠١-٠١' too), and only that:
# date.fromisoformat also takes 20200101 and 2020-W01-1, which the widget drops in silence.
LINK_FORMATS = ("%Y-%m-%d", "%Y/%m/%d")


def latest_date(data: Dataset) -> dt.date:
    """The newest dated fact in the dataset, never after today: the default as-of date.

    (A join known only to its year ends on 31 December; an empty dataset starts today.)"""
    candidates = [data.pledges["date"].max(), data.member_counts["date"].max(),
                  data.members["joined_end"].max(), data.camp_population["date"].max(),
                  data.events["date"].max()]
    known = [pd.Timestamp(c).date() for c in candidates if pd.notna(c)]
    return min(max(known, default=dt.date.today()), dt.date.today())


def language() -> str:
    """The interface language chosen in the sidebar, kept in the URL as ?lang=ar.

    Not a bound widget: binding would put the option's display name ('العربية') in the URL."""
    if "lang" not in st.session_state:
        asked = st.query_params.get("lang", "en")
        st.session_state["lang"] = asked if asked in LANGUAGES else "en"
    choice = st.sidebar.segmented_control(
        "Language / اللغة", options=list(LANGUAGES), format_func=LANGUAGES.get, key="lang")
    lang = choice or "en"
    if lang == "en":
        st.query_params.pop("lang", None)
    else:
        st.query_params["lang"] = lang
    return lang


def link_date_problem(asked: str | None, latest: dt.date) -> bool:
    """True when the link's ?as_of= is not a date within the data's range."""
    if not asked:
        return False
    day = link_day(asked)
    return day is None or not EARLIEST <= day <= latest


def link_day(asked: str) -> dt.date | None:
    """The day a link's ?as_of= names, read as the date input reads it; None if none."""
    for fmt in LINK_FORMATS:
        try:
            return dt.datetime.strptime(asked, fmt).date()
        except ValueError:
            continue
    return None


def linked_date(key: str, label: str, value, latest: dt.date, bad_link: str, lang: str,
                help_text: str):
    """A sidebar date input bound to ?<key>=; a link whose date is not a date, or lies
    outside the data, is named (as text) instead of being dropped in silence."""
    asked = st.query_params.get(key)
    if link_date_problem(asked, latest):
        st.sidebar.warning(md(t(bad_link, lang, asked=shown(asked), first=EARLIEST.isoformat(),
                                last=latest.isoformat())))
    return st.sidebar.date_input(label, value=value, min_value=EARLIEST, max_value=latest,
                                 key=key, bind="query-params", help=help_text,
                                 format="YYYY-MM-DD")


def as_of(data: Dataset, lang: str) -> pd.Timestamp:
    """The as-of date chosen in the sidebar (bound to ?as_of=), default the latest data; a bad
    link date says so instead of showing the latest data as if it were the date asked for."""
    latest = latest_date(data)
    chosen = linked_date("as_of", t("sidebar.as_of", lang), latest, latest,
                         "sidebar.bad_link_date", lang, t("sidebar.as_of_help", lang))
    return pd.Timestamp(chosen or latest)


# Sidebar codes -> loaders.tiers levels; the URL holds the code (?tiers=official).
TIER_CHOICES = {"all": "all", "official": "official_wire"}


def tier_level() -> str:
    """The loaders.tiers level the sidebar chose (session first, else the link, else all)."""
    code = st.session_state.get("tiers") or st.query_params.get("tiers", "all")
    return TIER_CHOICES.get(code, "all")


def tiers(lang: str) -> str:
    """The sidebar's "sources: all / official and wire only", kept in the URL as ?tiers=."""
    if "tiers" not in st.session_state:
        asked = st.query_params.get("tiers", "all")
        st.session_state["tiers"] = asked if asked in TIER_CHOICES else "all"
    choice = st.sidebar.radio(t("sidebar.tiers", lang), list(TIER_CHOICES), key="tiers",
                              format_func=lambda c: t(f"sidebar.tiers.{c}", lang),
                              help=t("sidebar.tiers_help", lang))
    if choice == "official":
        st.query_params["tiers"] = choice
        st.sidebar.caption(t("sidebar.tiers_note", lang))
    else:
        st.query_params.pop("tiers", None)
    return TIER_CHOICES.get(choice or "all", "all")


def since_picks(data: Dataset, as_of: pd.Timestamp) -> list[tuple[str, dt.date]]:
    """Quick picks for the comparison date: the previous ministerial, one year earlier."""
    from charts.changes import previous_ministerial, year_before

    picks = []
    ministerial = previous_ministerial(data.meetings, as_of)
    if ministerial is not None:
        picks.append(("ministerial", ministerial.date()))
    earlier = year_before(as_of).date()
    if earlier >= EARLIEST:
        picks.append(("year", earlier))
    return picks


def pick_since(day: dt.date | None) -> None:
    st.session_state["since"] = day


def since(data: Dataset, lang: str, as_of: pd.Timestamp) -> pd.Timestamp | None:
    """The comparison date (bound to ?since=), None when none is asked for or it is not
    before the as-of date (which the sidebar then says)."""
    latest = latest_date(data)
    chosen = linked_date("since", t("sidebar.since", lang), None, latest,
                         "sidebar.bad_link_since", lang, t("sidebar.since_help", lang))
    for name, day in since_picks(data, as_of):
        st.sidebar.button(t(f"sidebar.since_{name}", lang, date=day.isoformat()),
                          key=f"since_pick_{name}", on_click=pick_since, args=(day,),
                          type="tertiary", icon=":material/history:")
    if chosen is not None and comparison_date(chosen, as_of) is None:
        st.sidebar.warning(md(t("sidebar.bad_since", lang, since=chosen.isoformat(),
                             as_of=as_of.date().isoformat())))
    return comparison_date(chosen, as_of)


def comparison_date(chosen, as_of) -> pd.Timestamp | None:
    """The chosen comparison date if it is before as_of, else None (no comparison)."""
    if not chosen or pd.Timestamp(chosen) >= pd.Timestamp(as_of):
        return None
    return pd.Timestamp(chosen)
