"""ui.cache: builders run once per content of their arguments; the shared dataset stays as read."""

from __future__ import annotations

import json
from dataclasses import replace

import pandas as pd
import pytest
from apptest_helpers import open_page
from test_pages import page_files

from charts import membership
from loaders import DATA_DIR, load_all, read_all
from ui import cache

CALLS: list[int] = []


def count_rows(frame: pd.DataFrame) -> int:
    CALLS.append(len(frame))
    return len(frame)


@pytest.fixture
def calls():
    cache.remembered(count_rows).clear()
    CALLS.clear()
    return CALLS


def test_builder_runs_once_per_content_of_its_arguments(calls):
    frame = pd.DataFrame({"donor": ["Norway", "Japan"], "amount": [25.0, 10.0]})
    counted = cache.remembered(count_rows)
    assert counted(frame) == 2
    assert counted(frame.copy()) == 2  # equal content: remembered
    assert calls == [2]
    changed = frame.assign(amount=[25.0, 11.0])
    renamed = frame.rename(columns={"amount": "usd"})
    assert counted(changed) == 2 and counted(renamed) == 2 and counted(frame.head(1)) == 1
    assert calls == [2, 2, 2, 1]


def test_dataset_digest_follows_every_table():
    data = load_all()
    assert cache.dataset_digest(data) == cache.dataset_digest(load_all())
    fewer = replace(data, pledges=data.pledges.head(3))
    moved = replace(data, sites=data.sites.assign(lat=data.sites["lat"] + 0.01))
    digests = {cache.dataset_digest(d) for d in (data, fewer, moved)}
    assert len(digests) == 3


def test_remembered_deck_is_serialised_once_and_draws_the_same():
    data = load_all()
    built = membership.membership_world_deck(data.members, data.boundaries, data.sources,
                                             "2023-06-08")
    remembered = cache.remembered(membership.membership_world_deck)
    first = remembered(data.members, data.boundaries, data.sources, "2023-06-08")
    again = remembered(data.members, data.boundaries, data.sources, "2023-06-08")
    assert again is first
    assert json.loads(first.to_json()) == json.loads(built.to_json())
    later = remembered(data.members, data.boundaries, data.sources, "2015-01-01")
    assert json.loads(later.to_json()) != json.loads(first.to_json())


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_pages_leave_the_shared_dataset_as_loaded(lang):
    """Every page reads the one shared dataset; none may change it, or later runs and other
    sessions would see the change."""
    for page in page_files():
        at = open_page(page, lang=lang)
        assert not at.exception, (page, at.exception)
    shared, fresh = cache.dataset(), read_all(DATA_DIR.resolve())  # read anew, not the memo
    assert shared is cache.dataset()
    for name, frame in fresh.tables().items():
        pd.testing.assert_frame_equal(getattr(shared, name), frame, obj=name)
    assert shared.boundaries == fresh.boundaries


def test_remembered_figure_draws_as_built():
    """The dict kept for drawing a remembered figure is the one a fresh build gives."""
    from charts import overview

    data = load_all()
    fresh = overview.key_events_figure(data.events, data.sources, "2023-06-08")
    kept = cache.remembered(overview.key_events_figure)(data.events, data.sources, "2023-06-08")
    assert kept.to_dict() is kept.to_dict()  # made once, not per draw
    assert json.dumps(kept.to_dict(), default=str) == json.dumps(fresh.to_dict(), default=str)
