"""Coded URL widgets: links carry option codes, the same in every interface language."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
APP = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import streamlit as st
from ui.url import coded_multiselect, coded_selectbox
labels = {{"en": {{"iq": "Iraq", "sy": "Syria"}}, "ar": {{"iq": "العراق", "sy": "سوريا"}}}}
lang = st.query_params.get("lang", "en")
coded_multiselect("Country", ["iq", "sy"], key="c", format_func=labels[lang].get,
                  default=["iq", "sy"])
coded_selectbox("One", ["iq", "sy"], key="o", format_func=labels[lang].get)
"""


def run(tmp_path: Path, **params) -> AppTest:
    script = tmp_path / "app.py"
    script.write_text(APP, encoding="utf-8")
    at = AppTest.from_file(str(script), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def test_url_codes_seed_widgets_in_any_language(tmp_path):
    """A link with codes restores the same choices in English and in Arabic."""
    for lang in ("en", "ar"):
        at = run(tmp_path, c="sy", o="sy", lang=lang)
        assert not at.exception
        assert at.multiselect[0].value == ["sy"] and at.selectbox[0].value == "sy"


def test_changes_are_written_back_as_codes(tmp_path):
    """Choosing options writes their codes, not their labels, into the URL."""
    at = run(tmp_path, lang="ar", c="sy")
    at.multiselect[0].select("iq").run()
    assert at.query_params["c"] == "sy,iq"


def test_default_choice_keeps_the_link_short_and_bad_codes_are_ignored(tmp_path):
    """Unknown codes fall back to the default, and a default choice leaves no parameter."""
    at = run(tmp_path, c="xx", o="zz")
    assert at.multiselect[0].value == ["iq", "sy"] and at.selectbox[0].value == "iq"
    assert "c" not in at.query_params and "o" not in at.query_params


def test_year_sliders_follow_the_as_of_date_without_error():
    """Moving the as-of date back and forth keeps each year slider inside its new bounds (a
    second move used to leave 2024 above a 2023 maximum and stop the page); the full range
    stays the full range."""
    import datetime as dt

    from tests.apptest_helpers import open_page

    for page, key in (("pages/2_funding.py", "funding_years"),
                      ("pages/3_membership.py", "membership_years")):
        at = open_page(page, as_of=None)
        for day in ("2019-03-23", "2016-01-01", "2023-06-08"):
            at.date_input(key="as_of").set_value(dt.date.fromisoformat(day)).run()
            assert not at.exception, (page, day, at.exception)
            slider = at.slider(key=key)
            assert slider.value == (slider.min, slider.max), (page, day)
            assert slider.max <= int(day[:4]) + 1, (page, day)


def test_a_narrowed_year_range_is_brought_inside_new_bounds():
    """2020-2023 chosen on 2023-06-08, then the date moves to 2019-03-23: 2019-2019."""
    import datetime as dt

    from tests.apptest_helpers import open_page

    at = open_page("pages/2_funding.py")
    at.slider(key="funding_years").set_value((2020, 2023)).run()
    at.date_input(key="as_of").set_value(dt.date(2019, 3, 23)).run()
    assert not at.exception
    assert at.slider(key="funding_years").value == (2019, 2019)
