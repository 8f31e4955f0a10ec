import * as L from 'leaflet';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import type { Coordinates } from '../api/complaint.ts';
import { watchTiles } from './watchTiles.ts';

/** Kota Bogor's centre, around the Kebun Raya: where the map opens. */
const bogor: L.LatLngTuple = [-6.595, 106.797];
// The portal's CSP allows images from this origin only (apps/portal-server/src/securityHeaders.ts).
const tileUrl = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const attribution = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';
/** Long enough for a slow mobile network to bring its first tile. */
const tileTimeoutMs = 10_000;

// Leaflet finds its marker images through its stylesheet, which a bundle breaks; they are given here instead.
const pin = L.icon({
  iconUrl,
  iconRetinaUrl,
  shadowUrl,
  iconSize: [25, 41],
  iconAnchor: [12, 41],
  shadowSize: [41, 41],
});

/**
 * Leaflet's stylesheet, once per page. The shell loads an app's scripts only, so the app brings its CSS itself,
 * inline (the portal's CSP allows inline styles, and the stylesheet is then part of the approved script).
 */
function addStylesheet() {
  if (document.head.querySelector('style[data-aduan-warga="leaflet"]') !== null) return;
  const style = document.createElement('style');
  style.dataset.aduanWarga = 'leaflet';
  style.textContent = leafletCss;
  document.head.append(style);
}

export interface MapHandle {
  /** Moves the pin there and the map with it, or takes the pin away. */
  setPin(coordinates: Coordinates | undefined): void;
  remove(): void;
}

/**
 * A map of Kota Bogor with OpenStreetMap tiles in `element`: a tap reports where, through `onPick`; when the tiles
 * cannot be reached, `onUnavailable` says so once. Loaded only when the citizen opens the map (LocationPicker).
 */
export function showMap(
  element: HTMLElement,
  options: { onPick(coordinates: Coordinates): void; onUnavailable(): void },
): MapHandle {
  addStylesheet();
  const map = L.map(element, { center: bogor, zoom: 14 });
  const tiles = L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(map);
  const stopWatching = watchTiles(tiles, tileTimeoutMs, options.onUnavailable);
  map.on('click', ({ latlng }) => options.onPick({ lat: latlng.lat, lng: latlng.lng }));
  let marker: L.Marker | undefined;
  return {
    setPin(coordinates) {
      if (coordinates === undefined) {
        marker?.remove();
        marker = undefined;
        return;
      }
      // Not a tab stop: the pin is placed by tapping, and keyboard users have the text field.
      marker ??= L.marker(coordinates, { icon: pin, keyboard: false }).addTo(map);
      marker.setLatLng(coordinates);
      map.panTo(coordinates);
    },
    remove() {
      stopWatching();
      map.remove();
    },
  };
}
