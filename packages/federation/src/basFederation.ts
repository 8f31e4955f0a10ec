import { federation } from '@module-federation/vite';

/**
 * The plugin warns that a singleton shared with `runtime-infer` tree shaking may load twice when consumers need
 * different exports. BAS shares react-router that way on purpose, with one fixed export list that the shell and
 * every remote build alike (remoteRouterApi, decisions/0002), so the case it warns about cannot arise, and a
 * developer could do nothing about the warning.
 */
const sharedSubsetWarning = /Shared singleton "react-router" uses runtime-infer tree shaking/;

/**
 * `federation()` of `@module-federation/vite`, without the one warning BAS answers by design (above). Every other
 * warning of the plugin is printed as usual.
 */
export function basFederation(options: Parameters<typeof federation>[0]): ReturnType<typeof federation> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (args.some((arg) => typeof arg === 'string' && sharedSubsetWarning.test(arg))) return;
    warn(...args);
  };
  try {
    // The plugin checks its options here, synchronously, and prints the warning while it does.
    return federation(options);
  } finally {
    console.warn = warn;
  }
}
