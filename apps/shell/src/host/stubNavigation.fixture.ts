import type { NavigationService } from '@bas/sdk';
import { vi } from 'vitest';

/** The shell's navigation as an app opened at /layanan/pengumuman sees it, with `navigate` and `openApp` to spy on. */
export const stubNavigation: NavigationService = {
  getLocation: () => ({ pathname: '/layanan/pengumuman', search: '', hash: '' }),
  subscribe: () => () => {},
  navigate: vi.fn(),
  openApp: vi.fn(),
  go: () => {},
};
