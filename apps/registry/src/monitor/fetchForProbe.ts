import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { ProbeFailure } from './ProbeFailure.ts';

/** Redirects followed before a probe gives up: a longer chain is a loop or a misconfiguration. */
const maxRedirects = 5;
/** The largest body read: an uploaded file may have 10 MB (bundleLimits), and no probe needs more. */
const maxBodyBytes = 10 * 1024 * 1024;
const dayMs = 24 * 3600 * 1000;

export interface ProbeRequest {
  /** Aborted when the probe's time is up (a `TimeoutError`) or the monitor stops. */
  signal: AbortSignal;
  /** The probe's time limit, for the reason given when it runs out. */
  timeoutMs: number;
  /** The monitor's clock, for the certificate's days left. */
  now: Date;
  /** Whether the body is wanted; otherwise the connection is closed once the headers are in. */
  readBody: boolean;
}

export interface ProbeAnswer {
  status: number;
  /** Where the answer came from, after redirects. */
  url: URL;
  body: Buffer;
  /** The https host with the fewest days left on its certificate among those that answered; undefined over http. */
  certificate: { host: string; days: number } | undefined;
}

interface Hop {
  status: number;
  location: string | undefined;
  body: Buffer;
  certificateDays: number | undefined;
}

function daysLeft(response: IncomingMessage, now: Date): number | undefined {
  const socket = response.socket as Partial<TLSSocket>;
  const validTo = socket.getPeerCertificate?.().valid_to;
  if (validTo === undefined) return undefined;
  return Math.floor((Date.parse(validTo) - now.getTime()) / dayMs);
}

/** The failure to report for a request that got no answer. */
function failureOf(url: URL, error: unknown, request: ProbeRequest): unknown {
  if (request.signal.aborted) {
    const reason: unknown = request.signal.reason;
    // The monitor stopping is no verdict on the app: the caller drops the probe.
    if (!(reason instanceof DOMException && reason.name === 'TimeoutError')) return reason;
    return new ProbeFailure(
      'timeout',
      `${url.href} did not answer within ${request.timeoutMs / 1000} s, the probe's time limit.`,
    );
  }
  if (error instanceof ProbeFailure) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const named = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  if (/CERT|SELF_SIGNED|TLS|SSL/.test(named)) {
    return new ProbeFailure(
      'certificate',
      `The TLS certificate of ${url.host} is not valid (${named}): browsers refuse the app; renew or fix it.`,
    );
  }
  return new ProbeFailure('unreachable', `${url.href} could not be reached (${named}).`);
}

const redirectStatuses = [301, 302, 303, 307, 308];
const isRedirect = (hop: Pick<Hop, 'status' | 'location'>) =>
  redirectStatuses.includes(hop.status) && hop.location !== undefined;

function get(url: URL, request: ProbeRequest): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    // A connection of its own (no agent), as a person's first visit makes: the latency includes DNS, TCP and TLS.
    const outgoing = send(
      url,
      { method: 'GET', agent: false, signal: request.signal, headers: { 'user-agent': 'bas-monitor' } },
      (response) => {
        response.on('error', reject);
        const hop = {
          status: response.statusCode ?? 0,
          location: response.headers.location,
          certificateDays: daysLeft(response, request.now),
        };
        // A redirect's body is never read: only where it leads.
        if (!request.readBody || isRedirect(hop)) {
          response.destroy();
          resolve({ ...hop, body: Buffer.alloc(0) });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBodyBytes) {
            response.destroy();
            reject(
              new ProbeFailure('invalid', `${url.href} is larger than ${maxBodyBytes / 1024 / 1024} MB.`),
            );
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => resolve({ ...hop, body: Buffer.concat(chunks) }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/**
 * GETs `url` with Node's own client (it shows the TLS certificate, which fetch does not), following up to five
 * redirects. Fails with a ProbeFailure saying what went wrong: no answer in time, no connection, an invalid
 * certificate, too many redirects, a body over 10 MB. Any status is an answer: the caller judges it.
 */
export async function fetchForProbe(url: URL, request: ProbeRequest): Promise<ProbeAnswer> {
  let certificate: ProbeAnswer['certificate'];
  let current = url;
  for (let redirects = 0; ; redirects += 1) {
    const hop = await get(current, request).catch((error: unknown) => {
      throw failureOf(current, error, request);
    });
    if (hop.certificateDays !== undefined && (certificate?.days ?? Infinity) > hop.certificateDays) {
      certificate = { host: current.host, days: hop.certificateDays };
    }
    if (!isRedirect(hop)) return { status: hop.status, url: current, body: hop.body, certificate };
    if (redirects === maxRedirects) {
      throw new ProbeFailure(
        'http',
        `${url.href} redirects more than ${maxRedirects} times (last to ${current.href}).`,
      );
    }
    current = new URL(hop.location as string, current);
  }
}
