"""Article text file -> one JSON object of extracted facts on stdout (python -m loaders.extract)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extraction import MAX_TEXT_CHARS, TextTooLong, extract_facts, parse_published
from extraction.article import split_header

MAX_FILE_BYTES = 4 * MAX_TEXT_CHARS  # UTF-8 takes at most 4 bytes a character


class InputError(Exception):
    """Bad input that ends the command with exit code 2."""


def read_article(path: Path) -> tuple[dict[str, str], str]:
    """Read a UTF-8 article file and split its header from its body; a file over the size
    limit is refused from its size alone, before it is read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: {size // 1000:,} KB, over the {MAX_FILE_BYTES // 1000:,} KB "
                             f"limit for an article file")
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:  # a file still growing, or a device
            raise InputError(f"{path}: over the {MAX_FILE_BYTES // 1000:,} KB limit for an "
                             f"article file")
        raw = data.decode("utf-8")
    except FileNotFoundError as error:
        raise InputError(f"{path}: file not found") from error
    except IsADirectoryError as error:
        raise InputError(f"{path}: is a directory, not a file") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text (byte {error.start})") from error
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from error
    meta, body = split_header(raw)
    if not body.strip():
        raise InputError(f"{path}: empty article body")
    return meta, body


def build_parser() -> argparse.ArgumentParser:
    """Command-line options."""
    parser = argparse.ArgumentParser(prog="python -m loaders.extract", description=__doc__)
    parser.add_argument("file", type=Path, help="UTF-8 article text, optional header lines")
    parser.add_argument("--published", help="publication date YYYY-MM-DD (overrides header)")
    parser.add_argument("--lang", choices=("ar", "en"), help="article language (default: detect)")
    return parser


def run(argv: list[str] | None = None) -> dict:
    """Parse arguments, read the file and return the facts with article metadata."""
    args = build_parser().parse_args(argv)
    meta, body = read_article(args.file)
    published = args.published or meta.get("published") or None
    try:
        parse_published(published)
    except ValueError as error:
        raise InputError(f"{args.file}: {error}") from error
    try:
        facts = extract_facts(body, published, args.lang)
    except TextTooLong as error:
        raise InputError(f"{args.file}: {error}") from error
    extras = {key: meta[key] for key in ("source", "title", "url") if meta.get(key)}
    return {**facts, **extras}


def main(argv: list[str] | None = None) -> int:
    """Entry point: print JSON, or a one-line error on stderr with exit code 2."""
    try:
        result = run(argv)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False, indent=2, allow_nan=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
