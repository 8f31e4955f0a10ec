import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { mockApi } from './testing/mockApi.ts';
import { describe, expect, it } from 'vitest';
import type { FiledComplaint } from './api/complaint.ts';
import { mountApp } from './testing/mountApp.tsx';

const server = mockApi();

/** A street light the agency is repairing: received, verified the next day, in hand since. */
const inHand: FiledComplaint = {
  ticket: 'ADU-000042',
  category: 'penerangan',
  kecamatan: 'Bogor Tengah',
  location: 'depan SDN Polisi 1, Jl. Paledang',
  description: 'Lampu jalan mati sejak seminggu, gelap sekali di malam hari.',
  handledBy: 'Disperumkim',
  hasPhoto: true,
  filedAt: '2026-03-02T01:00:00.000Z',
  status: 'ditangani',
  timeline: [
    { step: 'diterima', at: '2026-03-02T01:00:00.000Z' },
    { step: 'diverifikasi', at: '2026-03-03T02:00:00.000Z' },
    { step: 'ditangani', at: '2026-03-05T03:00:00.000Z' },
    { step: 'selesai' },
  ],
};

async function showTimeline(locale: 'id' | 'en') {
  server.use(http.get('*/api/aduan', () => HttpResponse.json({ complaints: [inHand] })));
  await act(async () => void mountApp(locale));
  const label = locale === 'id' ? 'Tahapan aduan' : 'Complaint progress';
  return within(await screen.findByRole('list', { name: label })).getAllByRole('listitem');
}

describe('the timeline of a complaint', () => {
  it('shows every step with its date, the current one marked, the last one still ahead', async () => {
    const steps = await showTimeline('id');
    expect(steps.map((step) => step.textContent)).toEqual([
      `✓ Diterima: ${new Date('2026-03-02T01:00:00.000Z').toLocaleDateString('id')}`,
      `✓ Diverifikasi: ${new Date('2026-03-03T02:00:00.000Z').toLocaleDateString('id')}`,
      `● Ditangani: ${new Date('2026-03-05T03:00:00.000Z').toLocaleDateString('id')} (tahap sekarang)`,
      '○ Selesai: belum',
    ]);
    expect(steps.map((step) => step.getAttribute('aria-current'))).toEqual([null, null, 'step', null]);
    expect(steps[0]?.querySelector('time')?.getAttribute('dateTime')).toBe('2026-03-02T01:00:00.000Z');
  });

  it('speaks English when the portal does', async () => {
    const steps = await showTimeline('en');
    expect(steps[2]?.textContent).toContain('Being handled');
    expect(steps[2]?.textContent).toContain('(current step)');
    expect(steps[3]?.textContent).toBe('○ Resolved: not yet');
    expect(screen.getByText('ADU-000042').closest('li')?.textContent).toContain('with a photo');
  });
});
