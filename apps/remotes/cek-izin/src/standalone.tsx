// The standalone page's entry is an async boundary: the shared React and SDK are resolved by the federation runtime
// before the app's code runs, as webpack and rspack require (a synchronous entry fails with RUNTIME-006).
void import('./mountStandalone.tsx');
