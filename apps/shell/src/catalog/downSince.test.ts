import { describe, expect, it } from 'vitest';
import { downSince } from './downSince.ts';
import { pengumumanEntry } from './pengumumanEntry.fixture.ts';

describe('downSince', () => {
  it('reads when the monitor found the app down', () => {
    const since = '2026-12-02T03:42:00.000Z';
    expect(downSince({ ...pengumumanEntry, availability: { status: 'down', since } } as never)).toBe(since);
  });

  it('takes nothing from an entry without it, or with a value of another shape', () => {
    expect(downSince(pengumumanEntry)).toBeUndefined();
    for (const availability of [
      { status: 'up', since: '2026-12-02T03:42:00Z' },
      { status: 'down' },
      'down',
      null,
    ])
      expect(downSince({ ...pengumumanEntry, availability } as never)).toBeUndefined();
    expect(
      downSince({ ...pengumumanEntry, availability: { status: 'down', since: 'kemarin' } } as never),
    ).toBe(undefined);
  });
});
