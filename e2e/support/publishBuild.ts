import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { cliToken } from './cliToken.ts';

/** Every file of a build that is uploaded (precompressed copies and the index are the registry's to make). */
function buildFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || /\.(br|gz)$/.test(entry.name) || entry.name === 'bas-integrity.json') continue;
    const file = join(entry.parentPath, entry.name);
    files[relative(dir, file).split(sep).join('/')] = readFileSync(file).toString('base64');
  }
  return files;
}

/**
 * Publishes a build by upload as an agency developer and has an admin approve it, both with bas-cli tokens (as
 * `bas-remote publish` and `bas-remote approve` do); returns where the registry stored it, and the admin's token.
 */
export async function publishBuild(
  page: Page,
  options: { portal: string; issuer: string; developer: string; dir: string; entry: Record<string, unknown> },
): Promise<{ manifestUrl: string; admin: string }> {
  const developer = await cliToken(page, options.issuer, options.developer);
  await page.context().clearCookies();
  const admin = await cliToken(page, options.issuer, 'admin');
  await page.context().clearCookies();
  const id = String(options.entry.id);
  const published = await fetch(`${options.portal}/api/apps/${id}/bundles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${developer}` },
    body: JSON.stringify({ entry: options.entry, files: buildFiles(options.dir) }),
  });
  expect(published.status, await published.clone().text()).toBe(201);
  const { manifestUrl } = (await published.json()) as { manifestUrl: string };
  const approved = await fetch(
    `${options.portal}/api/apps/${id}/versions/${String(options.entry.version)}/approve`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
    },
  );
  expect(approved.status, await approved.clone().text()).toBe(200);
  return { manifestUrl, admin };
}
