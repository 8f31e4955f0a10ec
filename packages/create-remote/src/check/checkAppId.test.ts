import { describe, expect, it } from 'vitest';
import { checkAppId } from './checkAppId.ts';

const portal = 'http://127.0.0.1:4100/';
const antrean = {
  id: 'antrean-disdukcapil',
  agency: 'disdukcapil',
  name: 'Antrean Online Disdukcapil',
  currentVersion: '3.5.3',
};
const project = (agency: string, version = '0.1.0') => ({ id: 'antrean-disdukcapil', agency, version });

describe('checkAppId', () => {
  it('passes a free id', () => {
    expect(checkAppId(undefined, project('disdukcapil'), { portal, existingApp: false })).toEqual({
      passed: ['the id "antrean-disdukcapil" is free on http://127.0.0.1:4100'],
      problems: [],
    });
  });

  it("refuses another agency's id, whatever the project says", () => {
    expect(checkAppId(antrean, project('bkpsdm'), { portal, existingApp: true }).problems).toEqual([
      'The id "antrean-disdukcapil" belongs to another agency\'s app on http://127.0.0.1:4100 ("Antrean Online Disdukcapil" 3.5.3, of disdukcapil): choose another id (rename it in bas-remote.json, package.json and vite.config.ts).',
    ]);
  });

  it("refuses the agency's own app until the project says it is that app, then a version not above the served one", () => {
    expect(checkAppId(antrean, project('disdukcapil'), { portal, existingApp: false }).problems).toEqual([
      'The id "antrean-disdukcapil" is taken on http://127.0.0.1:4100 by "Antrean Online Disdukcapil" 3.5.3, of disdukcapil. If this project is a new version of that app, set "bas": { "existingApp": true } in package.json (or publish with --existing-app); otherwise choose another id.',
    ]);
    expect(checkAppId(antrean, project('disdukcapil'), { portal, existingApp: true }).problems).toEqual([
      'Version 0.1.0 is not above 3.5.3, which http://127.0.0.1:4100 serves for "antrean-disdukcapil": raise it with `npm version minor` (or patch, major).',
    ]);
    expect(checkAppId(antrean, project('disdukcapil', '3.6.0'), { portal, existingApp: true })).toEqual({
      passed: [
        'a new version of "Antrean Online Disdukcapil" 3.5.3, of disdukcapil on http://127.0.0.1:4100',
      ],
      problems: [],
    });
  });
});
