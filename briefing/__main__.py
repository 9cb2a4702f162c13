"""Command line: python -m briefing --as-of 2023-06-08 [--since 2022-05-11] --lang en
--out deck.pptx [--png DIR]."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from pathlib import Path

from briefing.views import SECTIONS


class Usage(Exception):
    """A mistake in the command line: reported on one line, exit code 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage dump
        raise Usage(message)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = Parser(prog="python -m briefing", description=__doc__)
    parser.add_argument("--as-of", required=True, help="YYYY-MM-DD")
    parser.add_argument("--since", help="YYYY-MM-DD, before --as-of: adds a slide of what "
                        "changed between the two dates")
    parser.add_argument("--lang", default="en", choices=["en", "ar"])
    parser.add_argument("--out", required=True, help="the .pptx file to write")
    parser.add_argument("--png", metavar="DIR", help="also write PNG and SVG images here")
    parser.add_argument("--sections", nargs="+", default=list(SECTIONS),
                        help=f"views in order, from: {' '.join(SECTIONS)}")
    args = parser.parse_args(argv)
    try:
        args.as_of = dt.date.fromisoformat(args.as_of)
    except ValueError:
        raise Usage(f"bad date {args.as_of!r}: use YYYY-MM-DD, e.g. 2023-06-08") from None
    if args.since is not None:
        try:
            args.since = dt.date.fromisoformat(args.since)
        except ValueError:
            raise Usage(f"bad --since date {args.since!r}: use YYYY-MM-DD, e.g. 2022-05-11"
                        ) from None
        if args.since >= args.as_of:
            raise Usage(f"--since {args.since} must be before --as-of {args.as_of}")
    unknown = [s for s in args.sections if s not in SECTIONS]
    if unknown:
        raise Usage(f"unknown section {unknown[0]!r}: choose from {', '.join(SECTIONS)}")
    args.out = Path(args.out)
    writable(args.out.parent if str(args.out.parent) else Path("."), args.out)
    if args.png:
        args.png = Path(args.png)
        if args.png.exists() and not args.png.is_dir():
            raise Usage(f"cannot write images to {args.png}: not a directory")
    return args


def writable(folder: Path, target: Path) -> None:
    if not folder.is_dir():
        raise Usage(f"cannot write {target}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise Usage(f"cannot write {target}: permission denied")
    if target.is_dir():
        raise Usage(f"cannot write {target}: it is a folder")


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse(sys.argv[1:] if argv is None else argv)
    except Usage as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.ERROR)
    from briefing.deck import compose_deck
    from briefing.images import export_images
    from loaders import DataError, load_all

    try:
        data = load_all(strict=True)
        report = compose_deck(args.as_of, args.lang, args.sections, args.out, data,
                              since=args.since)
        missing = dict(report.missing)
        written = []
        if args.png:
            written, more = export_images(args.as_of, args.lang, args.png, sections=args.sections,
                                          data=data)
            missing |= more
    except DataError as err:
        print(f"error: the data could not be loaded: {str(err).splitlines()[0]}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"error: {err.strerror or err}: {err.filename or args.out}", file=sys.stderr)
        return 2
    print(f"wrote {report.output} ({report.slides} slides, {len(report.sources)} sources)")
    for path in written:
        print(f"wrote {path}")
    for name, why in missing.items():
        print(f"missing image: {name}: {why}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
