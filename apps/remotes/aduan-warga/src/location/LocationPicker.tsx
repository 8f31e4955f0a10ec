import { useLocale } from '@bas/sdk/react';
import { Button, Notice, TextField } from '@bas/ui/react';
import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react';
import type { Coordinates } from '../api/complaint.ts';
import { texts } from '../texts.ts';
import type { MapHandle } from './showMap.ts';

type MapState = 'closed' | 'loading' | 'shown' | 'unavailable';

/** Six decimals is about 10 cm: more digits would pretend to a precision no tap and no phone has. */
const rounded = ({ lat, lng }: Coordinates): Coordinates => ({
  lat: Math.round(lat * 1e6) / 1e6,
  lng: Math.round(lng * 1e6) / 1e6,
});

/**
 * Where it happened: a text field (street, landmark) that everyone can use and that is required unless a pin is
 * dropped, the device's location on request, and a map to tap on. The map is loaded when the citizen opens it,
 * and when its tiles cannot be reached it goes away with a message, leaving the text field.
 */
export function LocationPicker({
  id,
  value,
  onChange,
  error,
  coordinates,
  onCoordinates,
}: {
  /** The text field's id, for the error summary's link. */
  id: string;
  /** The street or landmark typed. */
  value: string;
  onChange(value: string): void;
  /** What is wrong with the text field; marks it invalid. */
  error: ReactNode;
  coordinates: Coordinates | undefined;
  onCoordinates(coordinates: Coordinates | undefined): void;
}) {
  const t = texts[useLocale()];
  const [mapState, setMapState] = useState<MapState>('closed');
  const [locating, setLocating] = useState<'locating' | 'refused' | 'failed'>();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapHandle>(undefined);
  const mapOpen = mapState === 'loading' || mapState === 'shown';
  const pick = useEffectEvent((picked: Coordinates) => onCoordinates(rounded(picked)));

  useEffect(() => {
    const element = container.current;
    if (!mapOpen || element === null) return;
    let cancelled = false;
    let handle: MapHandle | undefined;
    // Leaflet and its stylesheet load here, when the map is opened, and not with the app.
    import('./showMap.ts').then(
      ({ showMap }) => {
        if (cancelled) return;
        handle = showMap(element, { onPick: pick, onUnavailable: () => setMapState('unavailable') });
        map.current = handle;
        setMapState('shown');
      },
      // The map's own script did not arrive (the connection dropped): the same fallback as missing tiles.
      () => {
        if (!cancelled) setMapState('unavailable');
      },
    );
    return () => {
      cancelled = true;
      handle?.remove();
      map.current = undefined;
    };
  }, [mapOpen]);

  // The pin follows the coordinates, whether tapped, taken from the device or removed; also once the map shows.
  useEffect(() => {
    map.current?.setPin(coordinates);
  }, [coordinates, mapState]);

  const locate = () => {
    setLocating('locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(undefined);
        onCoordinates(rounded({ lat: coords.latitude, lng: coords.longitude }));
      },
      (failure) => setLocating(failure.code === failure.PERMISSION_DENIED ? 'refused' : 'failed'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  return (
    <div className="aduan-location">
      <TextField
        id={id}
        label={t.location}
        hint={t.locationHint}
        value={value}
        onChange={onChange}
        error={error}
        required={coordinates === undefined}
      />
      <div className="bas-actions">
        {'geolocation' in navigator && (
          <Button variant="secondary" onClick={locate} disabled={locating === 'locating'}>
            {t.useMyLocation}
          </Button>
        )}
        <Button variant="secondary" onClick={() => setMapState(mapOpen ? 'closed' : 'loading')}>
          {mapOpen ? t.hideMap : t.showMap}
        </Button>
      </div>
      {/* Announced as it changes: a pin taken from the device appears without the person looking at a map. */}
      <div role="status">
        {locating === 'locating' && <p className="bas-hint">{t.locating}</p>}
        {mapState === 'loading' && <p className="bas-hint">{t.mapLoading}</p>}
        {coordinates !== undefined && (
          <Notice tone="success">{t.pinned(coordinates.lat.toFixed(5), coordinates.lng.toFixed(5))}</Notice>
        )}
      </div>
      {coordinates !== undefined && (
        <p>
          <Button variant="secondary" onClick={() => onCoordinates(undefined)}>
            {t.removePin}
          </Button>
        </p>
      )}
      {locating === 'refused' && (
        <Notice tone="warning" role="alert">
          {t.locationRefused}
        </Notice>
      )}
      {locating === 'failed' && (
        <Notice tone="warning" role="alert">
          {t.locationFailed}
        </Notice>
      )}
      {mapState === 'unavailable' && (
        <Notice tone="warning" role="alert">
          {t.mapUnavailable}
        </Notice>
      )}
      {mapOpen && <div ref={container} role="region" aria-label={t.map} style={{ height: 300 }} />}
    </div>
  );
}
