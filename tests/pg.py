"""A throwaway PostgreSQL cluster for the tests: initdb and pg_ctl as the postgres user."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import count
from pathlib import Path

from bench import harness

USER = "postgres"
_NUMBERS = count(1)


def bin_dir() -> Path | None:
    """Debian's newest PostgreSQL binaries (/usr/lib/postgresql/<major>/bin), or PG_BIN."""
    chosen = os.environ.get("PG_BIN")
    found = [chosen] if chosen else sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                                           key=lambda p: int(Path(p).parent.name))
    usable = [Path(p) for p in found if (Path(p) / "initdb").is_file()]
    return usable[-1] if usable else None


def as_postgres(*command: str) -> list[str]:
    """PostgreSQL refuses to run as root: commands run as the postgres system user."""
    return ["runuser", "-u", USER, "--", *command] if os.geteuid() == 0 else list(command)


@dataclass
class Cluster:
    """A running cluster on a loopback port, its sockets in its own folder."""

    folder: Path
    port: int

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={USER} dbname=postgres",
                             autocommit=True) as con:
            con.execute(sql)

    @contextmanager
    def database(self) -> Iterator[str]:
        """A fresh, empty database for one test; dropped afterwards."""
        name = f"t{os.getpid()}_{next(_NUMBERS)}"
        self.admin(f"CREATE DATABASE {name}")
        try:
            yield self.url(name)
        finally:
            from ingest import db

            for key in [k for k in db._ENGINES if k[0] == self.url(name)]:
                db._ENGINES.pop(key).dispose()
            db._MIGRATED.discard(self.url(name))
            self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextmanager
def cluster() -> Iterator[Cluster]:
    """initdb in a temporary folder owned by postgres, pg_ctl start; stopped and removed."""
    binaries = bin_dir()
    if binaries is None:
        raise FileNotFoundError("no PostgreSQL binaries under /usr/lib/postgresql/*/bin")
    folder = Path(tempfile.mkdtemp(prefix="coalition-pg-"))
    try:
        if os.geteuid() == 0:
            shutil.chown(folder, USER, USER)
        data, port = folder / "data", harness.free_port()
        run(as_postgres(str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", USER,
                        "-E", "UTF8", "--no-sync"))
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        run(as_postgres(str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                        str(folder / "log"), "-w", "start"))
        try:
            yield Cluster(folder, port)
        finally:
            run(as_postgres(str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate",
                            "-w", "stop"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")
