import { describe, expect, it } from 'vitest';
import { createTestContext } from './createTestContext.ts';
import { testEntry } from './testEntry.fixture.ts';

const entry = testEntry('dokumen-kependudukan');
const siti = { username: 'warga', name: 'Siti Aminah', roles: ['warga'] };

describe('the test context’s survey', () => {
  it('offers the survey once per person, as the shell does within a year, and records every answer', async () => {
    const { context, record, signIn } = createTestContext({ entry, user: siti });
    expect(await context.survey.request()).toBe('offered');
    expect(await context.survey.request()).toBe('already-asked');
    signIn({ username: 'budi', name: 'Budi', roles: ['warga'] });
    expect(await context.survey.request()).toBe('offered');
    expect(record.surveys).toEqual(['offered', 'already-asked', 'offered']);
  });

  it('answers unavailable for a portal that cannot ask', async () => {
    const { context, record } = createTestContext({ entry, user: siti, surveyAvailable: false });
    expect(await context.survey.request()).toBe('unavailable');
    expect(record.surveys).toEqual(['unavailable']);
  });
});
