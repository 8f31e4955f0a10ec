import { onCLS, onFCP, onINP, onLCP, onTTFB, type MetricWithAttribution } from 'web-vitals/attribution';
import type { AppOnScreen } from './appOnScreen.ts';
import { longestSampleMs, type RumSample } from './RumSample.ts';

/** The vitals of the page's load, which are an app's only when the page was loaded on its route. */
const ofTheLoad = new Set<string>(['LCP', 'FCP', 'TTFB']);

/** Whether the document was loaded at `basePath` or below it (a load of the home page is the home page's). */
function loadedAt(navigationURL: string | undefined, basePath: string): boolean {
  if (navigationURL === undefined) return false;
  const { pathname } = new URL(navigationURL);
  return pathname === basePath || pathname.startsWith(`${basePath}/`);
}

/**
 * Records the portal's Core Web Vitals (web-vitals' attribution build) for the app on screen when each is reported:
 * LCP, FCP and TTFB once known (read from the browser's buffered entries, so starting late still finds them, but
 * kept only when the page was loaded on that app's route), INP and CLS when the page is hidden. A vital reported while
 * no app is on screen is not recorded.
 */
export function reportVitals(
  record: (sample: RumSample) => void,
  onScreen: () => AppOnScreen | undefined,
): void {
  const report = (metric: MetricWithAttribution) => {
    const app = onScreen();
    if (app === undefined) return;
    if (ofTheLoad.has(metric.name) && !loadedAt(metric.navigationURL, app.basePath)) return;
    const cls = metric.name === 'CLS';
    const value = cls ? Math.round(metric.value * 10_000) / 10_000 : Math.round(metric.value);
    if (!(value >= 0 && value <= (cls ? 100 : longestSampleMs))) return;
    record({ appId: app.appId, metric: metric.name, value });
  };
  onLCP(report);
  onINP(report);
  onCLS(report);
  onFCP(report);
  onTTFB(report);
}
