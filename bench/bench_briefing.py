"""Full briefing deck (five views, rendered by Chromium) -> wall-clock build time.

Usage: python bench/bench_briefing.py [--as-of 2023-06-08] [--lang en] [--runs 2] [--data DIR]
       python bench/bench_briefing.py --page [--data /tmp/data10]

Prints the time to build the full deck, split into views (data + figures), rendering the five
pictures (Chromium start included) and writing the PowerPoint. Target: under 15 s on 2 cores.
--page times what the briefing page does on each rerun instead: every view, its on-screen
figure and the figure's JSON, per view (best of the runs); compare 1x, 10x and 100x data.
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
from briefing.figures import screen_figure  # noqa: E402
from briefing.render import render  # noqa: E402
from briefing.views import BUILDERS, SECTIONS, build_views  # noqa: E402
from loaders import DATA_DIR, load_all  # noqa: E402

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
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="data folder to load")
    parser.add_argument("--page", action="store_true", help="time the page's views only")
    args = parser.parse_args(argv)
    data = load_all(args.data)
    if args.page:
        return page_times(data, args)
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


def page_times(data, args) -> int:
    """Seconds per view as the page draws it (view, screen figure, JSON), best of the runs."""
    import pandas as pd

    as_of = pd.Timestamp(args.as_of)
    best: dict[str, float] = {}
    for _ in range(max(args.runs, 1) + 1):  # the first run warms imports
        for key, builder in BUILDERS.items():
            def work(b=builder):
                figure = screen_figure(b(data, as_of, args.lang), as_of, args.lang)
                return figure.to_json() if figure is not None else None
            _, seconds = timed(work)
            best[key] = min(best.get(key, seconds), seconds)
    parts = ", ".join(f"{key} {seconds:.2f}" for key, seconds in best.items())
    print(f"briefing page views ({args.data}): {sum(best.values()):.2f} s | {parts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
