"""Tests for the learned models of issue 13, rounds 17-18: the status of amounts the rules leave
'unknown' (extraction/status_model.py) and the membership counts the patterns miss
(extraction/count_model.py), both trained by tools/train_models.py."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from extraction import count_model, extract_facts, parse_published, rule_money
from extraction.article import split_header
from extraction.counts import find_member_counts
from extraction.dates import find_dates
from extraction.normalize import fold_text
from extraction.status_model import (
    THRESHOLD,
    features,
    load_model,
    probabilities,
    second_opinion,
)
from tools import train_models

PUBLISHED = "2023-06-08"
FIXTURES = Path(__file__).parent / "fixtures"


def statuses(text: str) -> tuple[list[str], list[str]]:
    """(the rules' statuses, the extractor's statuses) of the text's amounts."""
    return ([item["status"] for item in rule_money(text, PUBLISHED)],
            [item["status"] for item in extract_facts(text, PUBLISHED)["money"]])


@pytest.mark.parametrize(("text", "status"), [
    ("Donors will shoulder $40 million of the bill for the water network.", "pledge"),
    ("Another $12 million is in the pipeline from Oslo for demining.", "pledge"),
    ("مبلغ 310 ملايين دولار هو ما يلزم لعمل المخيم هذا العام.", "goal"),
    ("وفي الطريق 12 مليون دولار أخرى من أوسلو لإزالة الألغام.", "pledge"),
])
def test_an_amount_without_a_status_word_gets_the_models_status(text, status):
    """Wording the rules' lists lack ('shoulder', 'in the pipeline', 'ما يلزم', 'في الطريق'):
    the rules say unknown, the model names the status it holds more likely than not."""
    assert statuses(text) == (["unknown"], [status])


@pytest.mark.parametrize("text", [
    "A diplomat said Gulf funding, perhaps $200 million, is on the table.",
    "وقال دبلوماسي إن التمويل الخليجي، ربما ٢٠٠ مليون دولار، مطروح.",
    "The report was published. The package includes £4.5 million.",
    "The flood would cost $5m to repair.",
    "تبلغ كلفة الجسر 50 مليون دولار.",
])
def test_a_settled_unknown_stays_unknown(text):
    """A hedged guess, a part of a sum out of reach, a cost: the rules chose 'unknown' for a
    reason, and the model is not asked."""
    assert statuses(text) == (["unknown"], ["unknown"])


def test_the_model_changes_only_the_status_of_unknown_amounts():
    """Over every fixture article: the same amounts, spans, qualifiers and currencies as the
    rules alone, and a status that differs only where the rules said 'unknown'."""
    filled = 0
    for path in sorted(FIXTURES.glob("articles*/*.txt")):
        meta, body = split_header(path.read_text(encoding="utf-8"))
        rules = rule_money(body, meta.get("published"))
        final = extract_facts(body, meta.get("published"))["money"]
        assert [{**item, "status": None} for item in rules] == [
            {**item, "status": None} for item in final], path.name
        for before, after in zip(rules, final, strict=True):
            if before["status"] != after["status"]:
                assert before["status"] == "unknown", (path.name, before["text"])
                filled += 1
    assert filled > 10  # the model does fill some


def _tiny_model(tmp_path: Path, weights: dict, classes=("goal", "pledge")) -> dict:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"classes": list(classes), "intercept": [0.0] * len(classes),
                                "weights": weights}), encoding="utf-8")
    load_model.cache_clear()
    try:
        return load_model(path)
    finally:
        load_model.cache_clear()


def test_probabilities_are_a_softmax_of_the_present_features(tmp_path):
    model = _tiny_model(tmp_path, {"b:pledged": [0.0, 2.0], "s:need": [1.0, 0.0]})
    chances = probabilities({"b:pledged", "lang:en"}, model)
    assert chances["pledge"] == pytest.approx(math.exp(2) / (1 + math.exp(2)))
    assert sum(chances.values()) == pytest.approx(1.0)
    both = probabilities({"b:pledged", "s:need"}, model)
    assert both["pledge"] == pytest.approx(math.exp(2) / (math.exp(1) + math.exp(2)))


def test_below_the_threshold_the_amount_stays_unknown(tmp_path):
    text = "Oslo: $12 million."
    item = rule_money(text, PUBLISHED)[0]
    found = features(text, item["start"], item["end"], "en", item["qualifier"])
    assert "b:oslo" in found and "lang:en" in found and "q:exact" in found
    sure = _tiny_model(tmp_path, {"b:oslo": [0.0, 3.0]})
    assert second_opinion(text, "en", sure)(item) == "pledge"
    # three classes: P(pledge) = e^w / (e^w + 2) reaches THRESHOLD at w = log(2 T / (1 - T))
    edge = math.log(2 * THRESHOLD / (1 - THRESHOLD))
    classes = ("goal", "pledge", "cumulative")
    over = _tiny_model(tmp_path, {"b:oslo": [0.0, edge + 0.01, 0.0]}, classes)
    under = _tiny_model(tmp_path, {"b:oslo": [0.0, edge - 0.01, 0.0]}, classes)
    assert second_opinion(text, "en", over)(item) == "pledge"
    assert max(probabilities(found, under), key=probabilities(found, under).get) == "pledge"
    assert second_opinion(text, "en", under)(item) == "unknown"


def test_a_model_file_with_a_short_row_is_refused(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"classes": ["goal", "pledge"], "intercept": [0.0, 0.0],
                                "weights": {"b:x": [1.0]}}), encoding="utf-8")
    load_model.cache_clear()
    with pytest.raises(ValueError, match=r"model\.json: every weight row"):
        load_model(path)
    load_model.cache_clear()


def test_hostile_sentence_features_are_bounded():
    """100,000 characters of distinct words in one sentence: the features come from the
    sentence around the amount, which reaches at most 600 characters each way."""
    words = " ".join(f"w{index}" for index in range(15_000))
    text = f"{words} $5 million {words}."
    start = text.index("$5")
    assert len(features(text, start, start + 10, "en", "exact")) < 250


def test_the_written_models_are_the_models_the_gold_trains(capsys):
    """tools/train_models.py --check: a fresh fit on the read sets' gold gives each written
    model's answer on every training example (regenerate them when the gold changes)."""
    assert train_models.main(["--check"]) == 0, capsys.readouterr().out
    for path in (train_models.MODEL_PATH, count_model.MODEL_PATH):
        load_model.cache_clear()
        written = load_model(path)
        sets = len(train_models.TRAINING_SETS)
        assert written["trained_on"][:sets] == list(train_models.TRAINING_SETS)
        assert not set(train_models.HELD_OUT) & set(written["trained_on"])
    load_model.cache_clear()


def counts(text: str) -> tuple[list, list]:
    """((count, date) by the patterns alone, (count, date) by the extractor)."""
    day = parse_published(PUBLISHED)
    folded = fold_text(text)
    rules = find_member_counts(folded, find_dates(folded, day), day)
    return ([(item["count"], item["date"]) for item in rules],
            [(item["count"], item["date"]) for item in extract_facts(text, PUBLISHED)[
                "member_counts"]])


@pytest.mark.parametrize(("text", "count"), [
    ("The coalition's membership ticked up to 84 after the vote.", 84),
    ("Eighty-three governments now sit in the coalition.", 83),
    ("وانضمت توغو لترتفع عضوية التحالف إلى 86 دولة.", 86),
    ("وأصبح عدد شركاء التحالف 83.", 83),
])
def test_a_count_no_pattern_names_is_read_by_the_model(text, count):
    """'ticked up to', 'governments now sit in', 'لترتفع عضوية', 'عدد شركاء': no pattern; the
    model reads the count, dated like the patterns' counts (here: the time of writing)."""
    assert counts(text) == ([], [(count, PUBLISHED)])


@pytest.mark.parametrize("text", [
    "Delegates from 20 countries attended the coalition's meeting.",
    "وشارك في اجتماع التحالف ممثلو 20 دولة.",
    "The coalition launched 85 air strikes in the week.",
    "The coalition trained 40 battalions last year.",
    "The coalition's 70 aircraft flew 300 sorties.",
    "شن التحالف 85 غارة جوية خلال الأسبوع.",
])
def test_a_number_near_the_coalition_that_is_no_membership_is_not_a_count(text):
    """Attendance, strikes, units, aircraft: no membership noun beside the number, or the
    model's words say it counts something else."""
    assert counts(text) == ([], [])


def test_the_model_only_adds_counts():
    """Over every fixture article: each count of the patterns is kept as it is; the model's
    counts are at other places and of other values."""
    added = 0
    for path in sorted(FIXTURES.glob("*/*.txt")):
        meta, body = split_header(path.read_text(encoding="utf-8"))
        day = parse_published(meta.get("published"))
        folded = fold_text(body)
        rules = find_member_counts(folded, find_dates(folded, day), day)
        final = extract_facts(body, meta.get("published"))["member_counts"]
        extra = [item for item in final if item not in rules]
        assert all(item in final for item in rules), path.name
        assert not {item["count"] for item in extra} & {item["count"] for item in rules}
        added += len(extra)
    assert added > 5


def test_candidates_are_bounded_on_hostile_text():
    """30,000 numbers beside 'coalition members': at most MAX_CANDIDATES are weighed."""
    text = fold_text("The coalition members: " + "85 members, " * 30_000).text
    assert len(count_model.candidates(text, "en")) == count_model.MAX_CANDIDATES
    extract_facts("The coalition members: " + "85 members, " * 15_000, PUBLISHED)
