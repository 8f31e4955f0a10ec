// Compile-time tests of the published types (dist), the way an agency's remote sees them: `tsc -p type-tests`
// fails when a promise of the contract changes.
import type { AuthService, RemoteContext, RemoteModule, TelemetryService, UserProfile } from '@bas/sdk';
import { isRemoteModule, sdkVersion } from '@bas/sdk';
import { createReactRemote, useLocale } from '@bas/sdk/react';
import { createTestContext } from '@bas/sdk/testing';
import { expectTypeOf } from 'vitest';

// A remote's mount takes the element and the context and returns its unmount.
expectTypeOf<RemoteModule['mount']>().parameters.toEqualTypeOf<[HTMLElement, RemoteContext]>();
expectTypeOf<RemoteModule['mount']>().returns.toEqualTypeOf<() => void>();
expectTypeOf(createReactRemote(() => null)).toEqualTypeOf<RemoteModule>();

// Tokens stay with the shell: a remote can get an access token and nothing else of the session.
expectTypeOf<AuthService['getAccessToken']>().returns.toEqualTypeOf<Promise<string | undefined>>();
expectTypeOf<AuthService>().not.toHaveProperty('refreshToken');
expectTypeOf<AuthService>().not.toHaveProperty('idToken');
expectTypeOf<RemoteContext>().not.toHaveProperty('keycloak');
expectTypeOf<UserProfile>().not.toHaveProperty('token');

// The services a remote is promised.
expectTypeOf<RemoteContext>().toHaveProperty('notifications');
expectTypeOf<RemoteContext>().toHaveProperty('telemetry');
expectTypeOf<RemoteContext['entry']['id']>().toEqualTypeOf<string>();
expectTypeOf(useLocale).returns.toEqualTypeOf<'id' | 'en'>();
expectTypeOf(sdkVersion).toEqualTypeOf<string>();

declare const context: RemoteContext;
declare const telemetry: TelemetryService;
// @ts-expect-error: a toast's tone is one of four; a typo is caught when the remote is built
context.notifications.toast('Terkirim', { tone: 'danger' });
// @ts-expect-error: telemetry carries plain values, never objects (a person's data stays out of it)
telemetry.event('permohonan-dikirim', { applicant: { nik: '3271' } });
declare const user: UserProfile;
// @ts-expect-error: a remote cannot change the roles the shell gave it
user.roles.push('admin');

declare const loaded: unknown;
if (isRemoteModule(loaded)) expectTypeOf(loaded).toEqualTypeOf<RemoteModule>();

// @ts-expect-error: a test context needs the app's catalog entry
createTestContext({});

// A request's timeline has three states and texts in the portal's two languages (or one string for both).
declare const requests: RemoteContext['requests'];
expectTypeOf(requests.report).returns.toEqualTypeOf<Promise<void>>();
void requests.report({
  id: 'KK-2026-0042',
  title: { id: 'Kartu Keluarga baru', en: 'New family card' },
  status: 'Diverifikasi',
  steps: [{ label: 'Diajukan', state: 'done', date: '2026-05-04' }],
  link: 'status/KK-2026-0042',
});
void requests.report({
  id: 'KK-2026-0042',
  title: 'Kartu Keluarga',
  status: 'Diajukan',
  // @ts-expect-error: a step is done, current or upcoming; anything else is caught when the remote is built
  steps: [{ label: 'Diajukan', state: 'finished' }],
  link: 'status/KK-2026-0042',
});
// @ts-expect-error: a localized text has both languages
void requests.report({ id: 'x', title: { id: 'Kartu Keluarga' }, status: 'Diajukan', steps: [], link: 'x' });
// @ts-expect-error: the app's id is the shell's to add; a remote cannot name another app
void requests.report({ id: 'x', appId: 'aduan-warga', title: 't', status: 's', steps: [], link: 'x' });

// A survey request answers one of three outcomes; the app cannot name the service it is about.
declare const survey: RemoteContext['survey'];
expectTypeOf(survey.request).returns.toEqualTypeOf<Promise<'offered' | 'already-asked' | 'unavailable'>>();
// @ts-expect-error: the shell asks about the mounted app only; a remote cannot ask on another app's behalf
void survey.request('aduan-warga');
