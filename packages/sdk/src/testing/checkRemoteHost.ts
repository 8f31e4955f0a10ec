import type { ManifestEntry } from '@bas/manifest';
import type { Locale, RemoteContext, ShellLocation } from '../contract.ts';
import { realSleep } from './installLeakProbes.ts';

/**
 * What a host promises every remote it mounts, checked on the context it built: the app's own id, entry and base
 * path; relative paths resolved under the base path and full paths kept, with listeners told; a language, whose
 * switches reach the app's listeners; no token
 * while nobody is signed in and a stable user object; notices and telemetry that accept what the contract allows;
 * a request report answered with a promise; a survey request answered with one of its outcomes.
 * The shell, the standalone page, the harness and the test context are each checked with it, so a remote meets
 * the same contract wherever it runs. Resolves with one sentence per broken promise (none when the host keeps
 * them all); it navigates twice, so run it on a context made for the check.
 *
 * @example
 * expect(await checkRemoteHost(createStandaloneContext({ entry, basePath: '/' }), { entry, basePath: '/' })).toEqual([]);
 */
export async function checkRemoteHost(
  context: RemoteContext,
  expected: {
    entry: ManifestEntry;
    basePath: string;
    /** Switches the language as the person would in this host; leave out where the language is fixed. */
    switchLocale?: (locale: Locale) => void;
  },
): Promise<string[]> {
  const problems: string[] = [];
  const { entry, basePath } = expected;
  if (context.appId !== entry.id)
    problems.push(`appId is "${context.appId}", not the entry's id "${entry.id}".`);
  if (context.entry !== entry) problems.push("entry is not the app's own catalog entry.");
  if (context.basePath !== basePath) problems.push(`basePath is "${context.basePath}", not "${basePath}".`);

  const heard: ShellLocation[] = [];
  const stopListening = context.navigation.subscribe((location) => heard.push(location));
  const arrivesAt = async (to: string, pathname: string, listening = true) => {
    context.navigation.navigate(to);
    for (
      let waited = 0;
      waited < 1000 && context.navigation.getLocation().pathname !== pathname;
      waited += 10
    ) {
      await realSleep(10);
    }
    const at = context.navigation.getLocation().pathname;
    if (at !== pathname) problems.push(`navigate("${to}") led to "${at}", not "${pathname}".`);
    else if (listening && !heard.some((location) => location.pathname === pathname)) {
      problems.push(`navigate("${to}") did not tell the app's navigation listeners.`);
    }
  };
  await arrivesAt('periksa-host/1', `${basePath.replace(/\/$/, '')}/periksa-host/1`);
  await arrivesAt('/cari', '/cari');
  stopListening();
  const afterStop = heard.length;
  await arrivesAt('/', '/', false);
  if (heard.length !== afterStop)
    problems.push('a navigation listener was still told after it unsubscribed.');

  const locale = context.locale.get();
  if (locale !== 'id' && locale !== 'en')
    problems.push(`locale.get() is "${String(locale)}", not "id" or "en".`);
  const heardLocales: Locale[] = [];
  const stopLocale = context.locale.subscribe((next) => heardLocales.push(next));
  if (expected.switchLocale !== undefined) {
    const other = locale === 'id' ? 'en' : 'id';
    expected.switchLocale(other);
    const now = context.locale.get();
    if (now !== other) problems.push(`after switching to "${other}", locale.get() is "${now}".`);
    if (!heardLocales.includes(other))
      problems.push(`switching to "${other}" did not tell the app's locale listeners.`);
    expected.switchLocale(locale);
  }
  if (typeof stopLocale !== 'function')
    problems.push('locale.subscribe() returned no way to stop listening.');
  else stopLocale();

  const user = context.auth.getUser();
  if (context.auth.getUser() !== user) {
    problems.push(
      'auth.getUser() returns a new object on every call; React needs the same one until sign-in changes.',
    );
  }
  if (user === undefined && (await context.auth.getAccessToken()) !== undefined) {
    problems.push('auth.getAccessToken() hands out a token while nobody is signed in.');
  }

  if (context.notifications.toast('Pemeriksaan host', { tone: 'info' }) !== undefined) {
    problems.push('notifications.toast() returned something; it returns nothing.');
  }
  const hide = context.notifications.banner('Pemeriksaan host', { tone: 'warning' });
  if (typeof hide !== 'function')
    problems.push('notifications.banner() returned no way to remove the banner.');
  else hide();
  context.telemetry.event('periksa-host', { langkah: 1 });
  context.telemetry.error(new Error('Pemeriksaan host'), { langkah: 2 });

  // Kept or refused (nobody is signed in here), the answer is a promise: a remote awaits it, never a throw.
  const reported: unknown = context.requests.report({
    id: 'periksa-host',
    title: 'Pemeriksaan host',
    status: 'Diperiksa',
    steps: [{ label: 'Diperiksa', state: 'current' }],
    link: 'periksa-host',
  });
  if (!(reported instanceof Promise)) problems.push('requests.report() did not return a promise.');
  else await reported.catch(() => undefined);

  const surveyed: unknown = context.survey.request();
  if (!(surveyed instanceof Promise)) problems.push('survey.request() did not return a promise.');
  else {
    const outcome = await surveyed.then(
      (value: unknown) => JSON.stringify(value),
      (error: unknown) => `a rejection (${String(error)})`,
    );
    if (!['"offered"', '"already-asked"', '"unavailable"'].includes(outcome)) {
      problems.push(`survey.request() answered ${outcome}, not "offered", "already-asked" or "unavailable".`);
    }
  }
  return problems;
}
