import { createRemoteContext } from '@bas/sdk';
import { checkRemoteHost } from '@bas/sdk/testing';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { agencyAuth } from '../auth/shellAuth.ts';
import { pengumumanEntry as entry } from '../catalog/pengumumanEntry.fixture.ts';
import { useLocaleStore } from '../i18n/localeStore.ts';
import { useNotices } from '../notices/noticeStore.ts';
import { createNavigationService } from './createNavigationService.ts';
import { createShellHost } from './createShellHost.ts';

const telemetry = vi.hoisted(() => ({ record: vi.fn(), flush: vi.fn() }));
vi.mock('../telemetry/shellTelemetry.ts', () => ({ shellTelemetry: telemetry }));

describe('createShellHost', () => {
  const router = createMemoryRouter([{ path: '*', element: null }], {
    initialEntries: ['/layanan/pengumuman'],
  });
  const navigation = createNavigationService(router, () => Promise.resolve(undefined));
  const context = createRemoteContext(
    entry,
    createShellHost({ navigation, authFor: agencyAuth }, entry.agency, () => {}),
  );

  it('keeps the promises every host keeps', async () => {
    const switchLocale = useLocaleStore.getState().setLocale;
    expect(await checkRemoteHost(context, { entry, basePath: '/layanan/pengumuman', switchLocale })).toEqual(
      [],
    );
  });

  it("shows the app's notices and sends its telemetry under the app's own id", () => {
    context.notifications.toast('Permohonan terkirim', { tone: 'success' });
    expect(useNotices.getState().toasts.at(-1)).toMatchObject({
      appId: 'pengumuman',
      message: 'Permohonan terkirim',
    });
    context.telemetry.error(new Error('API mati'), { langkah: 2 });
    expect(telemetry.record).toHaveBeenLastCalledWith(
      expect.objectContaining({
        appId: 'pengumuman',
        kind: 'error',
        name: 'Error',
        data: { langkah: 2, message: 'API mati' },
      }),
    );
  });
});
