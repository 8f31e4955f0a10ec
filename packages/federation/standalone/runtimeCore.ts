// The federation runtime's core for a remote's own page, outside the portal: remotes are built without their own copy
// (`experiments.externalRuntime`) and read it from this global, which in the portal the shell provides. Built as a
// classic script (packages/federation/scripts/buildStandaloneRuntime.mjs), so it runs before any of the page's modules.
import * as runtimeCore from '@module-federation/runtime/core';

const global = globalThis as { _FEDERATION_RUNTIME_CORE?: unknown };
global._FEDERATION_RUNTIME_CORE ??= runtimeCore;
