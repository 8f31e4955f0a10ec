import { afterEach, describe, expect, it, vi } from 'vitest';
import { showApp } from './appOnScreen.ts';
import { startOpen } from './startOpen.ts';
import { whenSampled } from './whenSampled.ts';

vi.mock('./whenSampled.ts', () => ({ whenSampled: vi.fn() }));

afterEach(() => vi.mocked(whenSampled).mockClear());

describe('showApp', () => {
  it('leaves the monitoring to the end of the opening, so its code never arrives while the app loads', () => {
    const hide = showApp('pbb', '/layanan/pbb');
    const open = startOpen('pbb');
    expect(whenSampled).not.toHaveBeenCalled();
    open.mounted();
    expect(whenSampled).toHaveBeenCalledTimes(1);
    hide();
  });
});
