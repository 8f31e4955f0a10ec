import { evidenceSchema, type Evidence } from '@bas/manifest/evidence';
import { EvidenceError } from './EvidenceError.ts';

/** What the registry says about a refusal: its error body's `{ code, message }`, or the status alone. */
async function refusal(response: Response): Promise<string> {
  const body = (await response.json().catch(() => undefined)) as
    { code?: unknown; message?: unknown } | undefined;
  return typeof body?.message === 'string'
    ? `HTTP ${response.status} ${String(body.code ?? '')}: ${body.message}`.replace(' :', ':')
    : `HTTP ${response.status}`;
}

/**
 * The registry's evidence for `period` (`GET /api/evidence?period=`, as a platform admin), checked against the
 * registry's own schema. Returns it with the body's text as received, which is what data/evidence.json keeps.
 * Every failure says what was wrong and what to do: the registry unreachable, the token refused, an answer of
 * another shape (registry and tool of different versions).
 */
export async function fetchEvidence(
  registryUrl: URL,
  token: string,
  period: string,
): Promise<{ evidence: Evidence; text: string }> {
  // Relative to the address given, so a registry behind a path (https://host/bas/) is asked at its /bas/api/.
  const base = registryUrl.href.endsWith('/') ? registryUrl.href : `${registryUrl.href}/`;
  const url = new URL(`api/evidence?period=${encodeURIComponent(period)}`, base);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new EvidenceError(
      `Cannot reach the registry at ${url.origin} (${cause?.code ?? cause?.message ?? (error as Error).message}): start it (npm start runs one at http://127.0.0.1:4100) or set BAS_REGISTRY_URL to where it runs.`,
    );
  }
  if (response.status === 401) {
    throw new EvidenceError(
      `The registry refused the token (${await refusal(response)}): it has expired or is not one of this portal's. Get a new one and set BAS_EVIDENCE_TOKEN.`,
    );
  }
  if (response.status === 403) {
    throw new EvidenceError(
      `The registry refused the evidence to this token (${await refusal(response)}): it takes a platform admin's token (role "admin") of bas-cli, as bas-remote login --profile admin gets.`,
    );
  }
  if (response.status === 404) {
    throw new EvidenceError(
      `${url.origin} has no evidence route (GET ${url.pathname} answered ${await refusal(response)}): is BAS_REGISTRY_URL the portal or the registry, of a version that makes evidence?`,
    );
  }
  if (!response.ok) {
    throw new EvidenceError(
      `The registry could not make the evidence for ${period} (${await refusal(response)}).`,
    );
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new EvidenceError(
      `${url.href} answered with something other than JSON (${JSON.stringify(text.slice(0, 80))}…): is BAS_REGISTRY_URL the BAS portal or registry?`,
    );
  }
  const parsed = evidenceSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`)
      .join('; ');
    throw new EvidenceError(
      `The registry's evidence does not have the shape this tool reads (${issues}): the registry and the evidence tool are of different versions; update both to the same one.`,
    );
  }
  const evidence = parsed.data;
  if (evidence.period !== period) {
    throw new EvidenceError(
      `Asked the registry for ${period} and it answered with the evidence of ${evidence.period}: report this to the registry's maintainers.`,
    );
  }
  const known = new Set(evidence.indicators.map((indicator) => indicator.indicator));
  const stray = evidence.services.find((service) => !known.has(service.indicator));
  if (stray !== undefined) {
    // The report prints services under their indicator's section: one without a section would silently vanish.
    throw new EvidenceError(
      `The registry's evidence lists ${stray.id} under indicator ${stray.indicator}, which its indicators leave out: report this to the registry's maintainers.`,
    );
  }
  return { evidence, text };
}
