/** The shell's look, enough to judge a remote by: header and toasts on the design tokens the page links. */
export const harnessStyles = `
:root { font-family: var(--bas-font); color: var(--bas-ink); line-height: var(--bas-leading); }
body { margin: 0; }
.harness-header { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; padding: 0.6rem 1rem;
  background: var(--bas-green); color: #fff; }
.harness-header strong { margin-right: auto; }
.harness-header select, .harness-header button { font: inherit; }
main { padding: 1rem; max-width: 60rem; margin: 0 auto; }
.harness-notice { border: 1px solid var(--bas-border); border-left: 0.35rem solid var(--bas-green); padding: 0.5rem 0.75rem;
  background: #fff; margin-bottom: 0.5rem; }
.harness-notice[data-tone='error'] { border-left-color: var(--bas-danger); }
.harness-notice[data-tone='warning'] { border-left-color: var(--bas-warning); }
.harness-toasts { position: fixed; right: 0.75rem; bottom: 0.75rem; width: min(24rem, calc(100vw - 1.5rem)); }
.harness-log { margin-top: 2rem; font-size: 0.85rem; color: var(--bas-muted); }
:focus-visible { outline: var(--bas-focus-width) solid var(--bas-focus); outline-offset: var(--bas-focus-offset); }
`;
