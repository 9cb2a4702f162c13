"""Train extraction/status_model.json and extraction/count_model.json from the gold of the sets
the rules have read.

Usage: python -m tools.train_models [--check]

Status model: each gold money item that the rules find (same amount and currency, paired as the
evaluator pairs them) is one example: the features of its sentence
(extraction.status_model.features) and the gold status. A multinomial logistic regression
(scikit-learn, L2, C=3, chosen by leave-one-set-out F1 on these sets alone) is fitted.

Count model: each candidate number of extraction.count_model.candidates is one example, 'count'
when its value is one of the article's gold member counts, else 'other' (L2, C=1).

Weights are written as JSON, rounded, one row a line. The blind sets named in HELD_OUT are never
read here: they measure the models. --check retrains and exits 1 when a written model's answer
differs from the new fit's on any training example (the gold changed, the model was not
regenerated).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from extraction import count_model, rule_money  # noqa: E402
from extraction.article import split_header  # noqa: E402
from extraction.normalize import detect_lang, fold_text  # noqa: E402
from extraction.status_model import MODEL_PATH, features, load_model, probabilities  # noqa: E402
from tools.eval_extraction import _amounts_agree, _money_matches  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
TRAINING_SETS = ("articles", "articles_heldout", "articles_unseen", "articles_blind",
                 "articles_blind2", "articles_blind3", "articles_blind4", "articles_blind5",
                 "articles_blind6", "articles_blind7", "articles_blind8", "articles_blind9",
                 "articles_blind10", "articles_blind11", "articles_blind12", "articles_blind18",
                 "articles_blind19", "articles_blind20", "articles_blind21", "articles_blind22",
                 "articles_blind23", "articles_blind25", "articles_blind26", "articles_blind27",
                 "articles_blind28", "articles_blind30", "articles_blind31",
                 "articles_blind32")
COUNT_SETS = (*TRAINING_SETS, "member_counts_unseen")
HELD_OUT = ("articles_blind13", "articles_blind14", "articles_blind15", "articles_blind16",
            "articles_blind17", "articles_blind24", "articles_blind29")
C = 3.0
COUNT_C = 1.0
DIGITS = 4


def _articles(sets):
    """(gold, body, published, lang) of every article with a gold file in the sets."""
    for name in sets:
        for path in sorted((FIXTURES / name).glob("*.txt")):
            gold_path = path.with_suffix(".gold.json")
            if gold_path.exists():
                meta, body = split_header(path.read_text(encoding="utf-8"))
                yield (json.loads(gold_path.read_text(encoding="utf-8")), body,
                       meta.get("published"), meta.get("lang") or detect_lang(body))


def examples(sets=TRAINING_SETS) -> list[tuple[set[str], str]]:
    """(features, gold status) for every gold money item the rules find in the sets."""
    rows = []
    for gold, body, published, lang in _articles(sets):
        unmatched = rule_money(body, published)
        for item in gold["money"]:
            hit = next((p for p in unmatched if _money_matches(item, p)), None) or next(
                (p for p in unmatched if _amounts_agree(item, p)), None)
            if hit is None:
                continue
            unmatched.remove(hit)
            rows.append((features(body, hit["start"], hit["end"], lang, hit["qualifier"]),
                         item["status"]))
    return rows


def count_examples(sets=COUNT_SETS) -> list[tuple[set[str], str]]:
    """(features, 'count' or 'other') for every count candidate in the sets' articles."""
    rows = []
    for gold, body, _, lang in _articles(sets):
        values = {item["count"] for item in gold["member_counts"]}
        rows += [(found, "count" if value in values else "other")
                 for _, _, value, _, found in count_model.candidates(fold_text(body).text, lang)]
    return rows


def fit(rows: list[tuple[set[str], str]], c: float = C, about: str = "money status") -> dict:
    """The model as JSON-ready dict: classes, intercepts and one weight row per feature."""
    import numpy
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(found, 1) for found, _ in rows])
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, [status for _, status in rows])
    names = vectorizer.get_feature_names_out()
    coef, intercept = model.coef_, model.intercept_
    if len(model.classes_) == 2:  # one row for the second class: as a softmax, the first's is 0
        coef = [[0.0] * coef.shape[1], coef[0]]
        coef = numpy.array(coef)
        intercept = [0.0, intercept[0]]
    weights = {}
    for column, name in enumerate(names):
        row = [round(float(value), DIGITS) for value in coef[:, column]]
        if any(row):
            weights[str(name)] = row
    return {
        "about": f"{about} model; written by tools/train_models.py, do not edit",
        "trained_on": list(TRAINING_SETS if about == "money status" else COUNT_SETS),
        "examples": len(rows),
        "C": c,
        "classes": [str(name) for name in model.classes_],
        "intercept": [round(float(value), DIGITS) for value in intercept],
        "weights": dict(sorted(weights.items())),
    }


def to_json(model: dict) -> str:
    """The model as JSON with one weight row a line, so that a retraining reads as a diff."""
    head = {key: value for key, value in model.items() if key != "weights"}
    lines = [json.dumps(name, ensure_ascii=False) + ":" + json.dumps(row, separators=(",", ":"))
             for name, row in model["weights"].items()]
    text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    return text + ',\n "weights": {\n' + ",\n".join(lines) + "\n }\n}\n"


def disagreements(old: dict, new: dict, rows) -> int:
    """How many training examples the two models give different statuses."""
    def top(model, found):
        chances = probabilities(found, model)
        return max(chances, key=chances.get)
    return sum(top(old, found) != top(new, found) for found, _ in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="retrain and compare with the written model; write nothing")
    args = parser.parse_args(argv)
    jobs = [(MODEL_PATH, examples(), C, "money status"),
            (count_model.MODEL_PATH, count_examples(), COUNT_C, "membership count")]
    failed = 0
    for path, rows, c, about in jobs:
        model = fit(rows, c, about)
        if args.check:
            differ = disagreements(load_model(path), model, rows)
            print(f"{path.name}: {len(rows)} examples; the written model and a new fit differ "
                  f"on {differ}")
            failed += bool(differ)
        else:
            path.write_text(to_json(model), encoding="utf-8")
            print(f"{len(rows)} examples, {len(model['weights'])} features -> {path}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
