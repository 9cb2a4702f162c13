"""The app and its floor app -> timings, memory and scale figures, a table and bench/results.json.

`python -m bench [--quick] [--only reruns,browser,loaders,memory,scale]`. Measures, never
asserts: the targets are reported as met or not. The floor app (bench/floor_app/) has the real
app's shell and the same number and kinds of charts per page on trivial data, so a ratio to it
is the cost of the real data and logic rather than of Streamlit, plotly or deck.gl themselves.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in {None, ""}:  # `python bench/run.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness
from bench.harness import ROOT, git_revision

BENCH = ROOT / "bench"
FLOOR = BENCH / "floor_app"
RESULTS = BENCH / "results.json"
AS_OF = "2023-06-08"
STEPS = ["loaders", "reruns", "scale", "browser"]
TARGETS = {"page_ratio": 1.3, "cold_start_ratio": 1.3, "load_all_warm_s": 0.3,
           "scale_ratio": 2.0, "loaders_check_s": 2.0}
FLOOR_PAGE = '''"""Floor page: the real page's chart counts (layout.json) drawn on trivial data."""

from floor_charts import render_script  # on sys.path: the floor dashboard.py put it there

render_script(__file__)
'''


def median_time(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


# --- AppTest -------------------------------------------------------------------------------

def app_test(app_dir: Path):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(app_dir / "dashboard.py"), default_timeout=120)
    at.query_params["as_of"] = AS_OF
    at.run()
    if at.exception:
        raise RuntimeError(f"{app_dir / 'dashboard.py'} raised: {at.exception[0].message}")
    return at


def rerun(at, script: str) -> float:
    """Seconds for one warm run of the page (the shell script and the page script)."""
    start = time.perf_counter()
    at.switch_page(script).run()
    took = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(f"{script} raised: {at.exception[0].message}")
    return took


def chart_counts(pages: list[tuple[str, str]]) -> dict[str, dict]:
    """Script, plotly charts and decks of each page of the real app, from one AppTest run."""
    at = app_test(ROOT)
    counts = {}
    for name, script in pages:
        rerun(at, script)
        counts[name] = {"script": script, "plotly": len(at.get("plotly_chart")),
                        "decks": len(at.get("deck_gl_json_chart"))}
    return counts


def write_floor_layout(counts: dict[str, dict[str, int]]) -> None:
    """Makes the floor app mirror the real app's pages and chart counts."""
    (FLOOR / "layout.json").write_text(json.dumps(counts, indent=1) + "\n", encoding="utf-8")
    for entry in counts.values():
        stub = FLOOR / entry["script"]
        if not stub.exists():
            stub.parent.mkdir(parents=True, exist_ok=True)
            stub.write_text(FLOOR_PAGE, encoding="utf-8")


def page_reruns(pages, repeats: int) -> dict[str, dict[str, float]]:
    """Median warm rerun per page, real and floor measured alternately in the same process."""
    real, floor = app_test(ROOT), app_test(FLOOR)
    samples = {name: {"real": [], "floor": []} for name, _ in pages}
    for _name, script in pages:  # warm every page once (first visit builds caches)
        rerun(real, script)
        rerun(floor, script)
    for _ in range(repeats):
        for name, script in pages:
            samples[name]["real"].append(rerun(real, script))
            samples[name]["floor"].append(rerun(floor, script))
    return {name: ratio_row(s["real"], s["floor"]) for name, s in samples.items()}


def ratio_row(real: list[float], floor: list[float]) -> dict[str, float]:
    r, f = statistics.median(real), statistics.median(floor)
    return {"real_s": round(r, 4), "floor_s": round(f, 4), "ratio": round(r / f, 2)}


# --- loaders -------------------------------------------------------------------------------

def loader_figures(repeats: int) -> dict[str, float]:
    from loaders import load_all

    cold_code = ("import time; t = time.perf_counter(); from loaders import load_all; "
                 "load_all(); print(time.perf_counter() - t)")
    colds, checks, inner = [], [], []
    for _ in range(max(1, repeats // 2)):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", cold_code], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout
        colds.append(time.perf_counter() - start)
        inner.append(float(out.strip().splitlines()[-1]))
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "loaders", "check"], cwd=ROOT, check=True,
                       capture_output=True)
        checks.append(time.perf_counter() - start)
    load_all()
    warm = median_time(load_all, repeats)
    return {"load_all_cold_process_s": round(statistics.median(colds), 3),
            "load_all_cold_import_and_load_s": round(statistics.median(inner), 3),
            "load_all_warm_s": round(warm, 4),
            "loaders_check_fresh_s": round(statistics.median(checks), 3)}


# --- scale ---------------------------------------------------------------------------------

def scale_worker(script: str, scaled: str, repeats: int) -> None:
    """In a child process: one page's warm reruns on 1x and on scaled data, alternately,
    one JSON line per measurement so a parent that times out still gets what was measured."""
    big_env, small_env = {"COALITION_DATA_DIR": scaled}, {}
    apps = {}
    for label, env in (("big", big_env), ("small", small_env)):
        os.environ.pop("COALITION_DATA_DIR", None)
        os.environ.update(env)
        apps[label] = app_test(ROOT)
    for index in range(repeats + 1):  # the first round warms the page
        for label, env in (("small", small_env), ("big", big_env)):
            os.environ.pop("COALITION_DATA_DIR", None)
            os.environ.update(env)
            took = rerun(apps[label], script)
            if index:
                print(json.dumps({label: took}), flush=True)


def scale_figures(pages, repeats: int, factor: int = 100, limit_s: float = 300,
                  baseline: dict | None = None) -> dict:
    """Warm page reruns with the data replicated `factor` times against the real data.

    Each page runs in its own process with a time limit, so a page that does not cope with
    the larger data is reported as timed out instead of stalling the whole run."""
    from bench.scale import write_scaled
    from loaders import load_all

    rows = {}
    with tempfile.TemporaryDirectory(prefix="coalition-scaled-") as tmp:
        scaled = write_scaled(Path(tmp) / "data", factor)
        load_all(scaled)
        load_big = median_time(lambda: load_all(scaled), max(1, repeats // 2))
        for name, script in pages:
            command = [sys.executable, "-m", "bench.run", "--scale-worker", script,
                       str(scaled), str(repeats)]
            note = ""
            try:
                out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                                     timeout=limit_s, check=True).stdout
            except subprocess.TimeoutExpired as err:
                out = err.stdout.decode() if isinstance(err.stdout, bytes) else err.stdout or ""
                note = f"timed out after {limit_s:.0f} s"
            except subprocess.CalledProcessError as err:
                out, note = err.stdout, f"failed: {err.stderr.strip().splitlines()[-1:]}"
            samples = {"big": [], "small": []}
            for line in out.splitlines():
                if line.startswith("{"):
                    for label, took in json.loads(line).items():
                        samples[label].append(took)
            small = statistics.median(samples["small"]) if samples["small"] else None
            if small is None and baseline and name in baseline:
                small = baseline[name]["real_s"]  # the same warm rerun, from the reruns step
                note += "; 1x time from the page-rerun step"
            big = statistics.median(samples["big"]) if samples["big"] else None
            if big is None and note.startswith("timed out"):
                big = limit_s  # a floor: the first scaled run alone took longer than that
            rows[name] = {"x1_s": round(small, 4) if small else None,
                          f"x{factor}_s": round(big, 4) if big else None,
                          "ratio": round(big / small, 2) if big and small else None}
            if note:
                rows[name]["note"] = note
            print(f"  {name}: {rows[name]}", flush=True)
    return {"factor": factor, "load_all_warm_s": round(load_big, 3), "pages": rows}


# --- browser -------------------------------------------------------------------------------

def visit(page, base_url: str, path: str) -> float:
    """Seconds from navigation to every chart of the page drawn."""
    start = time.perf_counter()
    page.goto(f"{base_url}/{path}?as_of={AS_OF}")
    harness.wait_for_charts(page, timeout_ms=120_000)
    return time.perf_counter() - start


def cold_start(browser, app_dir: Path, first_path: str):
    """(seconds from `streamlit run` to the first page's charts, the running server context)."""
    start = time.perf_counter()
    server_cm = harness.streamlit_server(app_dir, timeout=120)
    server = server_cm.__enter__()
    context = browser.new_context(viewport=harness.DESKTOP)
    page = context.new_page()
    page.goto(f"{server.base_url}/{first_path}?as_of={AS_OF}")
    harness.wait_for_charts(page, timeout_ms=120_000)
    return time.perf_counter() - start, server_cm, server, context, page


def browser_figures(pages, repeats: int) -> dict:
    from playwright.sync_api import sync_playwright

    paths = [(name, harness.url_path(name, pages)) for name, _ in pages]
    cold = {"real": [], "floor": []}
    apps = {"real": ROOT, "floor": FLOOR}
    result: dict = {}
    with sync_playwright() as playwright:
        browser = harness.launch_chromium(playwright)
        try:
            running = {}
            for index in range(max(1, repeats // 2)):
                order = ["real", "floor"] if index % 2 == 0 else ["floor", "real"]
                for which in order:
                    took, cm, server, context, page = cold_start(browser, apps[which],
                                                                 paths[0][1])
                    cold[which].append(took)
                    if which in running:
                        running[which][2].close()
                        running[which][0].__exit__(None, None, None)
                    running[which] = (cm, server, context, page)
            result["cold_start"] = ratio_row(cold["real"], cold["floor"])
            samples = {name: {"real": [], "floor": []} for name, _ in paths}
            for _name, path in paths:  # first visit of each page warms the server's caches
                for which in ("real", "floor"):
                    visit(running[which][3], running[which][1].base_url, path)
            for _ in range(repeats):
                for name, path in paths:
                    for which in ("real", "floor"):
                        _, server, _, page = running[which]
                        samples[name][which].append(visit(page, server.base_url, path))
            result["pages"] = {name: ratio_row(s["real"], s["floor"])
                               for name, s in samples.items()}
            rss = {which: running[which][1].peak_rss_kib() for which in ("real", "floor")}
            result["memory"] = {"real_peak_rss_mib": round(rss["real"] / 1024, 1),
                                "floor_peak_rss_mib": round(rss["floor"] / 1024, 1),
                                "ratio": round(rss["real"] / rss["floor"], 2)}
            for cm, _, context, _ in running.values():
                context.close()
                cm.__exit__(None, None, None)
        finally:
            browser.close()
    return result


# --- report --------------------------------------------------------------------------------

def verdicts(results: dict) -> list[tuple[str, bool, str]]:
    """(target, met, measured) for every target whose figures were measured."""
    out = []
    for name, row in results.get("reruns", {}).items():
        out.append((f"rerun {name} <= {TARGETS['page_ratio']}x floor",
                    row["ratio"] <= TARGETS["page_ratio"], f"{row['ratio']}x"))
    browser = results.get("browser", {})
    for name, row in browser.get("pages", {}).items():
        out.append((f"browser {name} <= {TARGETS['page_ratio']}x floor",
                    row["ratio"] <= TARGETS["page_ratio"], f"{row['ratio']}x"))
    if "cold_start" in browser:
        ratio = browser["cold_start"]["ratio"]
        out.append((f"cold start <= {TARGETS['cold_start_ratio']}x floor",
                    ratio <= TARGETS["cold_start_ratio"], f"{ratio}x"))
    loaders = results.get("loaders", {})
    if loaders:
        warm, check = loaders["load_all_warm_s"], loaders["loaders_check_fresh_s"]
        out.append((f"load_all() warm <= {TARGETS['load_all_warm_s']} s",
                    warm <= TARGETS["load_all_warm_s"], f"{warm} s"))
        out.append((f"fresh `python -m loaders check` <= {TARGETS['loaders_check_s']} s",
                    check <= TARGETS["loaders_check_s"], f"{check} s"))
    for name, row in results.get("scale", {}).get("pages", {}).items():
        ratio = row["ratio"]
        measured = f"{ratio}x" if ratio is not None else row.get("note", "not measured")
        if ratio is not None and row.get("note"):
            measured = f">= {ratio}x ({row['note']})"
        out.append((f"100x data {name} <= {TARGETS['scale_ratio']}x the 1x time",
                    ratio is not None and ratio <= TARGETS["scale_ratio"], measured))
    return out


def cell(value, width: int, digits: int) -> str:
    return f"{value:>{width}.{digits}f}" if value is not None else f"{'-':>{width}}"


def table(results: dict) -> str:
    lines = []
    if "charts" in results:
        lines.append("charts per page: " + ", ".join(
            f"{n} {c['plotly']} plotly/{c['decks']} deck" for n, c in results["charts"].items()))
    if "reruns" in results:
        lines += ["", "warm page rerun (AppTest, median)   real s   floor s   ratio"]
        lines += [f"  {n:<32} {r['real_s']:>8.3f}  {r['floor_s']:>8.3f}  {r['ratio']:>6.2f}"
                  for n, r in results["reruns"].items()]
    browser = results.get("browser", {})
    if browser:
        lines += ["", "browser (to charts drawn, median)     real s   floor s   ratio"]
        rows = {"cold start": browser["cold_start"]} | browser.get("pages", {})
        lines += [f"  {n:<32} {r['real_s']:>8.3f}  {r['floor_s']:>8.3f}  {r['ratio']:>6.2f}"
                  for n, r in rows.items()]
        m = browser["memory"]
        lines.append(f"  {'server peak RSS (MiB)':<32} {m['real_peak_rss_mib']:>8.1f}  "
                     f"{m['floor_peak_rss_mib']:>8.1f}  {m['ratio']:>6.2f}")
    if "loaders" in results:
        lines += ["", "loaders"]
        lines += [f"  {k:<34} {v:>8.3f} s" for k, v in results["loaders"].items()]
    scale = results.get("scale")
    if scale:
        f = scale["factor"]
        lines += ["", f"scale ({f}x data, warm rerun median) 1x s   {f}x s     ratio"]
        lines += [f"  {n:<32} {cell(r['x1_s'], 8, 3)}  {cell(r[f'x{f}_s'], 8, 3)}  "
                  f"{cell(r['ratio'], 6, 2)}  {r.get('note', '')}".rstrip()
                  for n, r in scale["pages"].items()]
        lines.append(f"  {'load_all() warm on ' + str(f) + 'x data':<32} "
                     f"{scale['load_all_warm_s']:>8.3f} s")
    lines += ["", "targets"]
    lines += [f"  [{'met' if ok else 'NOT met'}] {name}: {value}"
              for name, ok, value in results.get("targets", [])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a few minutes)")
    parser.add_argument("--only", default=",".join(STEPS),
                        help=f"comma-separated steps among {','.join(STEPS)}")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--scale-limit", type=float, default=None,
                        help="seconds allowed per page for the 100x runs (default 45 quick, 300)")
    parser.add_argument("--scale-worker", nargs=3, metavar=("SCRIPT", "DATA_DIR", "REPEATS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.scale_worker:
        os.chdir(ROOT)
        script, scaled, count = args.scale_worker
        scale_worker(script, scaled, int(count))
        return 0
    steps = [s for s in args.only.split(",") if s]
    repeats = 3 if args.quick else 9
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    pages = harness.dashboard_pages()
    results: dict = {"meta": {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "revision": git_revision(), "quick": args.quick, "repeats": repeats,
        "python": platform.python_version(), "cpus": os.cpu_count(), "as_of": AS_OF}}
    print(f"pages: {', '.join(n for n, _ in pages)}; repeats {repeats}", flush=True)
    results["charts"] = chart_counts(pages)
    write_floor_layout(results["charts"])
    started = time.perf_counter()
    if "loaders" in steps:
        print("measuring loaders ...", flush=True)
        results["loaders"] = loader_figures(repeats)
    if "reruns" in steps:
        print("measuring page reruns against the floor app ...", flush=True)
        results["reruns"] = page_reruns(pages, repeats)
    if "scale" in steps:
        print("measuring 100x data ...", flush=True)
        limit = args.scale_limit or (45 if args.quick else 300)
        results["scale"] = scale_figures(pages, max(2, repeats // 2), limit_s=limit,
                                         baseline=results.get("reruns"))
    if "browser" in steps or "memory" in steps:
        print("measuring in Chromium (cold start, pages, memory) ...", flush=True)
        results["browser"] = browser_figures(pages, max(2, repeats // 2))
    results["meta"]["took_s"] = round(time.perf_counter() - started, 1)
    results["targets"] = verdicts(results)
    print()
    print(table(results))
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    print(f"\nwrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
