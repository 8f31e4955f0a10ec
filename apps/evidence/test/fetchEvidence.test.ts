import { afterEach, describe, expect, it } from 'vitest';
import { EvidenceError } from '../src/EvidenceError.ts';
import { fetchEvidence } from '../src/fetchEvidence.ts';
import { evidenceFixture } from './evidenceFixture.ts';
import { serveEvidence } from './support/serveEvidence.ts';

let registry: Awaited<ReturnType<typeof serveEvidence>> | undefined;
afterEach(async () => {
  await registry?.close();
  registry = undefined;
});

async function failure(status: number, answer: unknown, period = '2026'): Promise<EvidenceError> {
  await registry?.close();
  registry = await serveEvidence(() => ({ status, body: JSON.stringify(answer) }));
  const error = await fetchEvidence(registry.url, 'token', period).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(EvidenceError);
  return error as EvidenceError;
}

describe('fetchEvidence', () => {
  it('returns the evidence checked, with the text as received', async () => {
    const body = JSON.stringify(evidenceFixture, null, 1);
    registry = await serveEvidence(() => ({ status: 200, body }));
    expect(await fetchEvidence(registry.url, 'token', '2026')).toEqual({
      evidence: evidenceFixture,
      text: body,
    });
  });

  it('asks a registry behind a path under that path', async () => {
    registry = await serveEvidence(() => ({ status: 200, body: JSON.stringify(evidenceFixture) }));
    await fetchEvidence(new URL('bas', registry.url), 'token', '2026');
    expect(registry.asked[0]?.url).toBe('/bas/api/evidence?period=2026');
  });

  it("says what to do when the token is refused, with the registry's reason", async () => {
    const expired = await failure(401, { code: 'TOKEN_INVALID', message: 'The token has expired.' });
    expect(expired.message).toContain('TOKEN_INVALID: The token has expired.');
    expect(expired.message).toContain('set BAS_EVIDENCE_TOKEN');
    const notAdmin = await failure(403, {
      code: 'FORBIDDEN',
      message: 'Only a platform admin (role "admin") may do this.',
    });
    expect(notAdmin.message).toContain('platform admin');
  });

  it('refuses an answer of another shape, naming the field, as a version mismatch', async () => {
    const { services, ...rest } = evidenceFixture;
    const error = await failure(200, { ...rest, services: [{ ...services[0], uptime: 'high' }] });
    expect(error.message).toMatch(/services\.0\.uptime: .*different versions/);
  });

  it('refuses the evidence of another period', async () => {
    const error = await failure(200, evidenceFixture, '2025');
    expect(error.message).toContain('Asked the registry for 2025 and it answered with the evidence of 2026');
  });

  it('refuses a service under an indicator the evidence leaves out, rather than drop it from the report', async () => {
    const error = await failure(200, {
      ...evidenceFixture,
      indicators: evidenceFixture.indicators.filter((indicator) => indicator.indicator !== 45),
    });
    expect(error.message).toContain('dokumen-kependudukan under indicator 45');
  });

  it('says where it looked when the registry cannot be reached', async () => {
    registry = await serveEvidence(() => ({ status: 200, body: '' }));
    const { url } = registry;
    await registry.close();
    registry = undefined;
    const error = (await fetchEvidence(url, 'token', '2026').catch((caught: unknown) => caught)) as Error;
    expect(error.message).toContain(`Cannot reach the registry at ${url.origin} (ECONNREFUSED)`);
    expect(error.message).toContain('BAS_REGISTRY_URL');
  });
});
