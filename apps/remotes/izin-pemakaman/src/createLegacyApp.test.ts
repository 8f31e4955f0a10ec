import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLegacyApp } from './createLegacyApp.ts';

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer(createLegacyApp());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const apply = (fields: Record<string, string>) =>
  fetch(`${origin}/ajukan`, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
const valid = {
  cemetery: 'dreded',
  deceased: 'H. Ahmad Suryana',
  dateOfDeath: '2027-03-02',
  applicant: 'Dewi Suryana',
  nik: '3271010101010001',
};

describe('Izin Pemakaman TPU, the legacy app', () => {
  it('lists cemeteries with their free plots and tells the portal its height', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    expect(html).toContain('<td>TPU Dreded</td><td>Bogor Selatan</td><td>41</td>');
    expect(html).toContain('<td>TPU Kayu Manis</td><td>Tanah Sareal</td><td>Penuh</td>');
    expect(html).toContain("type: 'bas:resize'");
  });

  it('files an application and redirects to its receipt', async () => {
    const response = await apply(valid);
    expect(response.status).toBe(303);
    const receipt = await (await fetch(new URL(response.headers.get('location') ?? '', origin))).text();
    expect(receipt).toContain('Permohonan TPU-00001');
    expect(receipt).toContain('<strong>H. Ahmad Suryana</strong> di TPU Dreded');
    expect(receipt).toContain('NIK …0001');
  });

  it('shows the form again with the errors and what was typed, escaped', async () => {
    const response = await apply({ ...valid, nik: '123', deceased: '<script>x</script>' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('NIK pemohon harus 16 angka.');
    expect(html).toContain('value="&lt;script&gt;x&lt;/script&gt;"');
    expect(html).not.toContain('<script>x</script>');
  });
});
