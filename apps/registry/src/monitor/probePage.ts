import { fetchForProbe, type ProbeAnswer, type ProbeRequest } from './fetchForProbe.ts';
import { ProbeFailure } from './ProbeFailure.ts';

/**
 * An iframe or link app: its page answers with a success or a redirect (2xx or 3xx, redirects followed up to five
 * times). The body is not read: a person's browser would get the page, and its status says whether it would.
 */
export async function probePage(url: string, request: Omit<ProbeRequest, 'readBody'>): Promise<ProbeAnswer> {
  const answer = await fetchForProbe(new URL(url), { ...request, readBody: false });
  if (answer.status < 200 || answer.status >= 400) {
    throw new ProbeFailure('http', `${answer.url.href} answered HTTP ${answer.status}.`);
  }
  return answer;
}
