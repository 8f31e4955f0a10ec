import type { EvidenceService } from '@bas/manifest/evidence';
import { describe, expect, it } from 'vitest';
import { screenPlan } from '../src/screenPlan.ts';
import { evidenceFixture } from './evidenceFixture.ts';

const portal = new URL('https://bas.kotabogor.go.id');
const base = evidenceFixture.services.find((service) => service.id === 'aduan-warga') as EvidenceService;
const caption = (id: string) => ({ id, en: id });

/** A service of `kind` at `route`, with its own address `standalone` and the screens its entry declares. */
function service(
  kind: EvidenceService['kind'],
  standalone: string | null,
  screens?: { path: string; caption: { id: string; en: string } }[],
): EvidenceService {
  return {
    ...base,
    id: 'contoh',
    name: { id: 'Layanan Contoh', en: 'Sample Service' },
    kind,
    url: { portal: '/layanan/contoh', standalone },
    ...(screens === undefined ? {} : { screens }),
  };
}

describe('screenPlan', () => {
  it("takes a federated app's start page in the portal when its entry declares no screens", () => {
    for (const none of [undefined, []]) {
      expect(screenPlan(service('federated', null, none), portal)).toEqual([
        {
          n: 1,
          path: '',
          caption: {
            id: 'Halaman awal Layanan Contoh di portal BAS',
            en: 'Sample Service: its start page in the BAS portal',
          },
          via: 'portal',
          url: 'https://bas.kotabogor.go.id/layanan/contoh',
        },
      ]);
    }
  });

  it("takes a federated app's declared screens at their paths in the portal, as the shell's appPath puts them", () => {
    const plan = screenPlan(
      service('federated', 'https://contoh.kotabogor.go.id/', [
        { path: '', caption: caption('Daftar') },
        { path: 'baru?jenis=ktp-el', caption: caption('Formulir KTP-el') },
        { path: '?kategori=penerangan', caption: caption('Lampu jalan') },
      ]),
      portal,
    );
    expect(plan.map(({ n, via, url, caption: { id } }) => ({ n, via, url, id }))).toEqual([
      { n: 1, via: 'portal', url: 'https://bas.kotabogor.go.id/layanan/contoh', id: 'Daftar' },
      {
        n: 2,
        via: 'portal',
        url: 'https://bas.kotabogor.go.id/layanan/contoh/baru?jenis=ktp-el',
        id: 'Formulir KTP-el',
      },
      {
        n: 3,
        via: 'portal',
        url: 'https://bas.kotabogor.go.id/layanan/contoh?kategori=penerangan',
        id: 'Lampu jalan',
      },
    ]);
    expect(plan.every((screen) => screen.problem === undefined)).toBe(true);
  });

  it('keeps a portal that lives under a path', () => {
    const [screen] = screenPlan(
      service('federated', null, [{ path: 'status/1', caption: caption('Status') }]),
      new URL('https://kotabogor.go.id/bas'),
    );
    expect(screen?.url).toBe('https://kotabogor.go.id/bas/layanan/contoh/status/1');
  });

  it('opens an iframe app in the portal, and sends its frame to a declared path under its own address', () => {
    expect(screenPlan(service('iframe', 'https://izin.kotabogor.go.id/tpu'), portal)).toMatchObject([
      { n: 1, via: 'portal', url: 'https://bas.kotabogor.go.id/layanan/contoh' },
    ]);
    const plan = screenPlan(
      service('iframe', 'https://izin.kotabogor.go.id/tpu', [
        { path: '', caption: caption('Petak') },
        { path: 'ajukan', caption: caption('Formulir') },
        { path: '?id=7', caption: caption('Cek') },
      ]),
      portal,
    );
    expect(plan.map(({ url, frameUrl }) => ({ url, frameUrl }))).toEqual([
      { url: 'https://bas.kotabogor.go.id/layanan/contoh', frameUrl: undefined },
      {
        url: 'https://bas.kotabogor.go.id/layanan/contoh',
        frameUrl: 'https://izin.kotabogor.go.id/tpu/ajukan',
      },
      {
        url: 'https://bas.kotabogor.go.id/layanan/contoh',
        frameUrl: 'https://izin.kotabogor.go.id/tpu?id=7',
      },
    ]);
  });

  it("takes a link app's own page directly, outside the portal, with or without declared screens", () => {
    expect(screenPlan(service('link', 'https://spse.inaproc.id/kotabogor'), portal)).toMatchObject([
      { n: 1, via: 'direct', url: 'https://spse.inaproc.id/kotabogor' },
    ]);
    const plan = screenPlan(
      service('link', 'https://spse.inaproc.id/kotabogor', [
        { path: '', caption: caption('Beranda') },
        { path: 'lelang', caption: caption('Lelang') },
      ]),
      portal,
    );
    expect(plan.map(({ via, url }) => ({ via, url }))).toEqual([
      { via: 'direct', url: 'https://spse.inaproc.id/kotabogor' },
      { via: 'direct', url: 'https://spse.inaproc.id/kotabogor/lelang' },
    ]);
  });

  it('never plans to open a path that leaves the app, or an address that is no web page', () => {
    const leaving = [{ path: '../cek-izin', caption: caption('Keluar') }];
    expect(screenPlan(service('federated', null, leaving), portal)).toMatchObject([
      {
        url: 'https://bas.kotabogor.go.id/layanan/contoh',
        problem: 'jalurnya "../cek-izin" keluar dari aplikasinya',
      },
    ]);
    expect(
      screenPlan(
        service('link', 'https://x.kotabogor.go.id/a/', [{ path: '//evil.test/', caption: caption('x') }]),
        portal,
      ),
    ).toMatchObject([{ problem: 'jalurnya "//evil.test/" keluar dari aplikasinya' }]);
    expect(
      screenPlan(
        service('iframe', 'https://x.kotabogor.go.id/tpu/', [{ path: '%2e%2e/b', caption: caption('x') }]),
        portal,
      ),
    ).toMatchObject([{ problem: expect.stringContaining('keluar dari aplikasinya') }]);
    expect(screenPlan(service('link', 'javascript:alert(1)'), portal)).toMatchObject([
      { via: 'direct', problem: 'alamatnya "javascript:alert(1)" bukan alamat web (http atau https)' },
    ]);
  });
});
