"""Plotly figures -> PNG/SVG bytes through kaleido and a local Chromium kept offline."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import stat
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import plotly.io as pio

HERE = Path(__file__).parent
WRAPPER = HERE / "chromium-offline.sh"
MATHJAX_STUB = HERE / "mathjax-stub.js"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
OPEN_TIMEOUT = 60  # seconds to start Chromium; a 2-core machine under load needs ~10
IMAGE_TIMEOUT = 45


@dataclass(frozen=True)
class Shot:
    """One image to render: a name, the figure and its size in CSS pixels (PNG is scaled)."""

    name: str
    figure: object
    fmt: str = "png"
    width: int = 960
    height: int = 540
    scale: float = 2.0


@dataclass
class Rendered:
    """What came back: bytes by shot name, and for each shot that failed, why."""

    images: dict[str, bytes] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)


def browser_target() -> str:
    """The Chromium binary the wrapper execs: $CHROMIUM_PATH or Debian's /usr/bin/chromium."""
    return os.environ.get("CHROMIUM_PATH") or DEFAULT_CHROMIUM


def wrapper_path() -> Path:
    """The committed offline wrapper, or a copy written executable to a temp dir when the
    checkout lost its executable bit (zip download, read-only install)."""
    if os.access(WRAPPER, os.X_OK):
        return WRAPPER
    copy = Path(tempfile.gettempdir()) / "coalition-briefing" / WRAPPER.name
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(WRAPPER, copy)
    copy.chmod(copy.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return copy


def browser_path() -> tuple[str | None, str]:
    """(executable for kaleido, '') or (None, why no browser can be used).

    BROWSER_PATH, when set, is the user's explicit choice and is used as is; otherwise the
    offline wrapper is used, provided the Chromium it execs exists."""
    chosen = os.environ.get("BROWSER_PATH")
    if chosen:
        if not (os.path.isfile(chosen) and os.access(chosen, os.X_OK)):
            return None, f"no browser at BROWSER_PATH={chosen}"
        return chosen, ""
    target = browser_target()
    if not (os.path.isfile(target) and os.access(target, os.X_OK)):
        return None, f"no Chromium at {target} (install chromium or set CHROMIUM_PATH)"
    return str(wrapper_path()), ""


def configure_offline() -> None:
    """Kaleido loads MathJax from a CDN unless given a local file (False is not honoured).

    Chromium's own chatter (dbus, pipe decoding) is kept out of the user's terminal: failures
    that matter come back as missing images with their reason."""
    pio.defaults.mathjax = str(MATHJAX_STUB)
    for name in ("choreographer", "kaleido", "logistro"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


async def _render_all(shots: list[Shot], path: str, result: Rendered) -> None:
    import kaleido

    # Imported late: kaleido pulls in choreographer, which is slow to import.
    browser = kaleido.Kaleido(path=path, mathjax=pio.defaults.mathjax, timeout=IMAGE_TIMEOUT)
    try:
        await asyncio.wait_for(browser.open(), OPEN_TIMEOUT)
    except Exception as err:
        for shot in shots:
            result.missing[shot.name] = f"browser did not start ({short_error(err)})"
        await close_quietly(browser)
        return
    try:
        for shot in shots:
            opts = {"format": shot.fmt, "width": shot.width, "height": shot.height,
                    "scale": shot.scale if shot.fmt == "png" else 1}
            try:
                data = await browser.calc_fig(shot.figure, opts=opts)
                result.images[shot.name] = data if isinstance(data, bytes) else data.encode()
            except Exception as err:
                result.missing[shot.name] = f"rendering failed ({short_error(err)})"
    finally:
        await close_quietly(browser)


async def close_quietly(browser) -> None:
    # The images are already out; a browser slow to close costs nothing worth reporting.
    with contextlib.suppress(Exception):
        await asyncio.wait_for(browser.close(), 20)


def short_error(err: BaseException) -> str:
    text = " ".join(str(err).split()) or type(err).__name__
    return text if len(text) <= 160 else text[:159] + "…"


def render(shots: list[Shot]) -> Rendered:
    """Every shot rendered by one warm Chromium; shots that cannot be rendered are reported in
    `missing` with a reason, never raised."""
    result = Rendered()
    if not shots:
        return result
    path, why = browser_path()
    if path is None:
        result.missing = {shot.name: why for shot in shots}
        return result
    configure_offline()
    # A thread of its own: the caller may already run an event loop (Streamlit, Jupyter).
    worker = threading.Thread(target=lambda: asyncio.run(_render_all(shots, path, result)),
                              daemon=True)
    worker.start()
    worker.join(OPEN_TIMEOUT + IMAGE_TIMEOUT * len(shots) + 30)
    for shot in shots:
        if shot.name not in result.images and shot.name not in result.missing:
            result.missing[shot.name] = "rendering timed out"
    return result
