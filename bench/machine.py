"""/proc snapshots -> CPU seconds of the servers, of this client and of everything else."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import platform
import resource
import time
from pathlib import Path

from bench.harness import git_revision

TICK = os.sysconf("SC_CLK_TCK")


def proc_stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds of the process and its reaped children) from /proc/PID/stat."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()  # after "pid (comm) "
    ppid, ticks = int(fields[1]), sum(int(f) for f in fields[11:15])
    return ppid, ticks / TICK


def processes() -> dict[int, tuple[int, float]]:
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := proc_stat(int(entry.name))):
            found[int(entry.name)] = stat
    return found


def descendants(root: int, table: dict[int, tuple[int, float]], skip: set[int]) -> set[int]:
    """Live processes under root, without the subtrees rooted at skip."""
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    out, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in skip:
                out.add(child)
                todo.append(child)
    return out


class Sampler:
    """CPU seconds of this process's helpers (Playwright's driver, Chromium), sampled while
    they live: once closed they are not always reaped by this process, so rusage misses them."""

    def __init__(self, server_pids: list[int]) -> None:
        self.skip = set(server_pids)
        self.seen: dict[int, float] = {}

    def sample(self) -> None:
        table = processes()
        for pid in descendants(os.getpid(), table, self.skip):
            self.seen[pid] = max(self.seen.get(pid, 0.0), table[pid][1])

    async def run(self, stop, every_s: float = 1.0) -> None:
        while not stop.is_set():
            self.sample()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), every_s)

    def seconds(self) -> float:
        return sum(self.seen.values())


def busy_seconds() -> float:
    """CPU seconds all cores spent on anything but idle and I/O wait since boot."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(values[:8]) - values[3] - values[4]) / TICK


def snapshot(server_pids: list[int]) -> dict:
    table = processes()
    own = resource.getrusage(resource.RUSAGE_SELF)
    return {"at": time.monotonic(), "busy_s": busy_seconds(), "loadavg": os.getloadavg(),
            "servers_s": sum(table[p][1] for p in server_pids if p in table),
            "client_s": own.ru_utime + own.ru_stime, "helpers_s": 0.0}


def usage(before: dict, after: dict) -> dict:
    """CPU seconds between two snapshots, split by who spent them."""
    spent = {k: after[k] - before[k] for k in ("busy_s", "servers_s", "client_s", "helpers_s")}
    wall = after["at"] - before["at"]
    others = spent["busy_s"] - spent["servers_s"] - spent["client_s"] - spent["helpers_s"]
    return {"wall_s": round(wall, 1), "cores": os.cpu_count(),
            "machine_busy_s": round(spent["busy_s"], 1),
            "servers_cpu_s": round(spent["servers_s"], 2),
            "client_cpu_s": round(spent["client_s"], 1),
            "browsers_cpu_s": round(spent["helpers_s"], 1),
            "other_processes_cpu_s": round(max(others, 0.0), 1),
            "loadavg_before": [round(v, 2) for v in before["loadavg"]],
            "loadavg_after": [round(v, 2) for v in after["loadavg"]]}


def describe(use: dict) -> str:
    return (f"machine: {use['cores']} cores, {use['machine_busy_s']} CPU s busy in "
            f"{use['wall_s']} s: servers {use['servers_cpu_s']}, protocol client "
            f"{use['client_cpu_s']}, Chromium + driver {use['browsers_cpu_s']}, other processes "
            f"{use['other_processes_cpu_s']}; load average {use['loadavg_before'][0]} before, "
            f"{use['loadavg_after'][0]} after")


def meta(config: dict) -> dict:
    import streamlit

    return {"when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "revision": git_revision(), "python": platform.python_version(),
            "streamlit": streamlit.__version__, "cpus": os.cpu_count(), "config": config}
