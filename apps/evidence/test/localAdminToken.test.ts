import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvidenceError } from '../src/EvidenceError.ts';
import { localAdminToken } from '../src/localAdminToken.ts';
import { signInWithDeviceCode } from '../src/signInWithDeviceCode.ts';
import { skipWithoutDevIdp, startDevIdp } from './support/startDevIdp.ts';

/** A server answering `/config.json` with `config`, as the portal and its auth origin do. */
async function serveConfig(config: unknown): Promise<{ url: URL; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(config));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), server };
}

const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

describe.skipIf(skipWithoutDevIdp())('localAdminToken', () => {
  let idp: Awaited<ReturnType<typeof startDevIdp>>;
  const servers: Server[] = [];
  beforeAll(async () => {
    idp = await startDevIdp();
  }, 30_000);
  afterAll(() => {
    idp.stop();
    for (const server of servers) server.close();
  });

  /** A portal on this machine whose sign-in is at `auth`, found the way the portal page finds it. */
  async function portal(auth: { url: string; realm: string }): Promise<URL> {
    const frame = await serveConfig({ auth });
    const page = await serveConfig({ auth: { frameOrigin: frame.url.origin } });
    servers.push(frame.server, page.server);
    return page.url;
  }

  it("signs the demo admin in to npm start's identity provider with bas-remote's client", async () => {
    const token = await localAdminToken(await portal({ url: idp.url, realm: 'bas' }));
    expect(claims(token)).toMatchObject({
      azp: 'bas-cli',
      aud: 'bas-registry',
      preferred_username: 'admin',
      realm_access: { roles: expect.arrayContaining(['admin']) },
    });
  });

  it('says which sign-in failed, and how to set a token instead', async () => {
    const error = await localAdminToken(await portal({ url: idp.url, realm: 'no-such-realm' })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(EvidenceError);
    expect((error as Error).message).toContain(`could not sign in through ${idp.url}/realms/no-such-realm`);
    expect((error as Error).message).toContain('Set BAS_EVIDENCE_TOKEN');
  });

  it('never sends the demo password to an identity provider elsewhere', async () => {
    const error = (await localAdminToken(
      await portal({ url: 'https://sso.kotabogor.go.id', realm: 'bas' }),
    ).catch((caught: unknown) => caught)) as Error;
    expect(error.message).toContain(
      'the portal signs in at https://sso.kotabogor.go.id, a real identity provider',
    );
  });

  it('stops at a wrong password rather than loop', async () => {
    await expect(signInWithDeviceCode(idp.issuer, { username: 'admin', password: 'wrong' })).rejects.toThrow(
      "admin's sign-in was refused (wrong password?)",
    );
  });
});

describe('localAdminToken without npm start', () => {
  it('says the portal did not answer and asks whether npm start runs', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = new URL(`http://127.0.0.1:${(closed.address() as AddressInfo).port}`);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(localAdminToken(url)).rejects.toThrow(
      `the portal at ${url.origin} did not say where to sign in (${url.origin}/config.json did not answer: ECONNREFUSED): is npm start running?`,
    );
  });
});
