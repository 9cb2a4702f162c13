"""Fixture articles -> extract_facts throughput (articles per second on one core).

Usage: python bench/bench_extraction.py [--seconds 3]

Prints articles/s for the ~2 KB fixture articles, plus a baseline in the same run (one
pass of a word tokenizer over the same texts) so figures compare across machines.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from extraction import extract_facts  # noqa: E402
from extraction.article import split_header  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "articles"
_WORD = re.compile(r"\w+")


def load_articles(folder: Path = FIXTURES) -> list[tuple[str, str | None]]:
    """(body, published) for every fixture article."""
    articles = []
    for path in sorted(folder.glob("*.txt")):
        meta, body = split_header(path.read_text(encoding="utf-8"))
        articles.append((body, meta.get("published")))
    return articles


def rate(work, articles, seconds: float) -> float:
    """Articles per second of `work(body, published)` over repeated passes."""
    done, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        for body, published in articles:
            work(body, published)
        done += len(articles)
    return done / (time.process_time() - start)


def main(argv: list[str] | None = None) -> int:
    """Warm up the caches, then time extraction and the tokenizer baseline."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args(argv)
    articles = load_articles()
    mean_kb = sum(len(body.encode("utf-8")) for body, _ in articles) / len(articles) / 1024
    for body, published in articles:  # builds the gazetteer and compiles the regexes once
        extract_facts(body, published)
    extraction = rate(extract_facts, articles, args.seconds)
    baseline = rate(lambda body, _: _WORD.findall(body), articles, args.seconds / 3)
    print(f"{len(articles)} fixture articles, mean {mean_kb:.1f} KB (UTF-8)")
    print(f"extract_facts: {extraction:,.0f} articles/s on one core (goal >= 500)")
    print(f"baseline tokenizer: {baseline:,.0f} articles/s; extraction costs "
          f"{baseline / extraction:,.0f}x a tokenizer pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
