#!/usr/bin/env bash
# Copies the browser libraries the web workbench uses from their npm packages (versions pinned in
# package.json and package-lock.json here) into src/Athar.Web/wwwroot/vendor. The copies are committed, so a
# build never needs npm or a CDN; run this only to upgrade them:   bash scripts/web/vendor.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/src/Athar.Web/wwwroot/vendor"

npm ci --ignore-scripts --no-audit --no-fund --prefix "$here"
modules="$here/node_modules"

rm -rf "$out/leaflet" "$out/markercluster"
mkdir -p "$out/leaflet/images" "$out/markercluster"
cp "$modules/leaflet/dist/leaflet.js" "$modules/leaflet/dist/leaflet.css" "$out/leaflet/"
cp "$modules/leaflet/dist/images/"*.png "$out/leaflet/images/"
cp "$modules/leaflet/LICENSE" "$out/leaflet/LICENSE"
cp "$modules/leaflet.markercluster/dist/leaflet.markercluster.js" \
   "$modules/leaflet.markercluster/dist/MarkerCluster.css" \
   "$modules/leaflet.markercluster/dist/MarkerCluster.Default.css" "$out/markercluster/"
cp "$modules/leaflet.markercluster/MIT-LICENCE.txt" "$out/markercluster/LICENSE"
# The minified files point at source maps that are not shipped.
sed -i '/^\/\/# sourceMappingURL=/d' "$out/leaflet/leaflet.js" "$out/markercluster/leaflet.markercluster.js"
echo "vendored into $out:"
(cd "$out" && find . -type f | sort)
