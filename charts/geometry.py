"""GeoJSON geometry -> the same shapes with fewer points, for drawing.

A map of Syria and Iraq about 700 px wide shows some 2 km per pixel, a world map some 40 km, so
detail finer than about a pixel adds bytes and triangles (which the browser tessellates and
draws, in software on a machine without a GPU) and nothing a reader can see. Shapes are first
simplified (shapely's topology-preserving Douglas-Peucker, a tolerance under a pixel), then
put on a grid of 10**-digits degrees with repeated points dropped (TopoJSON's quantization); a
ring that would collapse keeps its points, so no shape is lost. The bundled files are not
changed: this only thins what is sent to the browser.
"""

from __future__ import annotations

import itertools
import json
from functools import lru_cache

import pydeck as pdk
from shapely.geometry import mapping, shape

REGION_DIGITS = 2  # about 1 km: the Syria/Iraq map
REGION_TOLERANCE = 0.01  # degrees, about 1 km: half a pixel of the map
NEIGHBOUR_TOLERANCE = 0.02  # the grey countries around, context only
WORLD_DIGITS = 1  # about 11 km: the world map
WORLD_TOLERANCE = 0.1  # about a quarter of a pixel of the world map


def thinned(geometry: dict | None, tolerance: float, digits: int) -> dict | None:
    """Simplified within tolerance degrees, then quantized to digits (see the module note)."""
    if not geometry or geometry.get("type") not in ("Polygon", "MultiPolygon"):
        return quantized(geometry, digits)
    return quantized(_simplified(json.dumps(geometry, sort_keys=True), tolerance), digits)


@lru_cache(maxsize=1024)
def _simplified_cached(text: str, tolerance: float) -> str:
    simple = shape(json.loads(text)).simplify(tolerance, preserve_topology=True)
    return json.dumps(mapping(simple))


def _simplified(text: str, tolerance: float) -> dict:
    """A fresh dict each call (callers may change it); the work is done once per shape."""
    result = json.loads(_simplified_cached(text, tolerance))
    if not result.get("coordinates"):
        return json.loads(text)
    return result


def quantized_ring(ring: list, digits: int) -> list:
    points = []
    for x, y, *_ in ring:
        point = [round(x, digits), round(y, digits)]
        if not points or point != points[-1]:
            points.append(point)
    if len(points) < 4 or points[0] != points[-1]:
        if len(points) >= 3 and points[0] != points[-1]:
            points.append(points[0])
        if len(points) < 4:
            return [list(point[:2]) for point in ring]
    return points


def quantized(geometry: dict | None, digits: int) -> dict | None:
    """Polygon and MultiPolygon on a grid of 10**-digits degrees; other types unchanged."""
    if not geometry:
        return geometry
    kind = geometry.get("type")
    if kind == "Polygon":
        return {"type": kind, "coordinates": [quantized_ring(r, digits)
                                              for r in geometry["coordinates"]]}
    if kind == "MultiPolygon":
        return {"type": kind, "coordinates": [[quantized_ring(r, digits) for r in polygon]
                                              for polygon in geometry["coordinates"]]}
    if kind == "MultiLineString":
        return {"type": kind, "coordinates": [
            [[round(x, digits), round(y, digits)] for x, y, *_ in line]
            for line in geometry["coordinates"]]}
    return geometry


def vertex_count(features: list[dict]) -> int:
    def count(geometry):
        if not geometry:
            return 0
        coords = geometry.get("coordinates", [])
        if geometry["type"] == "Polygon":
            return sum(len(r) for r in coords)
        if geometry["type"] == "MultiPolygon":
            return sum(len(r) for polygon in coords for r in polygon)
        if geometry["type"] == "MultiLineString":
            return sum(len(line) for line in coords)
        return 0
    return sum(count(feature.get("geometry")) for feature in features)


def _lines(geometry: dict | None):
    """The rings or lines of a (Multi)Polygon or (Multi)LineString, as lists of points."""
    kind = (geometry or {}).get("type")
    coords = (geometry or {}).get("coordinates", [])
    if kind == "Polygon" or kind == "MultiLineString":
        yield from coords
    elif kind == "MultiPolygon":
        for polygon in coords:
            yield from polygon
    elif kind == "LineString":
        yield coords


def outline_segments(features: list[dict]) -> list[dict]:
    """Every edge of the features' outlines once ({"s": [x, y], "t": [x, y]}), for deck.gl's
    LineLayer: an edge two shapes share (a border) is drawn once, not twice.

    Outlines go to a LineLayer rather than the GeoJsonLayer's own PathLayer because, in
    software WebGL, the PathLayer's mitred-joint shader costs about twice as much CPU per
    drawing (bench/README.md, "Where the time goes"); hairlines a pixel wide need no joints."""
    seen, segments = set(), []
    for feature in features:
        for line in _lines(feature.get("geometry")):
            for a, b in itertools.pairwise(line):
                start, end = tuple(a[:2]), tuple(b[:2])
                if start == end or (start, end) in seen or (end, start) in seen:
                    continue
                seen.add((start, end))
                segments.append({"s": list(start), "t": list(end)})
    return segments


def outline_layer(features: list[dict], layer_id: str, color: list[int],
                  width: float) -> pdk.Layer:
    """The features' outlines (outline_segments) as a LineLayer of hairlines width pixels
    wide, not pickable: what every deck draws instead of a GeoJsonLayer's own stroke."""
    return pdk.Layer("LineLayer", outline_segments(features), id=layer_id, pickable=False,
                     get_source_position="s", get_target_position="t", get_color=color,
                     get_width=width, width_units="'pixels'")
