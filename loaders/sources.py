"""data/sources.csv -> the validated table of sources every fact row cites."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders import core

DEFAULT_PATH = core.DATA_DIR / "sources.csv"
COLUMNS = {c: c for c in ["source_id", "publisher", "title", "url", "published",
                          "published_basis", "language", "kind", "tier", "original_publisher",
                          "original_url", "gap_reason", "notes"]}
# What the source is; whether it is the publisher's own page is its tier (copy), not its kind.
KINDS = ["news", "official", "dataset"]
BASES = ["stated", "url", "not_before_fact", "unknown"]
# official: governments, the Coalition, UN agencies and programmes; wire: news agencies and
# major outlets; news: other news and references; copy: a mirror, archive copy, scrape or
# aggregator of another publisher's page (it names that original).
TIERS = ["official", "wire", "news", "copy"]
# The first label of a test or staging host (uat.x.gov, uatweb.x.gov, staging.x.org).
TEST_LABEL = re.compile(r"^(uat\w*|staging\w*|stage|test|testing|dev|preprod|sandbox)$")
LOCAL_HOST = re.compile(r"^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0)$|\.(local|test)$")
LISTING = re.compile(r"[?&]page=\d+|/search\?|/search/|/tag/|/tags/|/category/")


class SourcesSchema(core.StrictTable):
    source_id: Series[str] = pa.Field(str_matches=r"^[a-z0-9_]+$", unique=True)
    publisher: Series[str] = pa.Field(str_length={"min_value": 1})
    title: Series[str] = pa.Field(str_length={"min_value": 1})
    url: Series[str] = pa.Field(str_matches=r"^(https?://\S+)?$")
    published: Series[pd.Timestamp] = pa.Field(nullable=True)
    published_precision: Series[str] = pa.Field(nullable=True)
    published_basis: Series[pd.CategoricalDtype] = pa.Field(isin=BASES)
    language: Series[str] = pa.Field(str_matches=r"^[a-z]{2}$")
    kind: Series[pd.CategoricalDtype] = pa.Field(isin=KINDS)
    tier: Series[pd.CategoricalDtype] = pa.Field(isin=TIERS)
    original_publisher: Series[str]
    original_url: Series[str] = pa.Field(str_matches=r"^(https?://\S+)?$")
    gap_reason: Series[str]
    notes: Series[str]


def url_problem(url: str) -> str | None:
    """Why a web address cannot stand for one published page, or None when it can."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    labels = host.split(".")
    if LOCAL_HOST.search(host) or (len(labels) >= 3 and TEST_LABEL.match(labels[0])):
        return (f"'{host}' is a test or staging host, not the published site; cite the "
                "public address")
    if LISTING.search(url):
        return ("a listing or search-results page (page number, search, tag or category) "
                "stands for one article; cite the article's own address")
    return None


def check_urls(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    for column in ("url", "original_url"):
        for row, url in frame[column].items():
            problem = url_problem(url)
            if problem:
                problems.append(f"{core.where(path, row, column)}: {problem}")


def check_copies(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    """A copy names the publisher it copies; only a copy has an original."""
    is_copy = frame["tier"].eq("copy")
    for row in frame.index[is_copy & frame["original_publisher"].eq("")]:
        problems.append(f"{core.where(path, row, 'original_publisher')}: a copy must name the "
                        "publisher of the page it copies")
    for row in frame.index[~is_copy & frame["original_publisher"].ne("")]:
        problems.append(f"{core.where(path, row, 'original_publisher')}: only a copy has an "
                        "original publisher; set tier to copy or clear this cell")
    for row in frame.index[frame["kind"].eq("mirror")]:
        problems.append(f"{core.where(path, row, 'kind')}: 'mirror' is now tier=copy; give "
                        "the kind of the original (news, official, dataset)")


def title_from_address(title: str, url: str) -> bool:
    """True when a title is only the words of its page's address, sentence-cased ("John kerry
    us coalition isil 110626" for .../john-kerry-us-coalition-isil-110626): not the page's own
    title. Reported by `python -m loaders check` until the real one is found."""
    words = re.findall(r"[a-z0-9]+", str(title).lower())
    slug = re.findall(r"[a-z0-9]+", str(url).lower().rstrip("/").rsplit("/", 1)[-1])
    rest = str(title)[1:]
    return len(words) >= 4 and words == slug[:len(words)] and rest == rest.lower()


def prepare(frame: pd.DataFrame, path: Path, problems: list[str]) -> None:
    core.parse_partial_dates(frame, "published", path, problems, required=False)
    for row in frame.index[frame["url"].eq("") & frame["notes"].eq("")]:
        problems.append(f"{core.where(path, row, 'url')}: a source without a web address "
                        "must say in its notes where a copy is kept")
    check_urls(frame, path, problems)
    check_copies(frame, path, problems)
    for row in frame.index[frame["title"].str.startswith("Untitled page")]:
        problems.append(f"{core.where(path, row, 'title')}: give the page's own title (or "
                        "describe it in square brackets when none is known)")
    made_up = [title_from_address(t, u) for t, u in zip(frame["title"], frame["url"],
                                                        strict=True)]
    for row in frame.index[made_up]:
        problems.append(f"{core.where(path, row, 'title')}: this title is only the words of its "
                        "address; give the page's own title (or say in square brackets that "
                        "none was found)")
    core.as_categories(frame, {"published_basis": BASES, "kind": KINDS, "tier": TIERS}, path,
                       problems)


def load_sources(path: Path = DEFAULT_PATH) -> pd.DataFrame:
    """Every source: publisher, title, URL, date (with its basis), language, kind and tier."""
    return core.load_table(path, COLUMNS, SourcesSchema, prepare, keys=["source_id"],
                           source_ids=set(), source_columns=())
