// Running a remote without the shell: its standalone page, the development harness. Not shared with the shell,
// so the shell's first paint does not carry it.
export { createStandaloneContext } from './createStandaloneContext.ts';
export { createBrowserNavigation } from './createBrowserNavigation.ts';
export { createLocaleSwitch } from './createLocaleSwitch.ts';
