"""Where a page's time to charts goes: CPU seconds per process, and the browser's own split.

`python -m bench.cost [--pages funding,membership,map] [--repeats 3] [--profile]`

Time to charts (bench/run.py) is wall time, which moves by 20-50% whenever anything else runs
on the machine. CPU seconds spent per visit move much less, and they say *who* did the work:

- server: the Streamlit process (running the page script, encoding figures and tables);
- renderer: Chromium's page processes (React, plotly, markdown, layout, deck.gl's JavaScript);
- gpu: Chromium's GPU process. With no GPU, WebGL runs in SwiftShader on the CPU, so deck.gl's
  shader compiling and drawing land here, and the renderer waits for it (ReadPixels).

Real and floor app are visited alternately in the same run, as in bench/run.py. `--profile`
adds, for one visit of each, the renderer main thread's JavaScript self time by script bundle
(Chrome's sampling profiler), which names the library that costs more than the floor. Writes
bench/cost_results.json.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

if __package__ in {None, ""}:  # `python bench/cost.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness
from bench.harness import ROOT, git_revision
from bench.machine import proc_stat
from bench.run import AS_OF, FLOOR
from bench.run import visit as time_to_charts

OUT = ROOT / "bench" / "cost_results.json"


def chromium_cpu(kind: str) -> float:
    """CPU seconds of every live Chromium process of one --type (renderer, gpu-process)."""
    listing = subprocess.run(["ps", "-eo", "pid=,args="], capture_output=True, text=True,
                             check=True).stdout
    total = 0.0
    for line in listing.splitlines():
        pid, _, args = line.strip().partition(" ")
        if f"--type={kind}" in args and (stat := proc_stat(int(pid))):
            total += stat[1]
    return total


def snapshot(server) -> dict[str, float]:
    stat = proc_stat(server.process.pid)
    return {"server": stat[1] if stat else 0.0, "renderer": chromium_cpu("renderer"),
            "gpu": chromium_cpu("gpu-process")}


def visit(page, server, path: str) -> dict[str, float]:
    before = snapshot(server)
    wall = time_to_charts(page, server.base_url, path)
    after = snapshot(server)
    return {"wall_s": wall} | {f"{k}_cpu_s": after[k] - before[k] for k in before}


def js_profile(page, server, path: str, top: int = 8) -> dict[str, float]:
    """Renderer main thread self time (ms) by script bundle over one visit."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Profiler.enable")
    cdp.send("Profiler.setSamplingInterval", {"interval": 500})
    cdp.send("Profiler.start")
    time_to_charts(page, server.base_url, path)
    profile = cdp.send("Profiler.stop")["profile"]
    cdp.detach()
    frames = {node["id"]: node["callFrame"] for node in profile["nodes"]}
    spent: collections.Counter = collections.Counter()
    for sample, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        frame = frames[sample]
        bundle = frame["url"].rsplit("/", 1)[-1].split(".")[0] or frame["functionName"]
        spent[bundle or "(native)"] += delta / 1000
    spent.pop("(idle)", None)
    return {name: round(ms) for name, ms in spent.most_common(top)}


def measure(pages: list[str], repeats: int, profile: bool) -> dict:
    from playwright.sync_api import sync_playwright

    apps = {"real": ROOT, "floor": FLOOR}
    result: dict = {"pages": {}}
    with sync_playwright() as playwright, contextlib.ExitStack() as stack:
        servers = {w: stack.enter_context(harness.streamlit_server(d, timeout=120))
                   for w, d in apps.items()}
        browser = harness.launch_chromium(playwright)
        stack.callback(browser.close)
        tabs = {w: browser.new_context(viewport=harness.DESKTOP).new_page() for w in apps}
        for path in pages:  # the first visit of each page warms the server's caches
            for which in apps:
                visit(tabs[which], servers[which], path)
        samples = {p: {w: [] for w in apps} for p in pages}
        for index in range(repeats):
            for path in pages:
                for which in (("real", "floor") if index % 2 == 0 else ("floor", "real")):
                    samples[path][which].append(visit(tabs[which], servers[which], path))
        for path in pages:
            row = {}
            for which in apps:
                runs = samples[path][which]
                row[which] = {key: round(statistics.median(r[key] for r in runs), 3)
                              for key in runs[0]}
            row["ratio"] = {key: round(row["real"][key] / row["floor"][key], 2)
                            for key in row["real"] if row["floor"][key] > 0}
            if profile:
                row["js_ms"] = {w: js_profile(tabs[w], servers[w], path) for w in apps}
            result["pages"][path or "overview"] = row
    return result


def table(result: dict) -> str:
    lines = ["page         app     wall s  server cpu  renderer cpu  gpu cpu"]
    for name, row in result["pages"].items():
        for which in ("real", "floor", "ratio"):
            r = row[which]
            lines.append(f"{name if which == 'real' else '':12} {which:6} {r['wall_s']:7.2f} "
                         f"{r['server_cpu_s']:11.2f} {r['renderer_cpu_s']:13.2f} "
                         f"{r.get('gpu_cpu_s', 0):8.2f}")
        for which, spent in row.get("js_ms", {}).items():
            lines.append(f"{'':12} {which} JS ms: "
                         + ", ".join(f"{k} {v}" for k, v in spent.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="funding,membership,map",
                        help="comma-separated URL paths (overview is the empty path)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    pages = ["" if p == "overview" else p for p in args.pages.split(",") if p]
    result = {"meta": {"revision": git_revision(), "repeats": args.repeats, "as_of": AS_OF,
                       "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}}
    result |= measure(pages, args.repeats, args.profile)
    print(table(result))
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
