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
