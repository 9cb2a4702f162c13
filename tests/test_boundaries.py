"""Tests for the bundled boundaries (data/geo/), loaders.boundaries and the TopoJSON decoder."""

from __future__ import annotations

import csv
import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from loaders.boundaries import (
    ADMIN1_FILE,
    DEFAULT_GEO_DIR,
    REGION_FILE,
    WORLD_FILE,
    Boundaries,
    governorate_at,
    load_boundaries,
)
from loaders.errors import DataError

ROOT = Path(__file__).resolve().parents[1]
GOVERNORATES_CSV = ROOT / "data" / "governorates.csv"


@pytest.fixture(scope="module")
def boundaries() -> Boundaries:
    """The real bundled boundaries, loaded once."""
    return load_boundaries()


def _governorates(b: Boundaries) -> list[dict]:
    return [f for f in b.admin1["features"] if f["properties"]["kind"] == "governorate"]


def _bbox(geometry: dict) -> tuple[float, float, float, float]:
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    xs = [p[0] for poly in polys for ring in poly for p in ring]
    ys = [p[1] for poly in polys for ring in poly for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def _copy_data(tmp_path: Path) -> Path:
    """Copy data/geo and data/governorates.csv into tmp_path; return the geo folder."""
    geo = tmp_path / "geo"
    shutil.copytree(DEFAULT_GEO_DIR, geo)
    shutil.copy(GOVERNORATES_CSV, tmp_path / "governorates.csv")
    return geo


def test_files_load(boundaries: Boundaries) -> None:
    """All three GeoJSON files load as non-empty FeatureCollections."""
    for fc in (boundaries.admin1, boundaries.region_countries, boundaries.world_countries):
        assert fc["type"] == "FeatureCollection"
        assert fc["features"]


def test_governorate_counts(boundaries: Boundaries) -> None:
    """14 Syrian and 18 Iraqi governorates, plus exactly one flagged UNDOF zone."""
    govs = _governorates(boundaries)
    assert sum(f["properties"]["country"] == "Syria" for f in govs) == 14
    assert sum(f["properties"]["country"] == "Iraq" for f in govs) == 18
    undof = [f for f in boundaries.admin1["features"] if f["properties"]["kind"] == "undof_zone"]
    assert len(undof) == 1


def test_gov_ids_are_iso_and_kirkuk_fixed(boundaries: Boundaries) -> None:
    """gov_ids are ISO 3166-2 style, Kirkuk is IQ-KI and no HASC 'IQ-TS' remains."""
    ids = {f["properties"]["gov_id"] for f in _governorates(boundaries)}
    assert "IQ-KI" in ids and "IQ-TS" not in ids
    assert all(i[:3] in ("SY-", "IQ-") and "." not in i for i in ids)


def test_admin1_bboxes_inside_region(boundaries: Boundaries) -> None:
    """Every admin-1 feature's bbox lies inside lat 29-38, lon 35-49."""
    for f in boundaries.admin1["features"]:
        west, south, east, north = _bbox(f["geometry"])
        assert west >= 35 and east <= 49, f["properties"]["gov_id"]
        assert south >= 29 and north <= 38, f["properties"]["gov_id"]


def test_csv_matches_features(boundaries: Boundaries) -> None:
    """governorates.csv has one row per governorate, and its point lies in that polygon."""
    with GOVERNORATES_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 32
    for row in rows:
        props = governorate_at(boundaries, float(row["lat"]), float(row["lon"]))
        assert props is not None and props["gov_id"] == row["gov_id"], row["gov_id"]
        expected_source = "wikipedia_governorates_" + row["gov_id"][:2].lower()
        assert row["name_ar"] and row["source_id"] == expected_source, row["gov_id"]


def test_cities_fall_in_their_governorates(boundaries: Boundaries) -> None:
    """Mosul lies in Ninewa and Raqqa city in Raqqa governorate; a point in Jordan in none."""
    assert governorate_at(boundaries, 36.335, 43.119)["name_en"] == "Ninewa"
    assert governorate_at(boundaries, 35.953, 39.008)["name_en"] == "Raqqa"
    assert governorate_at(boundaries, 31.95, 35.93) is None  # Amman


def test_world_countries_have_iso3(boundaries: Boundaries) -> None:
    """World has ISO3 codes (TWN, XKX, small BHR/SGP) and the region file has the neighbours."""
    world = {f["properties"]["iso3"] for f in boundaries.world_countries["features"]}
    assert {"SYR", "IRQ", "TWN", "XKX", "USA", "BHR", "SGP"} <= world
    region = {f["properties"]["iso3"] for f in boundaries.region_countries["features"]}
    assert {"SYR", "IRQ", "TUR", "IRN", "JOR", "LBN", "ISR", "SAU", "KWT"} <= region


def test_malformed_file_raises_data_error(tmp_path: Path) -> None:
    """A file that is not valid JSON raises DataError naming the file."""
    geo = _copy_data(tmp_path)
    (geo / REGION_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match=REGION_FILE):
        load_boundaries(geo)


def test_missing_file_raises_data_error(tmp_path: Path) -> None:
    """A missing GeoJSON file raises DataError naming the file."""
    geo = _copy_data(tmp_path)
    (geo / WORLD_FILE).unlink()
    with pytest.raises(DataError, match=WORLD_FILE):
        load_boundaries(geo)


def test_feature_without_name_ar_raises(tmp_path: Path) -> None:
    """An admin-1 feature lacking name_ar raises DataError naming file and property."""
    geo = _copy_data(tmp_path)
    data = json.loads((geo / ADMIN1_FILE).read_text(encoding="utf-8"))
    del data["features"][3]["properties"]["name_ar"]
    (geo / ADMIN1_FILE).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError, match=rf"{ADMIN1_FILE}.*name_ar"):
        load_boundaries(geo)


def test_csv_row_without_feature_raises(tmp_path: Path) -> None:
    """A governorate feature with no row in governorates.csv raises DataError."""
    geo = _copy_data(tmp_path)
    csv_path = tmp_path / "governorates.csv"
    lines = csv_path.read_text(encoding="utf-8").splitlines(keepends=True)
    csv_path.write_text("".join(line for line in lines if not line.startswith("IQ-NI,")))
    with pytest.raises(DataError, match="IQ-NI"):
        load_boundaries(geo)


def _build_geo_module():
    spec = importlib.util.spec_from_file_location("build_geo", ROOT / "tools" / "build_geo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_topojson_decoder_on_tiny_topology() -> None:
    """Two quantized, delta-encoded squares sharing one (reversed) arc decode exactly."""
    build_geo = _build_geo_module()
    topology = {
        "type": "Topology",
        "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
        "arcs": [
            [[2, 0], [0, 2]],  # shared edge (2,0)->(2,2)
            [[2, 2], [-2, 0], [0, -2], [2, 0]],  # (2,2)->(0,2)->(0,0)->(2,0)
            [[2, 0], [2, 0], [0, 2], [-2, 0]],  # (2,0)->(4,0)->(4,2)->(2,2)
        ],
        "objects": {
            "shapes": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "id": "L", "properties": {"n": 1}, "arcs": [[0, 1]]},
                    {"type": "Polygon", "id": "R", "arcs": [[2, ~0]]},
                    {"type": "Point", "id": "P", "coordinates": [4, 2]},
                ],
            }
        },
    }
    fc = build_geo.feature_collection(topology, "shapes")
    left, right, point = fc["features"]
    assert left["id"] == "L" and left["properties"] == {"n": 1}
    assert left["geometry"] == {
        "type": "Polygon",
        "coordinates": [[[11, 20], [11, 21], [10, 21], [10, 20], [11, 20]]],
    }
    assert right["geometry"]["coordinates"] == [[[11, 20], [12, 20], [12, 21], [11, 21], [11, 20]]]
    assert point["geometry"] == {"type": "Point", "coordinates": [12, 21]}
