import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { testPortal } from '../support/testPortal.ts';

const budgets = JSON.parse(readFileSync(new URL('../../budgets.json', import.meta.url), 'utf8')) as {
  shellFirstPaintJsKb: number;
};

test('the shell’s JavaScript for first paint stays within its budget', async ({ page }) => {
  const scripts = new Map<string, Promise<Buffer>>();
  page.on('response', (response) => {
    const url = response.url();
    if (url.startsWith(testPortal.url) && response.request().resourceType() === 'script') {
      scripts.set(url, response.body());
    }
  });
  // The home page with its catalog painted: every script the shell needs before a person sees the portal.
  await page.goto(testPortal.url, { waitUntil: 'networkidle' });
  await expect(page.getByRole('link', { name: 'Buka Pengumuman Kota Bogor' })).toBeVisible();

  const bodies = await Promise.all(scripts.values());
  const gzipBytes = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  const kb = gzipBytes / 1024;
  const line = `shell JS for first paint: ${kb.toFixed(1)} KB gzip in ${bodies.length} files (budget ${budgets.shellFirstPaintJsKb} KB)`;
  console.log(line);
  test.info().annotations.push({ type: 'budget', description: line });
  expect(bodies.length).toBeGreaterThan(0);
  expect(kb).toBeLessThanOrEqual(budgets.shellFirstPaintJsKb);
});
