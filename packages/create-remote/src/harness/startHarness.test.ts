// @vitest-environment happy-dom
import { appBasePath, type RemoteContext } from '@bas/sdk';
import { checkRemoteHost } from '@bas/sdk/testing';
import { seedCatalog } from '@bas/manifest/seed';
import { beforeAll, describe, expect, it } from 'vitest';
import { startHarness } from './startHarness.ts';

const entry = seedCatalog().find((candidate) => candidate.id === 'pengumuman');
if (entry === undefined) throw new Error('the seed catalog lacks pengumuman');
let context: RemoteContext | undefined;
const mounted = () => {
  if (context === undefined) throw new Error('the harness did not mount the remote');
  return context;
};

beforeAll(async () => {
  await startHarness({
    entry,
    role: 'warga',
    remote: {
      mount(_element, given) {
        context = given;
        return () => {};
      },
    },
  });
});

describe('startHarness', () => {
  it('mounts the remote with a context that keeps the promises every host keeps', async () => {
    const switchLocale = (locale: string) =>
      [...document.querySelectorAll('button')]
        .find((button) => button.textContent === locale.toUpperCase())
        ?.click();
    expect(await checkRemoteHost(mounted(), { entry, basePath: appBasePath(entry), switchLocale })).toEqual(
      [],
    );
  });

  it("switches the app's language from the harness's language buttons, through the context", () => {
    const heard: string[] = [];
    const stop = mounted().locale.subscribe((locale) => heard.push(locale));
    const english = [...document.querySelectorAll('button')].find((button) => button.textContent === 'EN');
    english?.click();
    stop();
    expect(heard).toEqual(['en']);
    expect(mounted().locale.get()).toBe('en');
  });
});
