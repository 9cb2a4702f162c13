"""Command line for operators: import, list, undo, export, migrate, editor (either engine)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from ingest import db, editors
from ingest.messages import InputProblems
from loaders import DataError

USAGE_ERROR, USER_ERROR = 2, 1


class Refused(Exception):
    """A user error: one clear sentence, exit code 1, no traceback."""


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m ingest", description=(
        "Manage the fact store: SQLite file (COALITION_LOCAL_DB) or PostgreSQL "
        f"({db.URL_ENV})."))
    commands = top.add_subparsers(dest="command", required=True)
    imp = commands.add_parser("import", help="add articles from .txt/.html files")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    page = " (an .html page's own, when left out)"
    imp.add_argument("--publisher", default="", help="site or publisher" + page)
    imp.add_argument("--title", default="", help="headline" + page)
    imp.add_argument("--url", default="")
    imp.add_argument("--published", type=day, metavar="YYYY-MM-DD",
                     help="publication date" + page)
    imp.add_argument("--lang", choices=["ar", "en"])
    imp.add_argument("--kind", choices=["news", "official"], default="news")
    imp.add_argument("--accept", action="store_true",
                     help="save every fact found as found (else: pending review on the page)")
    imp.add_argument("--editor", required=True, metavar="NAME")
    commands.add_parser("list", help="saves and imports pending review")
    undo = commands.add_parser("undo", help="withdraw a save and its facts")
    undo.add_argument("save_id", type=int, metavar="ID")
    undo.add_argument("--editor", required=True, metavar="NAME")
    export = commands.add_parser("export", help="active local rows as data/ CSV files")
    export.add_argument("--out", required=True, type=Path, metavar="DIR")
    commands.add_parser("migrate", help="upgrade the store's schema in place")
    editor = commands.add_parser("editor", help="print the [editors] line for a new editor")
    editor.add_argument("name", metavar="NAME")
    return top


def day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2023-06-08") from None


def chosen_store():
    from ingest.store import Store

    store = Store.default()
    if store is None:
        raise Refused("local facts are switched off (COALITION_LOCAL_DB=off); unset it or set "
                      f"{db.URL_ENV}")
    return store


def known_editor(name: str) -> str:
    """With editors configured, the name must be one of them; otherwise any plain name."""
    team = editors.configured()
    if team and name not in team:
        raise Refused(f"'{name}' is not a configured editor ({', '.join(sorted(team))})")
    if not editors.NAME.match(name):
        raise Refused(f"'{name}' is not a valid editor name")
    return name


def dataset():
    from loaders import DATA_DIR, load_all

    return load_all(Path(os.environ.get("COALITION_DATA_DIR") or DATA_DIR))


def run_import(args) -> None:
    from ingest import flow

    store, who, data = chosen_store(), known_editor(args.editor), dataset()
    for path in args.files:
        try:
            raw = path.read_bytes()
        except OSError as err:
            raise Refused(f"{path}: {err.strerror}") from None
        try:
            article = flow.read_article("", (path.name, raw), publisher=args.publisher,
                                        title=args.title, url=args.url,
                                        published=args.published, language=args.lang,
                                        kind=args.kind)
            found = flow.find(article, data)
            if args.accept:
                save_id, rows = flow.save_accepted(store, found, found.table.assign(accept=True),
                                                   data, who)
                print(f"{path}: saved {len(rows)} facts as save {save_id} "
                      f"({rows['source_id'].iloc[0]})")
            else:
                pending_id = store.add_pending(article, len(found.table), who)
                print(f"{path}: {len(found.table)} facts found, pending review "
                      f"as import {pending_id} (accept or discard them on the ingest page)")
        except InputProblems as err:
            raise Refused(f"{path}: " + " ".join(err.messages("en"))) from None


def run_list(args) -> None:
    store = chosen_store()
    saves, pending = store.saves(), store.pending()
    if saves.empty and pending.empty:
        print("The store is empty.")
    for save in saves.itertuples():
        by = f" by {save.saved_by}" if save.saved_by else ""
        print(f"{save.save_id}\t{save.status}\t{save.source_id}\t{save.published}\t"
              f"{save.publisher}: {save.title}\tfacts: {save.facts}\t"
              f"saved {save.saved_at}{by}")
    for item in pending.itertuples():
        print(f"import {item.pending_id}\tpending\t{item.published}\t{item.publisher}: "
              f"{item.title}\tfound: {item.found}\timported {item.imported_at}"
              f" by {item.imported_by}")


def run_undo(args) -> None:
    store, who = chosen_store(), known_editor(args.editor)
    try:
        count = store.undo(args.save_id, who)
    except InputProblems as err:
        raise Refused(" ".join(err.messages("en"))) from None
    print(f"Undone: save {args.save_id}, {count} facts no longer shown.")


def run_export(args) -> None:
    for path in chosen_store().export_csv(args.out):
        print(path)


def run_migrate(args) -> None:
    store = chosen_store().ready()
    print(f"{store.name}: schema at revision {db.current(store.url)} (newest {db.head()})")


def run_editor(args) -> None:
    prompt = f"Password for {args.name}: "
    if sys.stdin.isatty():
        password = getpass.getpass(prompt)
        if getpass.getpass("Again: ") != password:
            raise Refused("the two passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        line = editors.hash_line(args.name, password)
    except ValueError as err:
        raise Refused(str(err)) from None
    print("# add under [editors] in .streamlit/secrets.toml or the COALITION_EDITORS_FILE",
          file=sys.stderr)
    print(line)


COMMANDS = {"import": run_import, "list": run_list, "undo": run_undo, "export": run_export,
            "migrate": run_migrate, "editor": run_editor}


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        COMMANDS[args.command](args)
    except (Refused, editors.EditorsError, DataError) as err:
        print(f"error: {err}", file=sys.stderr)
        return USER_ERROR
    except KeyboardInterrupt:
        print("interrupted: nothing more was changed", file=sys.stderr)
        return 130
    except SQLAlchemyError as err:
        print(f"error: the store {chosen_store().name} cannot be used: "
              f"{str(getattr(err, 'orig', err) or err).strip()}", file=sys.stderr)
        return USER_ERROR
    return 0
