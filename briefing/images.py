"""Views -> standalone PNG and SVG files with title, as-of date and sources drawn inside."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd

from briefing import figures
from briefing.render import Shot, render
from briefing.views import SECTIONS, build_views

FORMATS = ("png", "svg")


def image_shots(views, as_of, lang: str, formats) -> list[Shot]:
    shots = []
    for view in views:
        fig = figures.styled(view, as_of, lang, titled=True)
        if fig is None:
            continue
        for fmt in formats:
            shots.append(Shot(f"{view.key}.{fmt}", fig, fmt, figures.WIDTH,
                              figures.image_height(view), figures.SCALE))
    return shots


def file_name(key: str, as_of, lang: str) -> str:
    """'funding_2023-06-08_en.png' from 'funding.png'."""
    stem, fmt = key.rsplit(".", 1)
    return f"{stem}_{pd.Timestamp(as_of):%Y-%m-%d}_{lang}.{fmt}"


def render_images(as_of, lang: str = "en", formats=FORMATS, sections=SECTIONS, data=None
                  ) -> tuple[dict[str, bytes], dict[str, str]]:
    """({file name: bytes}, {view or file: why it is missing})."""
    if data is None:
        from loaders import load_all

        data = load_all(strict=True)
    as_of = pd.Timestamp(as_of).normalize()
    views = build_views(data, as_of, lang, sections)
    rendered = render(image_shots(views, as_of, lang, formats))
    images = {file_name(k, as_of, lang): v for k, v in rendered.images.items()}
    missing = {file_name(k, as_of, lang): why for k, why in rendered.missing.items()}
    missing |= {v.key: v.missing for v in views if v.figure is None}
    return images, missing


def export_images(as_of, lang: str = "en", out_dir=".", formats=FORMATS, sections=SECTIONS,
                  data=None) -> tuple[list[Path], dict[str, str]]:
    """Writes one file per view and format into out_dir; returns the paths and what is missing
    (with the reason)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    images, missing = render_images(as_of, lang, formats, sections, data)
    paths = []
    for name, payload in images.items():
        path = out / name
        path.write_bytes(payload)
        paths.append(path)
    return paths, missing


def images_zip(as_of, lang: str = "en", formats=FORMATS, sections=SECTIONS, data=None) -> bytes:
    """The images in one zip, with a MISSING.txt listing any that could not be drawn."""
    images, missing = render_images(as_of, lang, formats, sections, data)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in images.items():
            archive.writestr(name, payload)
        if missing:
            archive.writestr("MISSING.txt", "\n".join(f"{k}: {v}" for k, v in missing.items()))
    return buffer.getvalue()
