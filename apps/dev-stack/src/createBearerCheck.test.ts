import { createServer, type Server } from 'node:http';
import { fakeAccessToken } from '@bas/sdk/testing';
import { listen } from '@bas/server-kit';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBearerCheck } from './createBearerCheck.ts';

let server: Server;
let issuer: string;
let sign: (claims?: { iss?: string; exp?: string; forged?: boolean; aud?: string }) => Promise<string>;

beforeAll(async () => {
  const trusted = await generateKeyPair('RS256');
  const forger = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(trusted.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  issuer = `${await listen(server, '127.0.0.1', 0)}/realms/bas`;
  sign = (options = {}) =>
    new SignJWT({ preferred_username: 'warga', realm_access: { roles: ['warga'] } })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(options.iss ?? issuer)
      .setAudience(options.aud ?? 'api-disdukcapil')
      .setSubject('user-warga')
      .setIssuedAt()
      .setExpirationTime(options.exp ?? '5m')
      .sign(options.forged === true ? forger.privateKey : trusted.privateKey);
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('createBearerCheck', () => {
  it('lets a request without a token through, and one with a token the identity provider signed', async () => {
    const check = createBearerCheck({ issuer, audience: 'api-disdukcapil' });
    expect(await check(undefined)).toEqual({ ok: true });
    expect(await check(`Bearer ${await sign()}`)).toEqual({ ok: true });
  });

  it('refuses unsigned, forged, foreign and expired tokens, saying why', async () => {
    const check = createBearerCheck({ issuer, audience: 'api-disdukcapil' });
    const unsigned = fakeAccessToken({ username: 'admin', name: 'Admin', roles: ['admin'] });
    expect(await check(`Bearer ${unsigned}`)).toMatchObject({ ok: false });
    expect(await check(`Bearer ${await sign({ forged: true })}`)).toEqual({
      ok: false,
      message:
        'The agency API refused the access token: it was not signed by the portal’s identity provider.',
    });
    expect(await check(`Bearer ${await sign({ iss: 'http://elsewhere/realms/bas' })}`)).toEqual({
      ok: false,
      message: 'The agency API refused the access token: its "iss" claim is not accepted.',
    });
    const expired = await sign({ exp: '-1m' });
    expect(await check(`Bearer ${expired}`)).toEqual({
      ok: false,
      message: 'The agency API refused the access token: it has expired; sign in again.',
    });
    expect(await check('Basic d2FyZ2E=')).toMatchObject({ ok: false });
  });

  it("refuses another agency's token and the registry's, so one agency's app cannot use another's API", async () => {
    const check = createBearerCheck({ issuer, audience: 'api-disdukcapil' });
    for (const aud of ['api-dinkes', 'bas-registry']) {
      expect(await check(`Bearer ${await sign({ aud })}`)).toEqual({
        ok: false,
        message:
          "The agency API refused the access token: it is not meant for this API (api-disdukcapil); each agency's API takes only its own tokens.",
      });
    }
  });
});
