#!/usr/bin/env python3
"""Builds the map background of the web workbench: Natural Earth country outlines (1:50m) clipped to the
Middle East, as a small GeoJSON file served by `athar serve` (no tile server is reachable, so no raster map).

Reads  ../shared/data/boundaries/natural-earth-world-atlas/countries-50m.json (npm world-atlas 2.0.2, TopoJSON)
Writes src/Athar.Web/wwwroot/data/middle-east.geojson
Run from the repository root:   python3 scripts/web/build_outlines.py
"""
import json
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SOURCE = os.path.join(ROOT, "..", "shared", "data", "boundaries", "natural-earth-world-atlas", "countries-50m.json")
TARGET = os.path.join(ROOT, "src", "Athar.Web", "wwwroot", "data", "middle-east.geojson")

# West, south, east, north: Algeria to Pakistan, the Horn of Africa to the Black Sea steppe: the box of the Middle
# East with a wide margin, so zoomed-out views show no cut edge nearby.
BOX = (2.0, 0.0, 80.0, 52.0)
DIGITS = 3  # about 100 m: finer than the 1:50m outlines themselves


def decode_arcs(topology):
    """TopoJSON arcs: delta-encoded quantised positions, turned back into longitude/latitude."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    """A ring from arc indexes; ~i means arc i reversed; consecutive arcs share their joining point."""
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def clip(points, box):
    """Sutherland-Hodgman clipping of a closed ring to the box (a convex clip region)."""
    west, south, east, north = box
    edges = [
        (lambda p: p[0] >= west, lambda a, b: cut_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: cut_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: cut_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: cut_y(a, b, north)),
    ]
    for inside, cut in edges:
        if not points:
            break
        result = []
        prev = points[-1]
        for cur in points:
            if inside(cur):
                if not inside(prev):
                    result.append(cut(prev, cur))
                result.append(cur)
            elif inside(prev):
                result.append(cut(prev, cur))
            prev = cur
        points = result
    return points


def cut_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def cut_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def rounded(points):
    out = []
    for x, y in points:
        p = [round(x, DIGITS), round(y, DIGITS)]
        if not out or out[-1] != p:
            out.append(p)
    if len(out) >= 3 and out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def polygons(geometry):
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return geometry["arcs"]
    return []


def main():
    if not os.path.exists(SOURCE):
        sys.exit(f"not found: {SOURCE} (the Natural Earth world atlas in ../shared/data)")
    with open(SOURCE, encoding="utf-8") as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        parts = []
        for polygon in polygons(geometry):
            rings = [rounded(clip(ring(arcs, r), BOX)) for r in polygon]
            if rings and rings[0]:
                parts.append([r for r in rings if r])
        if parts:
            features.append({
                "type": "Feature",
                "id": geometry.get("id"),
                "properties": {"name": geometry.get("properties", {}).get("name")},
                "geometry": {"type": "MultiPolygon", "coordinates": parts},
            })
    features.sort(key=lambda f: f["properties"]["name"] or "")
    collection = {
        "type": "FeatureCollection",
        "bbox": list(BOX),
        "source": "Natural Earth 1:50m admin-0 countries (public domain) via npm world-atlas 2.0.2 (ISC)",
        "features": features,
    }
    os.makedirs(os.path.dirname(TARGET), exist_ok=True)
    with open(TARGET, "w", encoding="utf-8") as f:
        json.dump(collection, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"{TARGET}: {len(features)} countries, {os.path.getsize(TARGET):,} bytes")


if __name__ == "__main__":
    main()
