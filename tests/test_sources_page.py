"""The sources page through AppTest: as-of date, reconciliation order, coded kind filter."""

from __future__ import annotations

from pathlib import Path

from apptest_helpers import shown_text
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
PAGE = "pages/5_sources.py"


def open_sources(as_of: str | None = "2023-06-08", **params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    if as_of:
        at.query_params["as_of"] = as_of
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def table_with(at: AppTest, column: str):
    return next(df.value for df in at.dataframe if column in df.value.columns)


def test_riyadh_disagreement_is_in_the_first_rows():
    """On 2023-06-08 the 85-vs-86 day heads the members reconciliation table, marked ⚠."""
    at = open_sources()
    top = table_with(at, "stated").head(3)
    assert set(top["stated"]) == {"85", "86"}
    assert (top["disagrees"] == "⚠").all() and (top["date"] == "8 June 2023").all()
    assert "As of 8 June 2023" in shown_text(at.caption[0].value)


def test_kind_filter_code_in_the_url_works_in_arabic():
    """?sources_kind=official with ?lang=ar keeps only official sources, labelled in Arabic."""
    every = len(table_with(open_sources(lang="ar"), "publisher"))
    at = open_sources(lang="ar", sources_kind="official")
    shown = table_with(at, "publisher")
    assert 0 < len(shown) < every
    assert set(shown["kind"]) == {"رسمي"}
    assert at.multiselect(key="sources_kind").value == ["official"]


def test_fewer_sources_known_in_2016_than_at_the_latest_date():
    """At 2016-01-01 fewer sources are listed than at the latest date, and no claim after 2016."""
    early = open_sources(as_of="2016-01-01")
    latest = open_sources(as_of=None)
    assert len(table_with(early, "publisher")) < len(table_with(latest, "publisher"))
    assert table_with(early, "stated")["date"].str[-4:].astype(int).max() <= 2016
