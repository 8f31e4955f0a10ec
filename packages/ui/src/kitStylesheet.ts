/** The class of the element the kit's styles apply inside: an app's own root, whatever the page around it. */
export const uiRootClass = 'bas-ui';

/**
 * The kit's styles, every rule under `.bas-ui`, reading the shell's tokens (`--bas-…`, tokens.css). A string
 * rather than a CSS file: a remote's build emits CSS files beside its JavaScript where the shell never loads
 * them, while a string travels inside the shared module and is injected into the app's own root.
 */
export const kitStylesheet = `
.bas-ui { font-family: var(--bas-font); line-height: var(--bas-leading); color: var(--bas-ink); }
.bas-ui :focus-visible { outline: var(--bas-focus-width) solid var(--bas-focus); outline-offset: var(--bas-focus-offset); }
.bas-ui .bas-visually-hidden, .bas-ui .bas-file-input { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
.bas-ui .bas-button { font: inherit; font-weight: 600; min-height: var(--bas-target); min-width: var(--bas-target);
  padding: var(--bas-space-2) var(--bas-space-4); border-radius: var(--bas-radius); border: 2px solid var(--bas-green);
  cursor: pointer; }
.bas-ui .bas-button--primary { background: var(--bas-green); color: var(--bas-on-green); }
.bas-ui .bas-button--primary:hover { background: var(--bas-green-dark); border-color: var(--bas-green-dark); }
.bas-ui .bas-button--secondary { background: #fff; color: var(--bas-green-dark); }
.bas-ui .bas-button--secondary:hover { background: var(--bas-surface); }
.bas-ui .bas-button:disabled { opacity: 0.6; cursor: not-allowed; }
.bas-ui .bas-actions { display: flex; flex-wrap: wrap; gap: var(--bas-space-3); margin: var(--bas-space-6) 0; }
.bas-ui .bas-field, .bas-ui .bas-group { margin: 0 0 var(--bas-space-6); }
.bas-ui .bas-group { border: 0; padding: 0; min-width: 0; }
.bas-ui .bas-label, .bas-ui .bas-legend { display: block; font-weight: 600; margin-bottom: var(--bas-space-1); padding: 0; }
.bas-ui .bas-hint { display: block; color: var(--bas-muted); font-size: var(--bas-text-sm); margin-bottom: var(--bas-space-1); }
.bas-ui .bas-error { display: block; color: var(--bas-danger); font-weight: 600; margin-bottom: var(--bas-space-1); }
.bas-ui .bas-field--invalid, .bas-ui .bas-group--invalid { border-left: 4px solid var(--bas-danger);
  padding-left: var(--bas-space-3); }
.bas-ui .bas-input { font: inherit; width: 100%; max-width: 32rem; min-height: var(--bas-target);
  padding: var(--bas-space-2) var(--bas-space-3); border: 2px solid var(--bas-muted); border-radius: var(--bas-radius);
  background: #fff; color: var(--bas-ink); }
.bas-ui .bas-input[aria-invalid='true'] { border-color: var(--bas-danger); }
.bas-ui .bas-input--short { max-width: 12rem; }
.bas-ui .bas-file { position: relative; }
.bas-ui .bas-file-button { display: inline-flex; align-items: center; }
.bas-ui .bas-file-input:focus-visible + .bas-file-button { outline: var(--bas-focus-width) solid var(--bas-focus);
  outline-offset: var(--bas-focus-offset); }
.bas-ui .bas-file-input[aria-invalid='true'] + .bas-file-button { border-color: var(--bas-danger); }
.bas-ui .bas-file-chosen { display: flex; flex-direction: column; align-items: flex-start; gap: var(--bas-space-3);
  margin-top: var(--bas-space-3); }
.bas-ui .bas-file-chosen:empty { display: none; }
.bas-ui .bas-file-chosen img { max-width: 100%; }
.bas-ui .bas-option { display: flex; align-items: center; gap: var(--bas-space-3); min-height: var(--bas-target);
  padding: var(--bas-space-1) 0; cursor: pointer; }
.bas-ui .bas-option input { width: 1.5rem; height: 1.5rem; margin: 0; accent-color: var(--bas-green); flex: none; }
.bas-ui .bas-option-hint { display: block; color: var(--bas-muted); font-size: var(--bas-text-sm); }
.bas-ui .bas-error-summary { border: 4px solid var(--bas-danger); padding: var(--bas-space-4); margin: 0 0 var(--bas-space-6); }
.bas-ui .bas-error-summary h2 { margin: 0 0 var(--bas-space-2); font-size: var(--bas-text-xl); }
.bas-ui .bas-error-summary ul { margin: 0; padding-left: var(--bas-space-4); }
.bas-ui .bas-error-summary a { color: var(--bas-danger); font-weight: 600; }
.bas-ui .bas-stepper { margin: 0 0 var(--bas-space-4); }
.bas-ui .bas-stepper-count { color: var(--bas-muted); font-size: var(--bas-text-sm); margin: 0; }
.bas-ui .bas-stepper ol { display: flex; flex-wrap: wrap; gap: var(--bas-space-2); margin: var(--bas-space-2) 0 0;
  padding: 0; list-style: none; font-size: var(--bas-text-sm); }
.bas-ui .bas-stepper li { padding: var(--bas-space-1) var(--bas-space-3); border-radius: var(--bas-radius-pill);
  background: var(--bas-surface); border: 1px solid var(--bas-border); }
.bas-ui .bas-stepper li[aria-current='step'] { background: var(--bas-green); color: var(--bas-on-green);
  border-color: var(--bas-green); font-weight: 600; }
.bas-ui .bas-timeline { list-style: none; margin: 0 0 var(--bas-space-6); padding: 0; }
.bas-ui .bas-timeline li { position: relative; padding: 0 0 var(--bas-space-4) var(--bas-space-8);
  border-left: 3px solid var(--bas-border); margin-left: var(--bas-space-2); }
.bas-ui .bas-timeline li:last-child { border-left-color: transparent; }
.bas-ui .bas-timeline li::before { content: ''; position: absolute; left: -0.6rem; top: 0.2rem; width: 1rem; height: 1rem;
  border-radius: 50%; background: #fff; border: 3px solid var(--bas-border); }
.bas-ui .bas-timeline-done { border-left-color: var(--bas-green); }
.bas-ui .bas-timeline-done::before { background: var(--bas-green); border-color: var(--bas-green); }
.bas-ui .bas-timeline-current::before { border-color: var(--bas-green); }
.bas-ui .bas-timeline-current .bas-timeline-label { font-weight: 700; }
.bas-ui .bas-timeline-upcoming { color: var(--bas-muted); }
.bas-ui .bas-timeline time, .bas-ui .bas-timeline-note { display: block; font-size: var(--bas-text-sm); color: var(--bas-muted); }
.bas-ui .bas-notice { border-left: 6px solid var(--bas-info); background: var(--bas-info-surface);
  padding: var(--bas-space-3) var(--bas-space-4); margin: 0 0 var(--bas-space-4); border-radius: var(--bas-radius); }
.bas-ui .bas-notice > :first-child { margin-top: 0; }
.bas-ui .bas-notice > :last-child { margin-bottom: 0; }
.bas-ui .bas-notice-title { font-size: var(--bas-text-lg); margin: 0 0 var(--bas-space-2); }
.bas-ui .bas-notice--success { border-left-color: var(--bas-green); background: var(--bas-success-surface); }
.bas-ui .bas-notice--warning { border-left-color: var(--bas-warning); background: var(--bas-warning-surface); }
.bas-ui .bas-notice--error { border-left-color: var(--bas-danger); background: var(--bas-danger-surface); }
.bas-ui .bas-empty { text-align: center; padding: var(--bas-space-8) var(--bas-space-4); border: 2px dashed var(--bas-border);
  border-radius: var(--bas-radius-lg); color: var(--bas-muted); }
.bas-ui .bas-empty-title { color: var(--bas-ink); font-size: var(--bas-text-lg); margin: 0 0 var(--bas-space-2); }
`;
