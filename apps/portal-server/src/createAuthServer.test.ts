import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen } from '@bas/server-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthServer, type PersonRequestsCall, type TelemetryCall } from './createAuthServer.ts';

let origin: string;
let server: Server;
const exchanged: Array<[string, string]> = [];
const manifestRequests: Array<[string | undefined, string | undefined]> = [];
const requestCalls: PersonRequestsCall[] = [];
const telemetryCalls: TelemetryCall[] = [];

beforeAll(async () => {
  const frameDir = mkdtempSync(join(tmpdir(), 'bas-auth-frame-'));
  for (const page of ['frame.html', 'callback.html', 'switch.html', 'logout.html', 'silent-check-sso.html'])
    writeFileSync(join(frameDir, page), '<!doctype html><title>frame</title>');
  server = createAuthServer({
    frameDir,
    auth: { url: 'http://idp.test:8080', realm: 'bas', clientId: 'bas-shell' },
    portalOrigins: ['http://portal.test'],
    exchange: (subject, audience) => {
      exchanged.push([subject, audience]);
      return Promise.resolve(
        audience === 'api-dinkes'
          ? { ok: true as const, accessToken: `for-${audience}`, expiresIn: 120 }
          : {
              ok: false as const,
              status: 403,
              message: `the identity provider refused a token for ${audience}`,
            },
      );
    },
    personalManifest: (authorization, etag) => {
      manifestRequests.push([authorization, etag]);
      return Promise.resolve({ status: 200, etag: '"p1"', body: '{"entries":[]}' });
    },
    personRequests: (call) => {
      requestCalls.push(call);
      return Promise.resolve({
        status: call.method === 'PUT' ? 204 : 200,
        body: call.method === 'PUT' ? '' : '{"requests":[]}',
      });
    },
    telemetry: (call) => {
      telemetryCalls.push(call);
      return Promise.resolve({ status: 202, body: '' });
    },
  });
  origin = await listen(server, '127.0.0.1', 0);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const exchange = (body: unknown, authorization?: string) =>
  fetch(`${origin}/exchange`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization === undefined ? {} : { authorization }),
    },
    body: JSON.stringify(body),
  });

describe('createAuthServer', () => {
  it("passes the person's requests on to the registry with the frame's token, and nothing else under /me", async () => {
    const authorization = 'Bearer portal-token';
    const listed = await fetch(`${origin}/me/requests`, { headers: { authorization } });
    expect(await listed.json()).toEqual({ requests: [] });
    const body = JSON.stringify({ title: 'KK', status: 'Diajukan', steps: [], link: 'status/KK-1' });
    const agencyList = await fetch(`${origin}/me/agencies/disdukcapil/requests`, {
      headers: { authorization },
    });
    expect(agencyList.status).toBe(200);
    const kept = await fetch(`${origin}/me/agencies/disdukcapil/requests/dokumen-kependudukan/KK-1`, {
      method: 'PUT',
      headers: { authorization, 'content-type': 'application/json' },
      body,
    });
    expect(kept.status).toBe(204);
    expect(requestCalls).toEqual([
      { method: 'GET', path: '/api/me/requests', authorization },
      { method: 'GET', path: '/api/me/agencies/disdukcapil/requests', authorization },
      {
        method: 'PUT',
        path: '/api/me/agencies/disdukcapil/requests/dokumen-kependudukan/KK-1',
        authorization,
        body,
      },
    ]);
    for (const [method, path] of [
      ['DELETE', '/me/agencies/disdukcapil/requests/dokumen-kependudukan/KK-1'],
      ['PUT', '/me/requests'],
      ['PUT', '/me/requests/dokumen-kependudukan/KK-1'],
      ['GET', '/me/agencies/disdukcapil/requests/dokumen-kependudukan/KK-1'],
      ['PUT', '/me/agencies/disdukcapil/requests/../apps/x'],
      ['PUT', '/me/agencies/Bad/requests/aduan-warga/ADU-1'],
      ['GET', '/me/other'],
    ] as const) {
      expect((await fetch(`${origin}${path}`, { method, headers: { authorization } })).status, path).toBe(
        404,
      );
    }
    const oversized = await fetch(`${origin}/me/agencies/diskominfo/requests/aduan-warga/ADU-1`, {
      method: 'PUT',
      headers: { authorization, 'content-type': 'application/json' },
      body: 'x'.repeat(20_000),
    });
    expect(oversized.status).toBe(413);
    expect(requestCalls).toHaveLength(3);
  });

  it("passes the page's telemetry batches on to the registry with the token and the browser's address", async () => {
    const authorization = 'Bearer portal-token';
    const samples = JSON.stringify({ samples: [{ appId: 'simpeg', metric: 'LCP', value: 900 }] });
    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${origin}${path}`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json', ...headers },
        body,
      });
    expect((await post('/rum', samples, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(202);
    expect((await post('/telemetry', '{"records":[]}')).status).toBe(202);
    expect(telemetryCalls).toEqual([
      { path: '/api/rum', authorization, body: samples, forwardedFor: '203.0.113.9, 127.0.0.1' },
      { path: '/api/telemetry', authorization, body: '{"records":[]}', forwardedFor: '127.0.0.1' },
    ]);
    // Nothing else reaches the registry this way, and no batch larger than the frame may send.
    for (const path of ['/api/rum', '/rum/x', '/metrics', '/api/apps']) {
      expect((await post(path, samples)).status, path).toBe(404);
    }
    expect((await fetch(`${origin}/rum`)).status).toBe(404);
    expect((await post('/rum', 'x'.repeat(70_000))).status).toBe(413);
    expect(telemetryCalls).toHaveLength(2);
  });

  it('refuses a batch not sent as JSON, which a page of any other site could have its visitors send', async () => {
    const before = telemetryCalls.length;
    const samples = JSON.stringify({ samples: [{ appId: 'pengumuman', metric: 'LCP', value: 60_000 }] });
    // What a cross-site `sendBeacon`, form or `no-cors` fetch may send without a preflight.
    for (const type of [
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
    ]) {
      const response = await fetch(`${origin}/rum`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: samples,
      });
      expect(response.status, type).toBe(415);
      expect(await response.json()).toMatchObject({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: expect.stringContaining(
          '"Content-Type: application/json", as the auth frame sends it',
        ) as string,
      });
    }
    expect(telemetryCalls).toHaveLength(before);
    const json = await fetch(`${origin}/telemetry`, {
      method: 'POST',
      headers: { 'content-type': 'Application/JSON; charset=utf-8' },
      body: '{"records":[]}',
    });
    expect(json.status).toBe(202);
    expect(telemetryCalls).toHaveLength(before + 1);
  });

  it('tells the frame where people sign in and which portal may embed it', async () => {
    expect(await (await fetch(`${origin}/config.json`)).json()).toEqual({
      auth: { url: 'http://idp.test:8080', realm: 'bas', clientId: 'bas-shell' },
      portalOrigins: ['http://portal.test'],
    });
  });

  it('lets only the portal embed the frame; the sign-in return and the switch page may not be framed', async () => {
    const frame = await fetch(`${origin}/frame.html`);
    expect(frame.headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self' http://portal.test",
    );
    expect(frame.headers.get('content-security-policy')).toContain("script-src 'self'");
    const switchPage = await fetch(`${origin}/switch.html`);
    expect(switchPage.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(switchPage.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    const callback = await fetch(`${origin}/callback.html`);
    expect(callback.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(callback.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    // No other spelling of a page reaches it without its headers (a popup of `/switch` would keep its opener).
    for (const path of ['/switch', '/switch/', '/switch%2Ehtml', '/switch.html.br', '/frame']) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(404);
    }
  });

  it("exchanges the portal's token for one agency's API, and passes on a refusal with its reason", async () => {
    const granted = await exchange({ agency: 'dinkes' }, 'Bearer portal-token');
    expect(granted.status).toBe(200);
    expect(await granted.json()).toEqual({ access_token: 'for-api-dinkes', expires_in: 120 });
    expect(exchanged.at(-1)).toEqual(['portal-token', 'api-dinkes']);
    const refused = await exchange({ agency: 'bapenda' }, 'Bearer portal-token');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      message: 'the identity provider refused a token for api-bapenda',
    });
  });

  it('refuses an exchange without a token or with an audience that is not an agency, saying what to send', async () => {
    const count = exchanged.length;
    const anonymous = await exchange({ agency: 'dinkes' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      message: expect.stringContaining('Authorization: Bearer'),
    });
    for (const agency of ['registry audience', '../bas-registry', 42, undefined]) {
      const bad = await exchange({ agency }, 'Bearer portal-token');
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ code: 'INVALID_AGENCY' });
    }
    expect(exchanged).toHaveLength(count);
  });

  it("fetches the person's catalog with their token and ETag, and the anonymous one without", async () => {
    const answer = await fetch(`${origin}/manifest`, {
      headers: { authorization: 'Bearer portal-token', 'if-none-match': '"p0"' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBe('"p1"');
    expect(manifestRequests.at(-1)).toEqual(['Bearer portal-token', '"p0"']);
    // Without a token, the anonymous catalog (the frame keeps a copy of what it fetched itself).
    expect((await fetch(`${origin}/manifest`)).status).toBe(200);
    expect(manifestRequests.at(-1)).toEqual([undefined, undefined]);
  });

  it('sends the catalog compressed to a browser that accepts it, and as it is to one that does not', async () => {
    const compressed = await fetch(`${origin}/manifest`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(await compressed.json()).toEqual({ entries: [] });
    const plain = await fetch(`${origin}/manifest`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual({ entries: [] });
  });
});
