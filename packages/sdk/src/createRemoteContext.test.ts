import { describe, expect, it } from 'vitest';
import { createRemoteContext, type RemoteHost } from './createRemoteContext.ts';
import { createTestContext } from './testing/createTestContext.ts';
import { testEntry } from './testing/testEntry.fixture.ts';

const entry = testEntry('dokumen-kependudukan');

/** A host that lends the test context's services and answers survey requests with `requestSurvey`. */
function hostWith(requestSurvey: RemoteHost['requestSurvey']): RemoteHost {
  const { context } = createTestContext({ entry });
  return {
    navigation: context.navigation,
    auth: context.auth,
    locale: context.locale,
    notify: () => () => {},
    record: () => {},
    reportError: () => {},
    reportRequest: () => Promise.resolve(),
    requestSurvey,
  };
}

describe('createRemoteContext', () => {
  it("asks the host for the survey about the mounted app's own id", async () => {
    const asked: string[] = [];
    const context = createRemoteContext(
      entry,
      hostWith((appId) => {
        asked.push(appId);
        return Promise.resolve('offered');
      }),
    );
    expect(await context.survey.request()).toBe('offered');
    expect(asked).toEqual(['dokumen-kependudukan']);
  });

  it('answers a survey request with a rejected promise when the host throws', async () => {
    const context = createRemoteContext(
      entry,
      hostWith(() => {
        throw new Error('the shell broke');
      }),
    );
    await expect(context.survey.request()).rejects.toThrow('the shell broke');
  });
});
