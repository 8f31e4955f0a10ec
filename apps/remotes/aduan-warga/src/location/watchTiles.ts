import type { TileLayer } from 'leaflet';

/**
 * Calls `onUnavailable` once if the tile server is out of reach: a tile fails before any has loaded, or none has
 * loaded within `timeoutMs` (a network that drops the requests: a firewall, a captive portal, no internet). Once
 * one tile has loaded the server is reachable, and a tile failing later does not take the map away. Returns a
 * function that stops watching.
 */
export function watchTiles(
  layer: Pick<TileLayer, 'on' | 'off'>,
  timeoutMs: number,
  onUnavailable: () => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined = undefined;
  const stop = () => {
    clearTimeout(timer);
    layer.off('tileload', stop).off('tileerror', fail);
  };
  const fail = () => {
    stop();
    onUnavailable();
  };
  timer = setTimeout(fail, timeoutMs);
  layer.on('tileload', stop).on('tileerror', fail);
  return stop;
}
