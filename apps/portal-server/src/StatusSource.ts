import { z } from 'zod';

const localized = z.object({ id: z.string(), en: z.string() });

/** The registry's `GET /api/status`: every public service the monitor watches, as the status page shows it. */
export const statusBoardSchema = z.object({
  apps: z.array(
    z.object({
      id: z.string(),
      name: localized,
      status: z.enum(['up', 'degraded', 'down', 'unknown']),
      since: z.string().nullable(),
      reason: localized.nullable(),
      uptime: z.array(z.object({ day: z.string(), ratio: z.number().nullable() })),
    }),
  ),
});

export type StatusBoard = z.infer<typeof statusBoardSchema>;

/** The status board, or why it could not be had. */
export type StatusAnswer = { ok: true; board: StatusBoard } | { ok: false; reason: string };

/** Asks the registry for the status board. In production over HTTP ({@link fetchStatusSource}); in-process in development. */
export type StatusSource = () => Promise<StatusAnswer>;

/** Checks what the registry answered, so a registry of another version is a clear reason, not a broken page. */
export function readStatusBoard(status: number, body: unknown, from: string): StatusAnswer {
  if (status !== 200) return { ok: false, reason: `${from} answered HTTP ${status}` };
  const parsed = statusBoardSchema.safeParse(body);
  return parsed.success
    ? { ok: true, board: parsed.data }
    : { ok: false, reason: `${from} answered a status board of another shape: ${parsed.error.message}` };
}

/** The registry over HTTP, `GET <registryUrl>/api/status`; one that does not answer within `timeoutMs` is unavailable. */
export function fetchStatusSource(registryUrl: string, timeoutMs = 3000): StatusSource {
  const url = new URL('/api/status', registryUrl);
  return async () => {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      return readStatusBoard(response.status, await response.json().catch(() => undefined), url.href);
    } catch (error) {
      return { ok: false, reason: `${url.href} could not be reached: ${String(error)}` };
    }
  };
}
