"""Bundled GeoJSON in data/geo/ (+ data/governorates.csv) -> validated Boundaries dicts."""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from loaders.errors import DataError

DEFAULT_GEO_DIR = Path(__file__).resolve().parents[1] / "data" / "geo"
ADMIN1_FILE = "syr_irq_admin1.geojson"
REGION_FILE = "region_countries.geojson"
WORLD_FILE = "world_countries.geojson"
GOVERNORATES_CSV = "governorates.csv"  # lives next to the geo folder, in data/

ADMIN1_REQUIRED = ("gov_id", "name_en", "name_ar", "country")
COUNTRY_REQUIRED = ("iso3", "name_en")  # iso3 may be null (e.g. Somaliland, N. Cyprus)
POLYGON_TYPES = ("Polygon", "MultiPolygon")
COUNTRIES = ("Syria", "Iraq")
UNDOF_KIND = "undof_zone"


@dataclass(frozen=True)
class Boundaries:
    """GeoJSON FeatureCollections: governorates, neighbouring countries, world countries."""

    admin1: dict
    region_countries: dict
    world_countries: dict
    # sha256 of the three files as read: a cheap, content-true key for caches.
    digest: str = field(default="", compare=False)


def _read_geojson(path: Path) -> dict:
    """Read one FeatureCollection, or raise DataError naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"{path}: file is missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot be read ({exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise DataError(f"{path}: not a GeoJSON FeatureCollection")
    features = data.get("features")
    if not isinstance(features, list) or not features:
        raise DataError(f"{path}: 'features' must be a non-empty list")
    return data


def _check_features(path: Path, data: dict, required: tuple[str, ...], nullable: set[str]) -> None:
    """Every feature has the required properties and a (Multi)Polygon geometry."""
    for i, feature in enumerate(data["features"]):
        here = f"{path}, feature {i}"
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            raise DataError(f"{here}: not a GeoJSON Feature")
        props = feature.get("properties")
        if not isinstance(props, dict):
            raise DataError(f"{here}: 'properties' missing")
        for key in required:
            value = props.get(key)
            if key not in props or (value is None and key not in nullable):
                raise DataError(f"{here}: property '{key}' missing")
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise DataError(f"{here}: property '{key}' must be a non-empty string")
        geometry = feature.get("geometry")
        if not isinstance(geometry, dict) or geometry.get("type") not in POLYGON_TYPES:
            raise DataError(f"{here} ({props.get(required[0])}): geometry must be a polygon")
        coords = geometry.get("coordinates")
        polys = [coords] if geometry["type"] == "Polygon" else coords
        if (
            not isinstance(polys, list)
            or not polys
            or not all(isinstance(p, list) and p and all(_is_ring(r) for r in p) for p in polys)
        ):
            raise DataError(f"{here} ({props.get(required[0])}): malformed polygon coordinates")


def _is_ring(ring: object) -> bool:
    return (
        isinstance(ring, list)
        and len(ring) >= 4
        and all(isinstance(p, list) and len(p) >= 2 for p in ring)
    )


def _check_admin1(path: Path, data: dict, csv_path: Path) -> None:
    """Country values, unique ids, and a one-to-one match with data/governorates.csv."""
    ids: list[str] = []
    for i, feature in enumerate(data["features"]):
        props = feature["properties"]
        if props["country"] not in COUNTRIES:
            raise DataError(
                f"{path}, feature {i}: country '{props['country']}' is not Syria or Iraq"
            )
        if props.get("kind") != UNDOF_KIND:
            ids.append(props["gov_id"])
    duplicates = sorted({g for g in ids if ids.count(g) > 1})
    if duplicates:
        raise DataError(f"{path}: duplicate gov_id {', '.join(duplicates)}")
    try:
        with csv_path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            if not reader.fieldnames or "gov_id" not in reader.fieldnames:
                raise DataError(f"{csv_path}: column 'gov_id' missing")
            csv_ids = [row["gov_id"] for row in reader]
    except FileNotFoundError:
        raise DataError(f"{csv_path}: file is missing") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataError(f"{csv_path}: cannot be read ({exc})") from None
    no_feature = sorted(set(csv_ids) - set(ids))
    no_row = sorted(set(ids) - set(csv_ids))
    if no_feature:
        raise DataError(f"{csv_path}: gov_id {', '.join(no_feature)} has no feature in {path}")
    if no_row:
        raise DataError(f"{path}: gov_id {', '.join(no_row)} has no row in {csv_path}")


def load_boundaries(
    geo_dir: Path | str = DEFAULT_GEO_DIR, governorates_csv: Path | str | None = None
) -> Boundaries:
    """Read and validate the three bundled GeoJSON files; raise DataError on any problem."""
    geo_dir = Path(geo_dir)
    csv_path = Path(governorates_csv) if governorates_csv else geo_dir.parent / GOVERNORATES_CSV
    admin1_path = geo_dir / ADMIN1_FILE
    admin1 = _read_geojson(admin1_path)
    _check_features(admin1_path, admin1, ADMIN1_REQUIRED, set())
    _check_admin1(admin1_path, admin1, csv_path)
    loaded = {}
    for name in (REGION_FILE, WORLD_FILE):
        path = geo_dir / name
        loaded[name] = _read_geojson(path)
        _check_features(path, loaded[name], COUNTRY_REQUIRED, {"iso3"})
    digest = hashlib.sha256()
    for path in (admin1_path, geo_dir / REGION_FILE, geo_dir / WORLD_FILE):
        digest.update(path.read_bytes())
    return Boundaries(admin1=admin1, region_countries=loaded[REGION_FILE],
                      world_countries=loaded[WORLD_FILE], digest=digest.hexdigest())


def _in_polygon(lon: float, lat: float, rings: list) -> bool:
    """Even-odd ray casting over the exterior ring and holes of one polygon."""
    inside = False
    for ring in rings:
        for (x1, y1, *_), (x2, y2, *_) in pairwise(ring):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


def feature_contains(feature: dict, lat: float, lon: float) -> bool:
    """True if (lat, lon) lies inside the feature's Polygon/MultiPolygon."""
    geometry = feature["geometry"]
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return any(_in_polygon(lon, lat, poly) for poly in polys)


def governorate_at(
    boundaries: Boundaries, lat: float, lon: float, include_undof: bool = False
) -> dict | None:
    """Properties of the governorate containing (lat, lon), or None (outside Syria/Iraq)."""
    for feature in boundaries.admin1["features"]:
        props = feature["properties"]
        if props.get("kind") == UNDOF_KIND and not include_undof:
            continue
        if feature_contains(feature, lat, lon):
            return props
    return None
