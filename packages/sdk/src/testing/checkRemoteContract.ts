import type { ManifestEntry } from '@bas/manifest';
import type { UserProfile } from '../contract.ts';
import { apiOriginsOf } from '../apiOriginsOf.ts';
import { isRemoteModule } from '../isRemoteModule.ts';
import { createTestContext, type TestContext } from './createTestContext.ts';
import { installLeakProbes, realSleep } from './installLeakProbes.ts';

/**
 * What the contract check needs to know of the app.
 *
 * @example
 * const options: ContractCheckOptions = { entry, expectText: 'Pengumuman terbaru' };
 */
export interface ContractCheckOptions {
  /** The app's catalog entry. */
  entry: ManifestEntry;
  /** Who is signed in while the app runs; nobody by default. */
  user?: UserProfile;
  /** Text the app shows once it has rendered; any content at all by default. */
  expectText?: string | RegExp;
  /** What a person does once the app has rendered (fill a form, follow a link), on the first visit only. */
  interact?(element: HTMLElement, test: TestContext): Promise<void>;
  /** How long the app may take to render, in ms (2,000 by default). */
  timeoutMs?: number;
}

/**
 * The problems a contract check found, each saying what to change.
 *
 * @example
 * try { await checkRemoteContract(module, { entry }); } catch (error) { if (error instanceof RemoteContractError) console.log(error.problems); }
 */
export class RemoteContractError extends Error {
  /** One sentence per problem, each ending with what to do about it. */
  readonly problems: readonly string[];
  constructor(appId: string, problems: readonly string[]) {
    super(`${appId} breaks the BAS remote contract:\n- ${problems.join('\n- ')}`);
    this.name = 'RemoteContractError';
    this.problems = problems;
  }
}

async function rendered(element: HTMLElement, options: ContractCheckOptions): Promise<boolean> {
  const deadline = Date.now() + (options.timeoutMs ?? 2000);
  const shows = () => {
    const text = element.textContent ?? '';
    if (options.expectText === undefined) return element.childNodes.length > 0;
    return typeof options.expectText === 'string'
      ? text.includes(options.expectText)
      : options.expectText.test(text);
  };
  while (!shows()) {
    if (Date.now() > deadline) return false;
    await realSleep(10);
  }
  return true;
}

/**
 * Mounts an exposed module three times the way the shell does, and checks what the contract promises the shell:
 * it fulfils `mount(element, context)`, renders, and its unmount leaves no DOM nodes, listeners on window or
 * document, timers or SDK subscriptions behind; it works again after being unmounted; and it reaches the shell
 * only through the context (no `history.pushState`, no cookies, its token sent only to its `apiOrigins`). The first visit may leave what a framework keeps
 * once per page (React's document listener); the later visits may leave nothing. Needs a DOM (happy-dom or a
 * browser).
 *
 * @example
 * await checkRemoteContract(await import('./remote.tsx'), { entry, expectText: 'Pengumuman terbaru' });
 *
 * @throws RemoteContractError listing every problem found
 */
export async function checkRemoteContract(module: unknown, options: ContractCheckOptions): Promise<void> {
  const appId = options.entry.id;
  if (!isRemoteModule(module)) {
    throw new RemoteContractError(appId, [
      'the exposed module has no mount(element, context) function: export `mount` (createReactRemote(App) gives one)',
    ]);
  }
  const problems: string[] = [];
  const probes = installLeakProbes(apiOriginsOf(options.entry));
  try {
    for (const visit of [1, 2, 3]) {
      const element = document.body.appendChild(document.createElement('div'));
      const test = createTestContext({
        entry: options.entry,
        ...(options.user ? { user: options.user } : {}),
      });
      probes.reset();
      const unmount = module.mount(element, test.context);
      if (typeof unmount !== 'function') {
        problems.push('mount returned no function: return the function that removes what mount rendered');
        element.remove();
        break;
      }
      if (!(await rendered(element, options))) {
        problems.push(
          `visit ${visit}: nothing ${options.expectText === undefined ? '' : `showing ${String(options.expectText)} `}was rendered within ${options.timeoutMs ?? 2000} ms`,
        );
      } else if (visit === 1 && options.interact !== undefined) {
        await options.interact(element, test);
      }
      unmount();
      await realSleep(20);
      if (element.childNodes.length > 0) {
        problems.push(
          `visit ${visit}: unmount left ${element.childNodes.length} node(s) in the element: remove everything mount rendered`,
        );
      }
      if (test.record.activeSubscriptions > 0) {
        problems.push(
          `visit ${visit}: ${test.record.activeSubscriptions} subscription(s) to the context are still active: call the functions subscribe() returned when unmounting`,
        );
      }
      if (probes.pendingTimers() > 0) {
        problems.push(
          `visit ${visit}: ${probes.pendingTimers()} timer(s) still pending after unmount: clear them when unmounting`,
        );
      }
      if (visit > 1 && probes.listeners().length > 0) {
        problems.push(
          `visit ${visit}: listeners still attached after unmount (${probes.listeners().join(', ')}): remove them when unmounting`,
        );
      }
      problems.push(...new Set(probes.bypasses()));
      problems.push(
        ...test.record.errors.map((error) => `visit ${visit}: the app reported an error: ${String(error)}`),
      );
      element.remove();
    }
  } finally {
    probes.uninstall();
  }
  if (problems.length > 0) throw new RemoteContractError(appId, [...new Set(problems)]);
}
