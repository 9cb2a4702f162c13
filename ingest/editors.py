"""Operator's list of editors (names with argon2 hashes) -> sign-in checks, rate-limited."""

from __future__ import annotations

import functools
import os
import re
import secrets
import threading
import time
import tomllib
from collections import defaultdict, deque
from collections.abc import Mapping
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

FILE_ENV = "COALITION_EDITORS_FILE"
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
MAX_FAILURES = 5
WINDOW_SECONDS = 300.0
_HASHER = PasswordHasher()
_FAILURES: dict[str, deque[float]] = defaultdict(deque)
_LOCK = threading.Lock()


class EditorsError(ValueError):
    """The editors file cannot be read: its path and the reason."""


def hash_line(name: str, password: str) -> str:
    """The line an operator adds under [editors]: name = "argon2 hash"."""
    if not NAME.match(name):
        raise ValueError("an editor's name is 1-40 letters, digits, '.', '_' or '-', "
                         "starting with a letter or digit")
    if len(password) < 8:
        raise ValueError("the password needs at least 8 characters")
    return f'{name} = "{_HASHER.hash(password)}"'


def from_file(path: Path | str) -> dict[str, str]:
    """The [editors] table of a TOML file (the secrets.toml format)."""
    try:
        table = tomllib.loads(Path(path).read_text(encoding="utf-8")).get("editors", {})
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise EditorsError(f"the editors file {path} cannot be read: {err}") from err
    return {str(name): str(digest) for name, digest in table.items()}


def configured(secrets: Mapping | None = None) -> dict[str, str]:
    """COALITION_EDITORS_FILE if set, else [editors] in .streamlit/secrets.toml."""
    chosen = os.environ.get(FILE_ENV, "").strip()
    if chosen:
        return from_file(chosen)
    return {str(n): str(h) for n, h in dict((secrets or {}).get("editors", {})).items()}


def failures(key: str, clock: float | None = None) -> int:
    """Failed sign-ins for a name or a session within the window."""
    at = time.monotonic() if clock is None else clock
    with _LOCK:
        recent = _FAILURES[key]
        while recent and at - recent[0] > WINDOW_SECONDS:
            recent.popleft()
        return len(recent)


def locked_for(keys: list[str], clock: float | None = None) -> float:
    """Seconds until a sign-in may be tried again (0: now). After MAX_FAILURES in the window
    the name (or the session) waits until the oldest failure leaves it."""
    at = time.monotonic() if clock is None else clock
    waits = [WINDOW_SECONDS - (at - _FAILURES[key][0]) for key in keys
             if failures(key, at) >= MAX_FAILURES]
    return max(waits, default=0.0)


def _fail(keys: list[str], at: float) -> None:
    with _LOCK:
        for key in keys:
            _FAILURES[key].append(at)


def check(editors: Mapping[str, str], name: str, password: str, session: str,
          clock: float | None = None) -> tuple[bool, float]:
    """(signed in, seconds locked). Failures count per name and per session; while either is
    locked out no password is even checked."""
    at = time.monotonic() if clock is None else clock
    keys = [f"name:{name.strip().lower()}", f"session:{session}"]
    wait = locked_for(keys, at)
    if wait > 0:
        return False, wait
    digest = editors.get(name.strip())
    try:
        # An unknown name costs the same hashing as a known one: timing does not tell them apart.
        ok = _HASHER.verify(digest or _decoy(), password) and digest is not None
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok:
        _fail(keys, at)
    return ok, locked_for(keys, at)


@functools.cache
def _decoy() -> str:
    return _HASHER.hash(secrets.token_hex(16))


def forget_failures() -> None:
    """Tests start from a clean slate."""
    with _LOCK:
        _FAILURES.clear()
