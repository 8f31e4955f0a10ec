/** The shell's look, enough to judge a remote by: its colours, type, header and toasts. */
export const harnessStyles = `
:root { --bas-green: #0b5d3b; --bas-green-dark: #07432a; --bas-ink: #1b1f1d; --bas-muted: #4a544f;
  --bas-surface: #f5f7f6; --bas-border: #c9d2cd; --bas-danger: #8a1c1c;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--bas-ink); line-height: 1.5; }
body { margin: 0; }
.harness-header { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; padding: 0.6rem 1rem;
  background: var(--bas-green); color: #fff; }
.harness-header strong { margin-right: auto; }
.harness-header select, .harness-header button { font: inherit; }
main { padding: 1rem; max-width: 60rem; margin: 0 auto; }
.harness-notice { border: 1px solid var(--bas-border); border-left: 0.35rem solid var(--bas-green); padding: 0.5rem 0.75rem;
  background: #fff; margin-bottom: 0.5rem; }
.harness-notice[data-tone='error'] { border-left-color: var(--bas-danger); }
.harness-notice[data-tone='warning'] { border-left-color: #8a5a00; }
.harness-toasts { position: fixed; right: 0.75rem; bottom: 0.75rem; width: min(24rem, calc(100vw - 1.5rem)); }
.harness-log { margin-top: 2rem; font-size: 0.85rem; color: var(--bas-muted); }
:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
`;
