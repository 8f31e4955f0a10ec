import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeAppHost } from './fakeAppHost.fixture.ts';
import { PrepareFirstOpening } from './PrepareFirstOpening.tsx';

describe('PrepareFirstOpening', () => {
  it('prepares the first opening once the shell is rendered and the page idle, before anyone opens an app', async () => {
    const apps = fakeAppHost();
    render(<PrepareFirstOpening apps={apps} />);
    expect(apps.warm).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(apps.warm).toHaveBeenCalledOnce(), { timeout: 6000 });
    expect(apps.preload).not.toHaveBeenCalled();
  }, 10_000);
});
