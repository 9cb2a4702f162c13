"""GeoJSON geometry -> the same shapes on a coarser coordinate grid, for drawing.

A map of Syria and Iraq about 700 px wide shows some 2 km per pixel, a world map some 40 km, so
coordinates beyond 0.01 or 0.1 degree add bytes and triangles and nothing a reader can see.
Each point is rounded to the grid and points that then repeat are dropped (TopoJSON calls this
quantization); a ring left with fewer than four points keeps its original points, so no shape
is lost. The bundled files are not changed: this only thins what is sent to the browser.
"""

from __future__ import annotations

REGION_DIGITS = 2  # about 1 km: the Syria/Iraq map
WORLD_DIGITS = 1  # about 11 km: the world map


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
