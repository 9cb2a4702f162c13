"""Real Chromium tabs during a load, each checking its date, language and title stay its own."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from dataclasses import dataclass, field

from bench import harness

STATE_JS = """() => {
  const date = document.querySelector(
    "[data-testid='stSidebar'] .st-key-as_of input");
  const lang = document.querySelector(
    "[data-testid='stSidebar'] [data-testid='stButtonGroup'] button[aria-checked='true']");
  const h1 = document.querySelector("[data-testid='stMain'] h1");
  return {as_of: date ? date.value : null, lang: lang ? lang.innerText.trim() : null,
          title: h1 ? h1.innerText.trim() : null};
}"""


@dataclass
class Tab:
    """One browser tab's own page, language and date series, and what it saw."""

    name: str
    path: str
    lang: str
    dates: list[str]
    checks: int = 0
    loads: list[float] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def tab_plans(pages: list[tuple[str, str]], count: int, start: dt.date) -> list[Tab]:
    """count tabs on distinct pages (from the end of the list), languages and dates."""
    tabs = []
    for index in range(count):
        name = pages[-1 - index % len(pages)][0]
        first = start + dt.timedelta(days=41 * index + 7)
        dates = [(first + dt.timedelta(days=113 * k)).isoformat() for k in range(8)]
        tabs.append(Tab(name, harness.url_path(name, pages), ("en", "ar")[index % 2], dates))
    return tabs


def expected(tab: Tab, as_of: str) -> dict[str, str]:
    from catalog import LANGUAGES, t

    return {"as_of": as_of, "lang": LANGUAGES[tab.lang], "title": t(f"{tab.name}.title", tab.lang)}


async def check(page, tab: Tab, as_of: str) -> None:
    """Compares what the tab shows with its own state; records any difference."""
    seen = await page.evaluate(STATE_JS)
    tab.checks += 1
    want = expected(tab, as_of)
    for key, value in want.items():
        if seen.get(key) != value:
            tab.foreign.append(f"{key}: saw {seen.get(key)!r}, expected {value!r}")


async def open_tab(page, base_url: str, tab: Tab, as_of: str) -> None:
    query = f"as_of={as_of}" + ("&lang=ar" if tab.lang == "ar" else "")
    start = time.perf_counter()
    await page.goto(f"{base_url}/{tab.path}?{query}")
    await page.wait_for_function(harness.CHARTS_READY_JS, timeout=120_000, polling=100)
    tab.loads.append(time.perf_counter() - start)


async def watch(context, base_url: str, tab: Tab, deadline: float, glance_s: float = 2.0):
    """Opens the tab's page at each of its dates in turn until the deadline, checking its
    state right after the run and again after a pause (while other sessions keep running)."""
    page = await context.new_page()
    page.on("pageerror", lambda exc: tab.errors.append(f"pageerror: {exc}"))
    for as_of in tab.dates:
        if time.monotonic() > deadline:
            break
        try:
            await open_tab(page, base_url, tab, as_of)
            await check(page, tab, as_of)
            await asyncio.sleep(glance_s)
            await check(page, tab, as_of)
        except Exception as err:  # a timeout under load is reported, not raised
            tab.errors.append(f"{type(err).__name__}: {str(err)[:200]}")


async def run_tabs(base_urls: list[str], tabs: list[Tab], deadline: float) -> list[Tab]:
    """One headless Chromium per tab (separate browsers, as separate readers), tab i on
    server i mod n."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browsers = [await playwright.chromium.launch(executable_path=harness.chromium_path(),
                                                     args=harness.CHROMIUM_ARGS) for _ in tabs]
        try:
            contexts = [await b.new_context(viewport=harness.DESKTOP) for b in browsers]
            await asyncio.gather(*(watch(ctx, base_urls[i % len(base_urls)], tab, deadline)
                                   for i, (ctx, tab) in enumerate(zip(contexts, tabs,
                                                                      strict=True))))
        finally:
            for browser in browsers:
                await browser.close()
    return tabs


def summary(tabs: list[Tab]) -> dict:
    """Per tab what it saw; load_s: navigation to every chart drawn, as a reader waits."""
    loads = sorted(s for t in tabs for s in t.loads)
    return {"tabs": [{"page": t.name, "lang": t.lang, "loads": len(t.loads),
                      "checks": t.checks, "max_load_s": round(max(t.loads, default=0), 2),
                      "load_s": [round(s, 2) for s in t.loads],
                      "foreign_state": t.foreign[:10], "errors": t.errors[:10]} for t in tabs],
            "load_p50_s": round(loads[len(loads) // 2], 2) if loads else None,
            "load_max_s": round(loads[-1], 2) if loads else None,
            "checks": sum(t.checks for t in tabs),
            "foreign_state": sum(len(t.foreign) for t in tabs),
            "errors": sum(len(t.errors) for t in tabs)}
