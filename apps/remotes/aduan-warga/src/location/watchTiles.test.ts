import * as L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchTiles } from './watchTiles.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchTiles', () => {
  const watch = () => {
    const layer = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    const onUnavailable = vi.fn();
    watchTiles(layer, 10_000, onUnavailable);
    return { layer, onUnavailable };
  };

  it('gives up at the first failed tile when none has loaded', () => {
    const { layer, onUnavailable } = watch();
    layer.fire('tileerror').fire('tileerror');
    expect(onUnavailable).toHaveBeenCalledTimes(1);
  });

  it('gives up when no tile arrives in time, as on a network that drops the requests', () => {
    const { onUnavailable } = watch();
    vi.advanceTimersByTime(9_999);
    expect(onUnavailable).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onUnavailable).toHaveBeenCalledTimes(1);
  });

  it('keeps the map once a tile has loaded, whatever fails later', () => {
    const { layer, onUnavailable } = watch();
    layer.fire('tileload').fire('tileerror');
    vi.advanceTimersByTime(60_000);
    expect(onUnavailable).not.toHaveBeenCalled();
  });
});
