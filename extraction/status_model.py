"""A learned status for the amounts whose sentence gave the rules no status word.

The rules in money.py settle a status from word lists and constructions. Tuned on the sets they
read, they agree with the gold on 95% of the amounts they find there, but on 69-82% on text they
never read, and most of the difference is amounts they leave 'unknown' where the writer meant a
pledge, a need or a running total in words the lists lack. A multinomial logistic model over
the words of the amount's sentence (the words just before and after it, and all of them) was
trained on the gold of the read sets; for an amount the rules left 'unknown' (and no
construction settled: a cost, a hedged guess, a package part without its sum) it names the
status it holds more likely than not. Measured on the three blind sets that neither the rules
nor the model ever read, this lifts money F1 on each of them (extraction/README.md, round 17).

The weights live in status_model.json, written by tools/train_models.py (scikit-learn,
a development requirement); this module only reads them: no third-party import at run time.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from extraction.normalize import fold_key
from extraction.sentences import sentence_span

MODEL_PATH = Path(__file__).with_name("status_model.json")
NEAR = 8  # words on each side of the amount that count as near (features 'b:' and 'a:')
THRESHOLD = 0.5  # the model names a status only when it holds it more likely than not
_WORD = re.compile(r"\w+")


def features(text: str, start: int, end: int, lang: str, qualifier: str) -> set[str]:
    """The model's features of the amount at text[start:end]: its sentence's folded words,
    marked near-before, near-after or anywhere in the sentence, with the language and the
    qualifier the rules read."""
    low, high = sentence_span(text, start)
    before = _WORD.findall(fold_key(text[low:start]))
    after = _WORD.findall(fold_key(text[end:max(end, high)]))
    found = {"lang:" + lang, "q:" + qualifier}
    found.update("b:" + word for word in before[-NEAR:])
    found.update("a:" + word for word in after[:NEAR])
    found.update("s:" + word for word in before)
    found.update("s:" + word for word in after)
    return found


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> dict:
    """{'classes': [...], 'intercept': [...], 'weights': {feature: [...]}} as trained."""
    model = json.loads(path.read_text(encoding="utf-8"))
    classes = model["classes"]
    if len(model["intercept"]) != len(classes) or any(
            len(row) != len(classes) for row in model["weights"].values()):
        raise ValueError(f"{path.name}: every weight row must have one value per class")
    return model


def probabilities(found: set[str], model: dict) -> dict[str, float]:
    """Softmax over the classes of intercept + the weights of the features present."""
    weights = model["weights"]
    rows = [row for row in map(weights.get, found) if row is not None]
    scores = [sum(column) for column in zip(model["intercept"], *rows, strict=True)]
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return {status: value / total for status, value in zip(model["classes"], exps, strict=True)}


def second_opinion(text: str, lang: str, model: dict | None = None):
    """item -> status for an amount the rules left 'unknown': the model's most likely status
    when its probability reaches THRESHOLD, else 'unknown'."""
    model = model or load_model()

    def decide(item: dict) -> str:
        chances = probabilities(
            features(text, item["start"], item["end"], lang, item["qualifier"]), model)
        status = max(chances, key=chances.get)
        return status if chances[status] >= THRESHOLD else "unknown"
    return decide
