import { describe, expect, it } from 'vitest';
import { seedCatalog } from '../seed/seedCatalog.ts';
import { lifeEventJourneys } from './lifeEventJourneys.ts';
import { popularServices } from './popularServices.ts';
import { validateJourneys } from './validateJourneys.ts';

const catalog = seedCatalog();
const ids = new Set(catalog.map((entry) => entry.id));

describe('life event journeys', () => {
  it('are valid and send people only to apps the catalog has', () => {
    expect(validateJourneys(lifeEventJourneys, ids)).toEqual([]);
  });

  it('send people only to apps that carry the journey’s life event, so its page lists them by that event alone', () => {
    const untagged = lifeEventJourneys.flatMap((journey) =>
      journey.steps
        .filter(
          (step) => !catalog.find((entry) => entry.id === step.app)?.lifeEvents?.includes(journey.event),
        )
        .map((step) => `${journey.event}: ${step.app}`),
    );
    expect(untagged).toEqual([]);
  });

  it('take a new parent through the birth certificate, the family card and the child ID card, in that order', () => {
    const birth = lifeEventJourneys.find((journey) => journey.event === 'kelahiran');
    expect(birth?.steps.map((step) => `${step.app} ${step.path ?? ''}`.trim())).toEqual([
      'akta-kelahiran',
      'dokumen-kependudukan baru?jenis=kk',
      'dokumen-kependudukan baru?jenis=kia',
      'jadwal-posyandu',
    ]);
  });

  it('name what is wrong: an unknown app, a step to another app, an event twice', () => {
    const [birth] = lifeEventJourneys;
    const problems = validateJourneys(
      [
        { ...birth, steps: [{ ...birth?.steps[0], app: 'tidak-ada' }] },
        { ...birth, steps: [{ ...birth?.steps[0], path: '../admin' }] },
      ],
      ids,
    );
    expect(problems).toEqual([
      'journey "kelahiran" step 1: no catalog entry "tidak-ada"; use an existing app id',
      expect.stringMatching(/^journey 1, field steps\.0\.path: /),
    ]);
  });
});

describe('popular services', () => {
  it('are public apps of the catalog, so the first screen never offers a dead tile', () => {
    for (const id of popularServices) {
      expect(catalog.find((entry) => entry.id === id)?.role, id).toBe('public');
    }
  });
});
