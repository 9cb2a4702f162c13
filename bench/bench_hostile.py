"""Hostile inputs (issue 9) -> CPU seconds of the extractor, candidates and HTML cleaner, and a
growth check of every regular expression in extraction/, ingest/ and loaders/rules.py.

Usage: python bench/bench_hostile.py [--root CHECKOUT] [--timeout 60] [--only extract,...]

Each case runs in a child process of the checkout given by --root (default: this one) with a
wall-clock timeout, so an old quadratic version can be measured without hanging: a case that
runs out of time is reported as "> timeout". Figures are CPU seconds (`time.process_time`) in
the child; speed is reported here, never asserted in tests.

The regex audit runs each compiled pattern's finditer over 500 and 2,000 characters of each
hostile text; a pattern whose time grows more than 8x for 4x the text (linear is 4x, quadratic
16x) and exceeds 1 ms is listed. Patterns anchored with `$` that the code applies only to a
slice of a few dozen characters are listed too: they are bounded by that slice, not by the
pattern (see extraction/README.md, "Bounded work").
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

UNITS = {"dollar": "$", "digits": "9", "one_comma": "1,", "spaces": " ", "punct": ".,;:!?-",
         "dollar_nine": "$9 ", "dollar_comma": "$1, ", "ar_scales": "مليون مليار ألف ",
         "ar_digits": "٩", "weekday": "Monday ", "ar_weekday": "يوم الاثنين ",
         "coalition": "coalition of 85 countries ", "dates": "1 March 2023 ",
         "ar_count": "85 دولة ", "million_and": "$5 million and "}
AUDIT_UNITS = {"dollar": "$", "digits": "9", "one_comma": "1,", "spaces": " ", "punct": ".,;:!?-",
               "ar_scales": "مليون مليار ألف ", "words": "aims the "}
HTML = {"nested": "'<div>' * 200_000 + 'x' + '</div>' * 200_000",
        "attributes": "'<p ' + 'a=\"1\" ' * 300_000 + '>x</p>'",
        "open_tags": "'<p' * 1_000_000", "pis": "'<p>x</p>' + '<?' * 1_000_000",
        "end_tags": "'<p>x</p>' + '</' * 1_000_000",
        "skipped": "'<svg>' * 140_000 + '</object>' * 140_000",
        "deep_blocks": "('<div>' * 250 + 'x' + '</div>' * 250) * 57"}

EXTRACT = """
import sys, time
from extraction import extract_facts
unit, size = {unit!r}, {size}
text = unit * (size // len(unit.encode()))
start = time.process_time()
extract_facts(text, '2023-06-08')
print(time.process_time() - start)
"""
CANDIDATES = """
import datetime as dt, time
from extraction import extract_facts
from ingest.candidates import candidates
from ingest.clean import clean
from loaders import load_all
pledges = load_all().pledges
text = '$5 million and ' * ({size} // 15)
article = clean(text, publisher='P', title='T', published=dt.date(2023, 6, 8),
                today=dt.date(2023, 6, 8))
facts = extract_facts(article.text, article.published)
start = time.process_time()
candidates(facts, article, pledges)
print(time.process_time() - start)
"""
CLEAN = """
import time
from ingest.clean import strip_markup
markup = {expression}
start = time.process_time()
strip_markup(markup)
print(time.process_time() - start)
"""
PAGE = """
import time
from ingest.clean import strip_markup
from ingest.page import read_page
markup = {expression}
start = time.process_time()
read_page(markup, strip_markup)
print(time.process_time() - start)
"""


def timed(root: Path, code: str, timeout: float) -> str:
    """CPU seconds printed by the child, or '> timeout' / 'error'."""
    try:
        run = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                             text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"> {timeout:.0f} s (timed out)"
    if run.returncode:
        return "error: " + (run.stderr.strip().splitlines() or ["?"])[-1][:80]
    return f"{float(run.stdout.strip().splitlines()[-1]):.2f} s"


def cases(timeout: float) -> list[tuple[str, str]]:
    """(label, child code) for every measured case."""
    found = [(f"extract_facts, 100 KB of {name}", EXTRACT.format(unit=unit, size=100_000))
             for name, unit in UNITS.items()]
    found += [(f"candidates, '$5 million and ' x {size // 1000} KB", CANDIDATES.format(size=size))
              for size in (4_000, 8_000, 40_000)]
    found += [(f"strip_markup, {name} ({len(eval(expr)) // 1000} KB)",
               CLEAN.format(expression=expr)) for name, expr in HTML.items()]
    if (Path(__file__).resolve().parent.parent / "ingest" / "page.py").is_file():
        found += [(f"read_page (trafilatura), {name} ({len(eval(expr)) // 1000} KB)",
                   PAGE.format(expression=expr)) for name, expr in HTML.items()]
    return found


def patterns() -> list[tuple[str, object]]:
    """(module.name, compiled pattern) for every module-level regex of the audited modules."""
    import importlib
    import re
    found = []
    for module_name in ("extraction.money", "extraction.money_context", "extraction.dates",
                        "extraction.counts",
                        "extraction.places", "extraction.sentences", "extraction.normalize",
                        "extraction.numbers", "extraction.article", "ingest.clean",
                        "ingest.candidates", "ingest.highlight", "ingest.merge", "ingest.page",
                        "loaders.rules"):
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            values = value if isinstance(value, list | tuple) else [value]
            values = [v[-1] if isinstance(v, tuple) else v for v in values]
            found += [(f"{module_name}.{name}", v) for v in values if isinstance(v, re.Pattern)]
    return found


def audit() -> list[str]:
    """Patterns whose time grows faster than linear on some hostile text."""
    offenders = []
    for label, pattern in patterns():
        for name, unit in AUDIT_UNITS.items():
            times = []
            for size in (500, 2_000):
                text = (unit * size)[:size]
                start = time.process_time()
                for _ in pattern.finditer(text):
                    pass
                times.append(time.process_time() - start)
            if times[1] > 0.001 and times[1] > 8 * max(times[0], 2e-5):
                offenders.append(f"{label} on {name}: {times[0]:.3f} s -> {times[1]:.3f} s")
    return offenders


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout to measure")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case")
    parser.add_argument("--no-audit", action="store_true", help="skip the regex audit")
    args = parser.parse_args(argv)
    print(f"| case ({args.root}) | CPU |\n| --- | ---: |")
    for label, code in cases(args.timeout):
        print(f"| {label} | {timed(args.root, code, args.timeout)} |", flush=True)
    if not args.no_audit:
        sys.path.insert(0, str(args.root))
        offenders = audit()
        print(f"\nregex audit: {len(patterns())} patterns, {len(offenders)} offenders")
        for line in offenders:
            print(f"- {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
