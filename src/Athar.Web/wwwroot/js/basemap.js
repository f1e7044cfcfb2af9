// A Leaflet map over vector country outlines (Natural Earth, served by this server): no tile server.
/* global L */
import { t } from './i18n.js';

let outlines = null;
let leaflet = null;

/** Leaflet, loaded from this server the first time a page needs a map (the map page loads it up front). */
export function loadLeaflet() {
  leaflet ??= new Promise((resolve, reject) => {
    if (window.L) {
      resolve(window.L);
      return;
    }
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/vendor/leaflet/leaflet.css' }));
    const script = Object.assign(document.createElement('script'), { src: '/vendor/leaflet/leaflet.js' });
    script.addEventListener('load', () => resolve(window.L));
    script.addEventListener('error', () => reject(new Error('the map library did not load')));
    document.head.append(script);
  });
  return leaflet;
}

async function loadOutlines() {
  outlines ??= fetch('/data/middle-east.geojson').then((r) => (r.ok ? r.json() : null)).catch(() => null);
  return outlines;
}

/** A map in the element, centred on the Levant and Iraq, with the outlines drawn beneath everything. */
export async function createMap(element, { zoom = 5, center = [34.5, 40.5] } = {}) {
  await loadLeaflet();
  const map = L.map(element, { zoomControl: true, attributionControl: true, minZoom: 4, maxZoom: 14, preferCanvas: false, worldCopyJump: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(t('credit'));
  map.setView(center, zoom);
  const data = await loadOutlines();
  if (data) {
    const countries = L.geoJSON(data, { interactive: false, style: { className: 'country-outline', weight: 1 } });
    countries.addTo(map);
    const [west, south, east, north] = data.bbox;
    map.setMaxBounds([[south - 10, west - 20], [north + 10, east + 20]]);
  }
  return map;
}
