"""dashboard.py + Debian's Chromium -> a served app, a sandboxed browser and "charts drawn" waits.

Shared by the browser tests (tests/conftest.py) and the benchmarks (bench/run.py), so both
start the server, launch the browser and decide when a page is ready in exactly the same way.
"""

from __future__ import annotations

import ast
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CHROMIUM = "/usr/bin/chromium"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
# Everything outside loopback resolves to nothing, so an accidental CDN fetch fails loudly
# (and is also caught by the request log) instead of leaving the machine.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost"]
DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}

# True once the script run is over and every chart on the page has drawn: each plotly plot has
# its traces attached and each deck.gl chart its canvas. Streamlit marks the app root with
# data-test-script-state ("initial" before the first run, "running", then "notRunning").
CHARTS_READY_JS = """() => {
  const app = document.querySelector("[data-testid='stApp']");
  if (!app || app.getAttribute("data-test-script-state") !== "notRunning") return false;
  if (document.querySelector("[data-testid='stStatusWidget']")) return false;  // running
  if (!document.querySelector("[data-testid='stMain'] [data-testid='stElementContainer']"))
    return false;
  if (document.querySelector("[data-testid='stSkeleton']")) return false;
  const plots = [...document.querySelectorAll(".js-plotly-plot")];
  const decks = [...document.querySelectorAll("[data-testid='stDeckGlJsonChart']")];
  return plots.every(p => p.querySelector("g.trace"))
      && decks.every(d => d.querySelector("canvas"));
}"""
CHART_COUNTS_JS = """() => ({
  plotly: document.querySelectorAll(".js-plotly-plot").length,
  decks: document.querySelectorAll("[data-testid='stDeckGlJsonChart']").length})"""


def dashboard_pages(dashboard: Path = ROOT / "ui" / "routes.py") -> list[tuple[str, str]]:
    """(name, script path) for each entry of ui.routes.PAGES, read without importing the app."""
    tree = ast.parse(dashboard.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "PAGES"
                                                 for t in node.targets)):
            entries = ast.literal_eval(node.value)
            return [(entry[0], entry[1]) for entry in entries]
    raise LookupError(f"no PAGES list in {dashboard}")


def url_path(name: str, pages: list[tuple[str, str]]) -> str:
    """The URL path of a page: "" for the default (first) page, else its name."""
    return "" if name == pages[0][0] else name


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def chromium_path() -> str:
    return os.environ.get("CHROMIUM_PATH") or DEFAULT_CHROMIUM


def is_local(url: str) -> bool:
    """data:, blob: and about: URLs never leave the page; http(s)/ws(s) must stay on loopback."""
    parts = urlsplit(url)
    if parts.scheme in {"data", "blob", "about", "chrome", "chrome-extension"}:
        return True
    return (parts.hostname or "") in LOCAL_HOSTS


@dataclass
class Server:
    """A running `streamlit run` process and where to reach it."""

    process: subprocess.Popen
    base_url: str
    log_path: Path
    started_at: float = field(default_factory=time.perf_counter)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def peak_rss_kib(self) -> int | None:
        """VmHWM of the server process (peak resident set size), from /proc."""
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return None
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return None


def wait_healthy(server: Server, timeout: float = 60.0) -> None:
    """Polls /_stcore/health until it says ok; raises with the server's output if it dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {server.process.returncode}:\n"
                               f"{server.log()}")
        try:
            with urllib.request.urlopen(f"{server.base_url}/_stcore/health", timeout=2) as resp:
                if resp.read().decode().strip() == "ok":
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    raise TimeoutError(f"streamlit not healthy after {timeout:.0f}s:\n{server.log()}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@contextmanager
def streamlit_server(app_dir: Path = ROOT, env: dict[str, str] | None = None,
                     timeout: float = 60.0) -> Iterator[Server]:
    """`streamlit run dashboard.py` from app_dir on a free loopback port, stopped afterwards."""
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", "dashboard.py",
               "--server.headless", "true", "--server.port", str(port),
               "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    with tempfile.NamedTemporaryFile("w", prefix="streamlit-", suffix=".log",
                                     delete=False) as log:
        log_path = Path(log.name)
        process = subprocess.Popen(command, cwd=app_dir, stdout=log, stderr=subprocess.STDOUT,
                                   env={**os.environ, **(env or {})})
    server = Server(process, f"http://127.0.0.1:{port}", log_path)
    try:
        wait_healthy(server, timeout)
        yield server
    finally:
        stop(process)
        log_path.unlink(missing_ok=True)


def launch_chromium(playwright):
    """Debian's Chromium in headless mode with every network but loopback cut off."""
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)


def wait_for_charts(page, timeout_ms: float = 60_000, settle_ms: int = 300) -> dict[str, int]:
    """Waits until the app is idle and every chart on the page has drawn; returns chart counts.

    Charts can appear a moment after the run ends (deck.gl sets up its canvas lazily), so the
    condition has to hold twice, settle_ms apart, with the same number of charts."""
    deadline = time.monotonic() + timeout_ms / 1000
    previous = None
    while True:
        remaining = max(deadline - time.monotonic(), 0.1) * 1000
        page.wait_for_function(CHARTS_READY_JS, timeout=remaining, polling=50)
        counts = page.evaluate(CHART_COUNTS_JS)
        if counts == previous:
            return counts
        previous = counts
        if time.monotonic() > deadline:
            raise TimeoutError(f"charts did not settle: {counts}")
        page.wait_for_timeout(settle_ms)


def git_revision() -> str:
    """The checkout's short commit id, recorded with every benchmark result."""
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
