"""Full briefing deck (five views, rendered by Chromium) -> wall-clock build time.

Usage: python bench/bench_briefing.py [--as-of 2023-06-08] [--lang en] [--runs 2]

Prints the time to build the full deck, split into views (data + figures), rendering the five
pictures (Chromium start included) and writing the PowerPoint. Target: under 15 s on 2 cores.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from briefing import deck as deck_module  # noqa: E402
from briefing.render import render  # noqa: E402
from briefing.views import SECTIONS, build_views  # noqa: E402
from loaders import load_all  # noqa: E402

TARGET_SECONDS = 15.0


def timed(work):
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--as-of", default="2023-06-08")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    data = load_all()
    totals = []
    for run in range(1, args.runs + 1):
        with tempfile.TemporaryDirectory() as folder:
            report, total = timed(lambda f=folder: deck_module.compose_deck(
                args.as_of, args.lang, SECTIONS, Path(f) / "deck.pptx", data))
        views, t_views = timed(lambda: build_views(data, args.as_of, args.lang))
        shots = deck_module.slide_shots(views, args.as_of, args.lang)
        rendered, t_render = timed(lambda s=shots: render(s))
        totals.append(total)
        print(f"run {run}: full deck {total:.1f} s ({report.slides} slides, "
              f"{len(report.missing)} missing) | views {t_views:.1f} s, "
              f"render {len(rendered.images)} pictures {t_render:.1f} s")
    best = min(totals)
    print(f"briefing deck build: best {best:.1f} s of {len(totals)} "
          f"(target < {TARGET_SECONDS:.0f} s: {'met' if best < TARGET_SECONDS else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
