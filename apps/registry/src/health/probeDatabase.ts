import { sql, type Kysely } from 'kysely';
import { RegistryError } from '../errors/RegistryError.ts';
import type { PartHealth } from './PartHealth.ts';

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // The driver's code (ECONNREFUSED, 57P03, SQLITE_BUSY) points the operator at the cause; the driver's message
  // could name internal addresses, and the endpoint is public.
  const cause = error instanceof RegistryError ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? `${message} (${code})` : message;
}

/** `select 1` on the registry's database, given up after `timeoutMs` so a hung database cannot hang the probe. */
export async function probeDatabase<DB>(db: Kysely<DB>, timeoutMs = 2000): Promise<PartHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`The database did not answer "select 1" within ${timeoutMs} ms.`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([sql`select 1`.execute(db), timeout]);
    return { status: 'ok', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'down', reason: reasonOf(error) };
  } finally {
    clearTimeout(timer);
  }
}
