"""Fixture paragraphs -> extract_facts throughput on ~2 KB articles (articles per second, one core).

Usage: python bench/bench_extraction.py [--seconds 3] [--kb 2.0]

The dev and held-out fixture articles (1.0-1.8 KB) are cut into paragraphs, and the paragraphs
of each article are followed by paragraphs of the next article of the same language until the
text reaches the target size (default 2 KB of UTF-8). Each synthetic article keeps the
publication date of its first source article.

Reports CPU time (`time.process_time`: what one core costs, stable on a shared machine) and wall
time, plus a baseline in the same run (one pass of a word tokenizer over the same texts) so
figures compare across machines.
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
from extraction.normalize import detect_lang  # noqa: E402

FOLDERS = (ROOT / "tests" / "fixtures" / "articles",
           ROOT / "tests" / "fixtures" / "articles_heldout")
_WORD = re.compile(r"\w+")


def load_articles(folders=FOLDERS) -> list[tuple[str, str | None]]:
    """(body, published) for every fixture article."""
    articles = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            meta, body = split_header(path.read_text(encoding="utf-8"))
            articles.append((body, meta.get("published")))
    return articles


def sized_articles(kb: float = 2.0, folders=FOLDERS) -> list[tuple[str, str | None]]:
    """One ~`kb` KB article per fixture: its paragraphs, topped up from same-language articles."""
    target = int(kb * 1024)
    source = load_articles(folders)
    by_lang: dict[str, list[list[str]]] = {}
    for body, _ in source:
        paragraphs = [line for line in body.split("\n") if line.strip()]
        by_lang.setdefault(detect_lang(body), []).append(paragraphs)
    built = []
    for body, published in source:
        pool = by_lang[detect_lang(body)]
        start = next(i for i, p in enumerate(pool) if "\n".join(p) in body or p[0] in body)
        paragraphs, index = [], start
        while len("\n".join(paragraphs).encode("utf-8")) < target:
            for paragraph in pool[index % len(pool)]:
                paragraphs.append(paragraph)
                if len("\n".join(paragraphs).encode("utf-8")) >= target:
                    break
            index += 1
        built.append(("\n".join(paragraphs), published))
    return built


def rate(work, articles, seconds: float) -> tuple[float, float]:
    """(CPU seconds, wall seconds) per article of `work(body, published)` over repeated passes."""
    done = 0
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    while time.process_time() - cpu_start < seconds:
        for body, published in articles:
            work(body, published)
        done += len(articles)
    return ((time.process_time() - cpu_start) / done, (time.perf_counter() - wall_start) / done)


def main(argv: list[str] | None = None) -> int:
    """Warm up the caches, then time extraction and the tokenizer baseline."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--kb", type=float, default=2.0, help="target article size in KB")
    args = parser.parse_args(argv)
    articles = sized_articles(args.kb)
    mean_kb = sum(len(body.encode("utf-8")) for body, _ in articles) / len(articles) / 1024
    for body, published in articles:  # builds the gazetteer and compiles the regexes once
        extract_facts(body, published)
    cpu, wall = rate(extract_facts, articles, args.seconds)
    base_cpu, _ = rate(lambda body, _: _WORD.findall(body), articles, args.seconds / 3)
    print(f"{len(articles)} articles built from fixture paragraphs, mean {mean_kb:.2f} KB (UTF-8)")
    print(f"extract_facts: {1 / cpu:,.0f} articles/s of CPU time on one core "
          f"({cpu * 1e3:.2f} ms CPU per article; goal >= 500/s)")
    print(f"wall clock: {1 / wall:,.0f} articles/s ({wall * 1e3:.2f} ms per article; "
          "lower than CPU figure when the machine is shared)")
    print(f"baseline tokenizer: {1 / base_cpu:,.0f} articles/s; extraction costs "
          f"{cpu / base_cpu:,.0f}x a tokenizer pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
