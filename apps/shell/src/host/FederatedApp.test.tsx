import type { RemoteModule } from '@bas/sdk';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agencyAuth } from '../auth/shellAuth.ts';
import { pengumumanEntry } from '../catalog/pengumumanEntry.fixture.ts';
import { ShellError, type ShellErrorCode } from '../errors/ShellError.ts';
import type { RumSample } from '../rum/RumSample.ts';
import type { AppHost } from './appHost.ts';
import { FederatedApp } from './FederatedApp.tsx';
import { ShellServicesContext } from './ShellServicesContext.ts';
import { stubNavigation } from './stubNavigation.fixture.ts';
import { appHostOpening } from './fakeAppHost.fixture.ts';

vi.mock('../telemetry/shellTelemetry.ts', () => ({ shellTelemetry: { record: vi.fn(), flush: vi.fn() } }));
// A sampled page view, whose samples are kept here rather than sent.
const samples = vi.hoisted(() => [] as RumSample[]);
vi.mock('../rum/whenSampled.ts', () => ({
  whenSampled: (withRum: (rum: { record(sample: RumSample): void }) => void) =>
    withRum({ record: (sample) => samples.push(sample) }),
}));

const entry = pengumumanEntry;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const greeting: RemoteModule = {
  mount(element) {
    element.textContent = 'Halo';
    return () => {
      element.textContent = '';
    };
  },
};

/** The app page's way of opening: a new key, so a new opening, for every retry. */
function Harness({ apps, bind }: { apps: AppHost; bind?: () => Promise<boolean> }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <ShellServicesContext
      value={{
        navigation: stubNavigation,
        authFor: agencyAuth,
        bind: bind ?? (() => Promise.resolve(true)),
        apps,
      }}
    >
      <FederatedApp
        key={attempt}
        entry={entry}
        timeoutMs={8000}
        onRetry={() => setAttempt((count) => count + 1)}
      />
    </ShellServicesContext>
  );
}

afterEach(() => {
  cleanup();
  samples.length = 0;
  vi.restoreAllMocks();
});

describe('FederatedApp, as real-user monitoring counts it', () => {
  it('reports an opening that mounted, with the milliseconds it took', async () => {
    render(<Harness apps={appHostOpening([greeting], 40)} />);
    await screen.findByText('Halo');
    expect(samples).toEqual([
      { appId: 'pengumuman', metric: 'open', outcome: 'mounted', ms: expect.any(Number) },
    ]);
    const { ms } = samples[0] as { ms: number };
    expect(ms).toBeGreaterThanOrEqual(35);
    expect(ms).toBeLessThan(5000);
  });

  it.each<[ShellErrorCode, string]>([
    ['REMOTE_TIMEOUT', 'timeout'],
    ['REMOTE_UNREACHABLE', 'network'],
    ['REMOTE_CIRCUIT_OPEN', 'network'],
    ['REMOTE_INTEGRITY', 'integrity'],
    ['REMOTE_NOT_ALLOWED', 'integrity'],
    ['REMOTE_SDK_INCOMPATIBLE', 'sdk-version'],
    ['REMOTE_CONTRACT', 'mount-error'],
  ])('reports an opening that failed with %s as %s', async (code, cause) => {
    render(<Harness apps={appHostOpening([new ShellError(code, 'failed')])} />);
    await screen.findByRole('alert');
    expect(samples).toEqual([
      { appId: 'pengumuman', metric: 'open', outcome: 'failed', cause, ms: expect.any(Number) },
    ]);
  });

  it('reports an app that throws while mounting as a mount error', async () => {
    const throwing: RemoteModule = {
      mount() {
        throw new Error('boom');
      },
    };
    render(<Harness apps={appHostOpening([throwing])} />);
    await screen.findByRole('alert');
    expect(samples).toMatchObject([{ outcome: 'failed', cause: 'mount-error' }]);
  });

  it('reports an auth frame that did not answer as the network failing', async () => {
    const bind = () =>
      Promise.reject(new ShellError('AUTH_FRAME_UNAVAILABLE', 'The auth frame did not answer.'));
    render(<Harness apps={appHostOpening([greeting])} bind={bind} />);
    await screen.findByRole('alert');
    expect(samples).toMatchObject([{ outcome: 'failed', cause: 'network' }]);
  });

  it("reports an app area that fails to render as a render error, from the shell's error boundary", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const apps = {
      ...appHostOpening([greeting]),
      localBuildOf: () => {
        throw new Error('render failed');
      },
    };
    render(<Harness apps={apps} />);
    await screen.findByRole('alert');
    expect(samples).toMatchObject([{ outcome: 'failed', cause: 'render-error' }]);
  });

  it('counts a retry as another opening, and a crash once mounted as none', async () => {
    let report: (error: unknown) => void = () => {};
    const crashesLater: RemoteModule = {
      mount(element, context) {
        report = context.reportError;
        element.textContent = 'Halo';
        return () => {};
      },
    };
    render(<Harness apps={appHostOpening([new ShellError('REMOTE_UNREACHABLE', 'down'), crashesLater])} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Coba lagi' }));
    await screen.findByText('Halo');
    report(new Error('render failed'));
    await screen.findByRole('alert');
    expect(samples).toMatchObject([{ outcome: 'failed', cause: 'network' }, { outcome: 'mounted' }]);
  });

  it('reports nothing for an opening the person left before it ended', async () => {
    const view = render(<Harness apps={appHostOpening([greeting], 30)} />);
    view.unmount();
    await wait(60);
    expect(samples).toEqual([]);
  });
});
