"""Tests for the learned status of amounts the rules leave 'unknown' (extraction/status_model.py,
tools/train_status_model.py; issue 13, round 17)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from extraction import extract_facts, rule_money
from extraction.article import split_header
from extraction.status_model import (
    THRESHOLD,
    features,
    load_model,
    probabilities,
    second_opinion,
)
from tools import train_status_model

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


def test_the_written_model_is_the_model_the_gold_trains(capsys):
    """tools/train_status_model.py --check: a fresh fit on the read sets' gold gives the written
    model's status on every training example (regenerate it when the gold changes)."""
    assert train_status_model.main(["--check"]) == 0, capsys.readouterr().out
    written = load_model()
    assert written["trained_on"] == list(train_status_model.TRAINING_SETS)
    assert not set(train_status_model.HELD_OUT) & set(written["trained_on"])
