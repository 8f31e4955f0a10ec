import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ManifestUser } from '@bas/manifest';
import type { Database } from '../db/schema.ts';
import { RegistryError } from '../errors/RegistryError.ts';
import type { Actor } from './Actor.ts';

/** What a publish token looks like: `bas_pt_<id>_<secret>`; the id finds it, the secret proves it. */
const tokenPattern = /^bas_pt_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
export const publishTokenPrefix = 'bas_pt_';

const hash = (secret: string) => createHash('sha256').update(secret).digest();
const now = () => new Date().toISOString();

export interface PublishTokenRecord {
  id: string;
  label: string | null;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/**
 * An app's publish tokens (decisions/0019): what CI publishes with instead of a person's sign-in. A token publishes
 * its one app and nothing else (it cannot approve, read other apps or make tokens), is shown once, kept as a hash,
 * and revoked by the app's agency. Versions it publishes are recorded as its creator's, through the token, so its
 * creator cannot approve them either.
 */
export function createPublishTokens(db: Kysely<Database>) {
  return {
    async create(
      appId: string,
      actor: Actor,
      label: string | undefined,
    ): Promise<{ id: string; token: string }> {
      const id = randomBytes(9)
        .toString('base64url')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '0')
        .slice(0, 12);
      const secret = randomBytes(32).toString('base64url');
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('publish_tokens')
          .values({
            id,
            app_id: appId,
            secret_hash: hash(secret).toString('hex'),
            label: label ?? null,
            created_by: actor.username,
            created_at: now(),
            revoked_at: null,
            last_used_at: null,
          })
          .execute();
        await trx
          .insertInto('audit_log')
          .values({
            at: now(),
            actor: actor.username,
            action: 'publish-token-create',
            app_id: appId,
            version: null,
            before: null,
            after: JSON.stringify({ id, label: label ?? null }),
          })
          .execute();
      });
      return { id, token: `${publishTokenPrefix}${id}_${secret}` };
    },

    async list(appId: string): Promise<PublishTokenRecord[]> {
      const rows = await db
        .selectFrom('publish_tokens')
        .selectAll()
        .where('app_id', '=', appId)
        .orderBy('created_at')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        label: row.label,
        createdBy: row.created_by,
        createdAt: row.created_at,
        revokedAt: row.revoked_at,
        lastUsedAt: row.last_used_at,
      }));
    },

    async revoke(appId: string, id: string, actor: Actor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const revoked = await trx
          .updateTable('publish_tokens')
          .set({ revoked_at: now() })
          .where('app_id', '=', appId)
          .where('id', '=', id)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (revoked.numUpdatedRows === 0n) {
          throw new RegistryError(
            'NOT_FOUND',
            `App "${appId}" has no publish token ${id} that is still valid; GET /api/apps/${appId}/publish-tokens lists them.`,
          );
        }
        await trx
          .insertInto('audit_log')
          .values({
            at: now(),
            actor: actor.username,
            action: 'publish-token-revoke',
            app_id: appId,
            version: null,
            before: JSON.stringify({ id }),
            after: null,
          })
          .execute();
      });
    },

    /** The caller a publish token stands for, or a 401 when it is unknown or revoked. */
    async userOf(token: string): Promise<ManifestUser> {
      const refused = new RegistryError(
        'TOKEN_INVALID',
        "This publish token is unknown or revoked: ask a developer of the app's agency for a new one (`bas-remote token create`).",
      );
      const match = tokenPattern.exec(token);
      if (match === null) throw refused;
      const [, id = '', secret = ''] = match;
      const row = await db
        .selectFrom('publish_tokens')
        .innerJoin('apps', 'apps.id', 'publish_tokens.app_id')
        .select([
          'publish_tokens.secret_hash',
          'publish_tokens.app_id',
          'publish_tokens.created_by',
          'publish_tokens.revoked_at',
          'apps.agency',
        ])
        .where('publish_tokens.id', '=', id)
        .executeTakeFirst();
      if (row === undefined || row.revoked_at !== null) throw refused;
      if (!timingSafeEqual(Buffer.from(row.secret_hash, 'hex'), hash(secret))) throw refused;
      await db.updateTable('publish_tokens').set({ last_used_at: now() }).where('id', '=', id).execute();
      return {
        kind: 'signed-in',
        username: `${row.created_by} (publish token ${id})`,
        roles: ['developer'],
        agency: row.agency,
        client: 'bas-cli',
        publishScope: row.app_id,
      };
    },
  };
}

export type PublishTokens = ReturnType<typeof createPublishTokens>;

/** Whether a version recorded as `submittedBy` was published by `username`, themselves or through their token. */
export function publishedBy(submittedBy: string, username: string): boolean {
  return submittedBy === username || submittedBy.startsWith(`${username} (publish token `);
}
