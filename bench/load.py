"""N sessions on one or more servers over the websocket -> view times, CPU, RSS, errors, a table."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import statistics
import sys
import time
from contextlib import ExitStack
from dataclasses import asdict, dataclass
from pathlib import Path

import websockets

if __package__ in {None, ""}:  # `python bench/load.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness, load_browsers, machine
from bench.harness import ROOT
from bench.wsclient import DATE_KEY, LANG_KEY, View, WsSession, query_value

RESULTS = ROOT / "bench" / "load_results.json"
FIRST_DATE = dt.date(2015, 1, 15)
DATE_STEP, SWITCH_STEP = 173, 61  # days between sessions' dates; a date switch moves this far
USAGE = """Each session opens its own page at its own as-of date and language, then switches
language and date in turn, with no renderer: the client speaks Streamlit's protocol
(bench/wsclient.py), so the server gets the CPU a browser fleet would take from it. A few real
Chromium tabs run at the same time and check they only ever show their own state
(bench/load_browsers.py). Bounded: at most --views views per session, none started after
--seconds, each given --view-timeout. Loopback only. Measures, never asserts; see bench/LOAD.md.
"""
LIMITS = {"sessions": 200, "seconds": 900, "views": 50, "browsers": 5, "replicas": 4,
          "think": 60, "view_timeout": 300}


@dataclass
class Plan:
    """One session's page, server and starting language and date."""

    index: int
    name: str
    path: str
    server: int
    lang: str
    as_of: dt.date


def plans(pages: list[tuple[str, str]], sessions: int, replicas: int,
          shared: bool = False) -> list[Plan]:
    """Session i: page i mod pages, server i mod replicas, English and Arabic in turn on each
    server, its own date DATE_STEP days after the previous session's (shared: one date for
    all, so sessions on the same page reuse each other's cached figures)."""
    return [Plan(i, pages[i % len(pages)][0], harness.url_path(pages[i % len(pages)][0], pages),
                 i % replicas, ("en", "ar")[(i // replicas) % 2],
                 FIRST_DATE + dt.timedelta(days=0 if shared else DATE_STEP * i))
            for i in range(sessions)]


def shifted(day: dt.date, step: int) -> dt.date:
    """A different date for the step-th date switch, kept inside 2015-2025."""
    span = (dt.date(2025, 12, 31) - FIRST_DATE).days
    return FIRST_DATE + dt.timedelta(days=((day - FIRST_DATE).days + SWITCH_STEP * step) % span)


def expected_title(name: str, lang: str) -> str:
    from catalog import t

    return t(f"nav.{name}", lang)


def check_own(view: View, plan: Plan, lang: str, as_of: dt.date) -> None:
    """A view must show the session's own page in its own language at its own date."""
    want = expected_title(plan.name, lang)
    if view.page_title != want:
        view.errors.append(f"foreign state: title {view.page_title!r}, expected {want!r}")
    shown = query_value(view.query_string, DATE_KEY)
    if shown != as_of.isoformat():
        view.errors.append(f"foreign state: as_of {shown!r} in the URL, expected {as_of}")


async def drive(plan: Plan, base_url: str, args, deadline: float) -> list[dict]:
    """One session: open its page, then alternate language and date switches."""
    from catalog import LANGUAGES

    session = WsSession(base_url, timeout_s=args.view_timeout)
    lang, as_of, records = plan.lang, plan.as_of, []
    try:
        await session.open()
        query = {"as_of": as_of.isoformat()} | ({"lang": lang} if lang != "en" else {})
        view = await session.view("open", plan.path, query=query)
        for step in range(1, args.views + 1):
            check_own(view, plan, lang, as_of)
            records.append(record(plan, view, lang, as_of))
            if step == args.views or time.monotonic() > deadline or view.errors:
                break
            if not {LANG_KEY, DATE_KEY} <= session.widget_ids.keys():
                records[-1]["errors"].append("the sidebar's language and date widgets not seen")
                break
            await asyncio.sleep(args.think)
            kind = "language" if step % 2 else "date"
            if kind == "language":
                lang = "ar" if lang == "en" else "en"
            else:
                as_of = shifted(as_of, step)
            widgets = {LANG_KEY: LANGUAGES[lang], DATE_KEY: as_of.isoformat()}
            view = await session.view(kind, plan.path, widgets=widgets)
    except (OSError, TimeoutError, websockets.WebSocketException) as err:
        records.append(record(plan, View("open", plan.path, errors=[f"connection: {err!r}"]),
                              lang, as_of))
    finally:
        await session.close()
    return records


def record(plan: Plan, view: View, lang: str, as_of: dt.date) -> dict:
    row = asdict(view) | {"session": plan.index, "server": plan.server, "lang": lang,
                          "as_of": as_of.isoformat()}
    row["seconds"] = round(row["seconds"], 4)
    return row


async def warm(base_urls: list[str], pages: list[tuple[str, str]]) -> float:
    """One view of every page on every server, so start-up costs stay out of the figures."""
    start = time.perf_counter()
    for base_url in base_urls:
        session = WsSession(base_url)
        await session.open()
        for name, _ in pages:
            await session.view("warm", harness.url_path(name, pages))
        await session.close()
    return time.perf_counter() - start


async def load(base_urls: list[str], pages, args, sampler: machine.Sampler | None = None):
    """All sessions at once, with the browser tabs alongside; (view records, tab summary)."""
    stop = asyncio.Event()
    sampling = asyncio.create_task((sampler or machine.Sampler([])).run(stop))
    deadline = time.monotonic() + args.seconds
    session_plans = plans(pages, args.sessions, len(base_urls), args.dates == "shared")
    jobs = [drive(p, base_urls[p.server], args, deadline) for p in session_plans]
    tabs = load_browsers.tab_plans(pages, args.browsers, FIRST_DATE) if args.browsers else []
    if tabs:
        jobs.append(load_browsers.run_tabs(base_urls, tabs, deadline))
    done = await asyncio.gather(*jobs)
    stop.set()
    await sampling
    views = [row for rows in done[:len(session_plans)] for row in rows]
    return views, load_browsers.summary(tabs) if tabs else None


# --- figures -------------------------------------------------------------------------------

def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def stats(rows: list[dict]) -> dict:
    times = [r["seconds"] for r in rows]
    if not times:
        return {"views": 0}
    return {"views": len(times), "p50_s": round(statistics.median(times), 3),
            "p95_s": round(percentile(times, 0.95), 3), "max_s": round(max(times), 3),
            "errors": sum(1 for r in rows if r["errors"]),
            "mib_per_view": round(statistics.mean(r["received_bytes"] for r in rows) / 2**20, 2)}


def figures(views: list[dict], pages, cpu_s: float, wall_s: float, extra_views: int) -> dict:
    """Time per view by kind and page; server CPU shared over every script run it served,
    the browser tabs' page loads (extra_views) included."""
    by_kind = {k: stats([r for r in views if r["kind"] == k]) for k in ("open", "language", "date")}
    by_page = {name: stats([r for r in views if r["page"] == harness.url_path(name, pages)])
               for name, _ in pages}
    count = len(views) + extra_views
    return {"all": stats(views), "by_kind": by_kind, "by_page": by_page,
            "server_cpu_s": round(cpu_s, 2),
            "server_cpu_s_per_view": round(cpu_s / count, 3) if count else None,
            "views_per_s": round(count / wall_s, 2) if wall_s else None,
            "browser_loads": extra_views,
            "foreign_state": sum(1 for r in views
                                 for e in r["errors"] if e.startswith("foreign state")),
            "error_samples": [f"session {r['session']} {r['kind']} {r['page'] or '/'}: {e}"
                              for r in views for e in r["errors"]][:20]}


# --- run -----------------------------------------------------------------------------------

def server_env(pairs: list[str]) -> dict[str, str]:
    env = {"COALITION_LOCAL_DB": os.environ.get("COALITION_LOCAL_DB", "off")}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise SystemExit(f"--env takes NAME=VALUE, got {pair!r}")
        env[name] = value
    return env


def measure(servers: list[harness.Server], pages, args) -> dict:
    base_urls = [s.base_url for s in servers]
    pids = [s.process.pid for s in servers]
    warm_s = asyncio.run(warm(base_urls, pages))
    sampler = machine.Sampler(pids)
    before = machine.snapshot(pids)
    start = time.perf_counter()
    views, tabs = asyncio.run(load(base_urls, pages, args, sampler))
    wall = time.perf_counter() - start
    after = machine.snapshot(pids) | {"helpers_s": sampler.seconds()}
    usage = machine.usage(before, after)
    browser_loads = sum(t["loads"] for t in tabs["tabs"]) if tabs else 0
    result = figures(views, pages, usage["servers_cpu_s"], wall, browser_loads)
    result |= {"wall_s": round(wall, 1), "warm_up_s": round(warm_s, 1), "machine": usage,
               "peak_rss_mib": [round((s.peak_rss_kib() or 0) / 1024, 1) for s in servers],
               "server_log_problems": [line for s in servers for line in log_problems(s.log())],
               "browsers": tabs, "views": views}
    return result


def log_problems(log: str, keep: int = 10) -> list[str]:
    """Server-side tracebacks and errors, which a client may never be shown."""
    marks = ("Traceback", "Error", "ERROR", "Exception", "WARNING")
    return [line.strip()[:300] for line in log.splitlines() if any(m in line for m in marks)][:keep]


def run(args) -> dict:
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    pages = harness.dashboard_pages()
    env = server_env(args.env)
    with ExitStack() as stack:
        servers = [stack.enter_context(harness.streamlit_server(ROOT, env=env, timeout=120))
                   for _ in range(args.replicas)]
        result = measure(servers, pages, args)
    config = {k: v for k, v in vars(args).items() if k not in {"out", "env"}}
    config["env_names"] = sorted(env)  # values may hold credentials: names only
    return {"meta": machine.meta(config)} | result


def table(result: dict) -> str:
    lines = [f"{'views':<28} {'n':>5} {'p50 s':>7} {'p95 s':>7} {'max s':>7} {'errors':>6} "
             f"{'MiB':>5}"]
    rows = {"all": result["all"]} | result["by_kind"] | result["by_page"]
    for name, row in rows.items():
        if row["views"]:
            lines.append(f"  {name or '/':<26} {row['views']:>5} {row['p50_s']:>7.2f} "
                         f"{row['p95_s']:>7.2f} {row['max_s']:>7.2f} {row['errors']:>6} "
                         f"{row['mib_per_view']:>5.2f}")
    lines += ["", f"server CPU {result['server_cpu_s']} s, {result['server_cpu_s_per_view']} s "
              f"per view (protocol views + {result['browser_loads']} Chromium loads); "
              f"{result['views_per_s']} views/s over {result['wall_s']} s",
              f"server peak RSS (MiB): {', '.join(map(str, result['peak_rss_mib']))}",
              f"foreign state seen by the protocol sessions: {result['foreign_state']}",
              f"problems in the server logs: {len(result['server_log_problems'])}",
              machine.describe(result["machine"])]
    tabs = result.get("browsers")
    if tabs:
        lines.append(f"Chromium tabs: {len(tabs['tabs'])}, {tabs['checks']} checks, "
                     f"{tabs['foreign_state']} showing foreign state, {tabs['errors']} errors; "
                     f"page load to charts drawn p50 {tabs['load_p50_s']} s, "
                     f"max {tabs['load_max_s']} s")
    lines += [f"  {e}" for e in result["error_samples"][:10]]
    return "\n".join(lines)


def bounded(value: str, name: str, low: float = 1) -> float:
    number = float(value)
    if not low <= number <= LIMITS[name]:
        raise argparse.ArgumentTypeError(f"{name} must be within {low}..{LIMITS[name]}")
    return number


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__,
                                     epilog=USAGE)
    add = parser.add_argument
    add("--sessions", type=lambda v: int(bounded(v, "sessions")), default=20)
    add("--seconds", type=lambda v: bounded(v, "seconds"), default=120.0,
        help="no view starts after this many seconds of load")
    add("--views", type=lambda v: int(bounded(v, "views")), default=8,
        help="views per session at most: the opening view, then language and date switches")
    add("--browsers", type=lambda v: int(bounded(v, "browsers", 0)), default=3,
        help="real Chromium tabs checking their own state during the load (0: none)")
    add("--replicas", type=lambda v: int(bounded(v, "replicas")), default=1,
        help="`streamlit run` servers on the same data; sessions split across them")
    add("--env", action="append", default=[], metavar="NAME=VALUE",
        help="extra environment for the servers (repeatable), e.g. COALITION_DATABASE_URL=...")
    add("--dates", choices=["distinct", "shared"], default="distinct",
        help="each session its own as-of dates (every view a cache miss), or one series for all")
    add("--think", type=lambda v: bounded(v, "think", 0), default=0.5,
        help="seconds a session waits between views")
    add("--view-timeout", type=lambda v: bounded(v, "view_timeout"), default=120.0)
    add("--out", type=Path, default=RESULTS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    result = run(args)
    print(table(result))
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
