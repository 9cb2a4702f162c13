"""Folder of articles with NAME.gold.json files -> precision/recall/F1 of extract_facts per field.

Usage: python tools/eval_extraction.py tests/fixtures/articles [--json] [--errors]

Matching: money items match on amount_usd (within 1%), currency, status and qualifier;
member counts on (count, date); dates on value; all three as multisets (a date mentioned
twice is expected twice). Places match on the set of distinct name_en per article.

With --place-identity, places match on the place a name stands for rather than on its
spelling: gold and predicted names are both looked up in the extractor's gazetteer (every
spelling it knows, after dropping a ', Iraq'/', Syria' disambiguator and a trailing descriptor
such as 'refugee camp' or 'airbase'), so 'Ras al-Ayn' (a Wikipedia title in the gold) and 'Ras
al-Ain' (our table's name) are one place. A name the gazetteer does not know is compared as
its folded spelling. The default stays the exact name, as every figure before round 8 was.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extraction import extract_facts
from extraction.article import split_header
from extraction.gazetteer import load_gazetteer
from extraction.normalize import fold_key

FIELDS = ("money", "member_counts", "dates", "places")
_AMOUNT_TOLERANCE = 0.01


def _amounts_agree(gold: dict, predicted: dict) -> bool:
    """The same amount (within 1%, or both unconverted) in the same currency."""
    gold_usd, predicted_usd = gold.get("amount_usd"), predicted.get("amount_usd")
    if gold_usd is None or predicted_usd is None:
        same = gold_usd == predicted_usd
    else:
        same = abs(predicted_usd - gold_usd) <= _AMOUNT_TOLERANCE * abs(gold_usd)
    return same and gold.get("currency") == predicted.get("currency")


def _money_matches(gold: dict, predicted: dict) -> bool:
    return _amounts_agree(gold, predicted) and all(
        gold.get(key) == predicted.get(key) for key in ("status", "qualifier"))


def _pair_up(gold: list[dict], predicted: list[dict], matches) -> tuple[int, list, list]:
    """Greedy one-to-one matching; returns true positives, missed gold, spurious predictions."""
    unmatched = list(predicted)
    missed = []
    for item in gold:
        hit = next((p for p in unmatched if matches(item, p)), None)
        if hit is None:
            missed.append(item)
        else:
            unmatched.remove(hit)
    return len(gold) - len(missed), missed, unmatched


_DISAMBIGUATOR = re.compile(r",\s*(?:iraq|syria)$")
_DESCRIPTOR = re.compile(r"\s+(?:refugee\s+camp|camp|air\s*base|airbase|airfield|air\s+field|"
                         r"oil\s+field|gas\s+field|field|border\s+crossing|crossing|"
                         r"district|subdistrict|city|town)$")


def place_identity(name: str) -> str:
    """The place a name stands for: its first gazetteer place's English name, or the folded
    name itself when the gazetteer does not know it."""
    english = load_gazetteer().english
    lowered = _DISAMBIGUATOR.sub("", name.strip().lower())
    for form in (lowered, _DESCRIPTOR.sub("", lowered)):
        places = english.get(fold_key(form))
        if places:
            return fold_key(places[0].name_en)
    return fold_key(lowered)


def _keys(items: list[dict], field: str, identity: bool = False) -> list:
    if field == "member_counts":
        return [(item["count"], item["date"]) for item in items]
    if field == "dates":
        return [item["value"] for item in items]
    if identity:
        return sorted({place_identity(item["name_en"]) for item in items})
    return sorted({item["name_en"] for item in items})


def compare_field(field: str, gold: list[dict], predicted: list[dict],
                  identity: bool = False) -> tuple[int, list, list]:
    """True positives, missed and spurious items of one field for one article (`identity`:
    places by the place a name stands for, see the module docstring)."""
    if field == "money":
        return _pair_up(gold, predicted, _money_matches)
    gold_keys = Counter(_keys(gold, field, identity))
    predicted_keys = Counter(_keys(predicted, field, identity))
    true_positive = sum((gold_keys & predicted_keys).values())
    return (true_positive, sorted((gold_keys - predicted_keys).elements()),
            sorted((predicted_keys - gold_keys).elements()))


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def evaluate_folder(folder: Path, identity: bool = False) -> dict:
    """Scores per field plus per-article errors for every NAME.txt that has NAME.gold.json
    (`identity`: places by the place a name stands for)."""
    totals = {field: Counter() for field in FIELDS}
    errors = []
    articles = sorted(folder.glob("*.txt"))
    for path in articles:
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        meta, body = split_header(path.read_text(encoding="utf-8"))
        facts = extract_facts(body, meta.get("published"), meta.get("lang"))
        for field in FIELDS:
            gold_items = gold.get(field, [])
            true_positive, missed, spurious = compare_field(field, gold_items, facts[field],
                                                            identity)
            gold_count = (len(_keys(gold_items, field, identity)) if field == "places"
                          else len(gold_items))
            predicted_count = (len(_keys(facts[field], field, identity)) if field == "places"
                               else len(facts[field]))
            totals[field].update(gold=gold_count, predicted=predicted_count, tp=true_positive)
            if missed or spurious:
                errors.append({"article": path.name, "field": field, "missed": missed,
                               "spurious": [_brief(item) for item in spurious]})
    scores = {}
    for field, total in totals.items():
        precision = _ratio(total["tp"], total["predicted"])
        recall = _ratio(total["tp"], total["gold"])
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[field] = {"gold": total["gold"], "predicted": total["predicted"],
                         "true_positive": total["tp"], "precision": round(precision, 3),
                         "recall": round(recall, 3), "f1": round(f1, 3)}
    return {"folder": str(folder), "articles": len(articles), "scores": scores, "errors": errors}


def money_parts(folder: Path) -> dict:
    """Where money errors come from: amounts found (amount and currency only, F1), and over
    the amounts found, how often the status and the qualifier agree with the gold."""
    counts = Counter()
    for path in sorted(folder.glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))["money"]
        meta, body = split_header(path.read_text(encoding="utf-8"))
        predicted = extract_facts(body, meta.get("published"), meta.get("lang"))["money"]
        found, _, _ = _pair_up(gold, predicted, _amounts_agree)
        counts.update(gold=len(gold), predicted=len(predicted), found=found)
        unmatched = list(predicted)
        for item in gold:
            # the same pairing, keeping the pair: an exact match first, else any same amount
            hit = next((p for p in unmatched if _money_matches(item, p)), None) or next(
                (p for p in unmatched if _amounts_agree(item, p)), None)
            if hit is not None:
                unmatched.remove(hit)
                counts.update(pairs=1, status=hit.get("status") == item.get("status"),
                              qualifier=hit.get("qualifier") == item.get("qualifier"))
    precision = _ratio(counts["found"], counts["predicted"])
    recall = _ratio(counts["found"], counts["gold"])
    return {"amounts_f1": round(2 * precision * recall / (precision + recall), 3)
            if precision + recall else 0.0,
            "status_agreement": round(_ratio(counts["status"], counts["pairs"]), 3),
            "qualifier_agreement": round(_ratio(counts["qualifier"], counts["pairs"]), 3),
            "pairs": counts["pairs"]}


def _brief(item):
    if not isinstance(item, dict):
        return item
    keep = ("text", "amount_usd", "currency", "status", "qualifier")
    return {key: item[key] for key in keep if key in item}


def markdown_table(result: dict) -> str:
    """The scores as a markdown table."""
    lines = [
        f"{result['articles']} articles in `{result['folder']}`",
        "",
        "| field | gold | predicted | correct | precision | recall | F1 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for field, score in result["scores"].items():
        lines.append(
            f"| {field} | {score['gold']} | {score['predicted']} | {score['true_positive']} | "
            f"{score['precision']:.3f} | {score['recall']:.3f} | {score['f1']:.3f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table (or JSON) for one fixture folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--json", action="store_true", help="print JSON instead of markdown")
    parser.add_argument("--errors", action="store_true", help="also list misses and extras")
    parser.add_argument("--place-identity", action="store_true",
                        help="match places on the place a name stands for, not its spelling")
    parser.add_argument("--money-parts", action="store_true",
                        help="also report amounts found (F1) and status and qualifier agreement")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"error: {args.folder}: not a folder", file=sys.stderr)
        return 2
    result = evaluate_folder(args.folder, identity=args.place_identity)
    if not args.errors:
        result.pop("errors")
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(markdown_table(result))
    if args.money_parts:
        parts = money_parts(args.folder)
        print(f"\nmoney amounts found (amount and currency): F1 {parts['amounts_f1']:.3f}; "
              f"over the {parts['pairs']} amounts found, status agrees "
              f"{parts['status_agreement']:.3f}, qualifier agrees "
              f"{parts['qualifier_agreement']:.3f}")
    for error in result.get("errors", []):
        print(json.dumps(error, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
