"""Coordinates thinned for drawing: closed rings, no shape lost, fewer bytes on the shipped maps."""

from __future__ import annotations

import json
from itertools import pairwise

from apptest_helpers import open_page

from charts.geometry import outline_segments, quantized, quantized_ring, thinned, vertex_count
from loaders import load_all


def test_ring_on_the_grid_stays_closed_and_drops_repeats():
    ring = [[36.1234, 33.5111], [36.1249, 33.5112], [36.2, 33.6], [36.3, 33.5], [36.1234, 33.5111]]
    out = quantized_ring(ring, 2)
    assert out[0] == out[-1] == [36.12, 33.51]
    assert len(out) == 4 and all(a != b for a, b in pairwise(out))


def test_a_ring_that_would_collapse_keeps_its_points():
    tiny = [[36.1201, 33.5101], [36.1202, 33.5102], [36.1203, 33.5101], [36.1201, 33.5101]]
    assert quantized_ring(tiny, 2) == tiny


def test_other_geometry_types_pass_through():
    point = {"type": "Point", "coordinates": [36.12345, 33.5]}
    assert quantized(point, 2) == point
    assert quantized(None, 2) is None


def test_shipped_boundaries_get_smaller_and_keep_every_feature():
    boundaries = load_all().boundaries
    for collection, digits in ((boundaries.admin1, 2), (boundaries.world_countries, 1)):
        features = collection["features"]
        thinned = [{**f, "geometry": quantized(f["geometry"], digits)} for f in features]
        assert len(thinned) == len(features)
        assert vertex_count(thinned) <= vertex_count(features)
        assert len(json.dumps(thinned)) < 0.9 * len(json.dumps(features))


def test_thinned_shipped_shapes_lose_most_points_and_stay_valid():
    from shapely.geometry import shape

    admin1 = load_all().boundaries.admin1["features"]
    thin = [{"geometry": thinned(f["geometry"], 0.01, 2)} for f in admin1]
    assert vertex_count(thin) < 0.6 * vertex_count(admin1)
    for before, after in zip(admin1, thin, strict=True):
        old, new = shape(before["geometry"]), shape(after["geometry"])
        assert new.is_valid or new.buffer(0).area > 0
        # every edge moves by at most the tolerance plus half the grid step (0.015 degrees)
        assert abs(new.area - old.area) <= old.length * 0.015


def test_thinned_returns_a_fresh_copy():
    ring = [[36.0, 33.0], [37.0, 33.0], [37.0, 34.0], [36.0, 34.0], [36.0, 33.0]]
    geometry = {"type": "Polygon", "coordinates": [ring]}
    first = thinned(geometry, 0.01, 2)
    first["coordinates"][0][0] = [0, 0]
    assert thinned(geometry, 0.01, 2)["coordinates"][0][0] == [36.0, 33.0]


def test_outline_segments_draw_a_shared_border_once():
    """Two squares sharing an edge give 7 edges, not 8; each edge is a from/to pair of the
    shapes' own points, and a repeated point makes no zero-length edge."""
    left = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}
    right = {"type": "MultiPolygon",
             "coordinates": [[[[1, 0], [2, 0], [2, 1], [1, 1], [1, 1], [1, 0]]]]}
    segments = outline_segments([{"geometry": left}, {"geometry": right}, {"geometry": None}])
    edges = {frozenset((tuple(s["s"]), tuple(s["t"]))) for s in segments}
    assert len(segments) == len(edges) == 7
    assert frozenset(((1, 0), (1, 1))) in edges
    assert all(s["s"] != s["t"] for s in segments)


def test_decks_outline_with_hairlines_not_the_geojson_paths():
    """No GeoJsonLayer of the two decks strokes its own outline (its PathLayer is the costly
    program in software WebGL); the outlines come as LineLayers of edges instead."""
    for page in ("pages/3_membership.py", "pages/4_map.py"):
        at = open_page(page)
        layers = json.loads(at.get("deck_gl_json_chart")[0].proto.json)["layers"]
        assert all(not layer.get("stroked", True) for layer in layers
                   if layer["@@type"] == "GeoJsonLayer"), page
        lines = [layer for layer in layers if layer["@@type"] == "LineLayer"]
        assert lines and all(len(layer["data"]) > 100 for layer in lines if
                             layer["id"] != "borders"), page
