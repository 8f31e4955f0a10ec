import { useCallback, useEffect, useState } from 'react';
import type { EvidenceReport, ReportStart } from '../api/registryApi.ts';
import { useConsole } from '../app/ConsoleServicesContext.ts';
import { useLoad } from '../common/useLoad.ts';

/** How often a running report is asked how far it is: its step and count move every few seconds. */
const pollEvery = 2000;

/**
 * A report's change worth saying out loud: started, done or failed. Each step and count is not: a screen reader
 * would otherwise speak every two seconds for minutes.
 */
interface ReportNews {
  period: string;
  status: EvidenceReport['status'];
}

type Learnt = ReadonlyMap<string, EvidenceReport>;

const withLearnt = (learnt: Learnt, reports: readonly EvidenceReport[]): Learnt =>
  new Map([...learnt, ...reports.map((report) => [report.id, report] as const)]);

/** The reports as listed with what starts and polls learnt since, newest first. */
const merge = (listed: readonly EvidenceReport[], learnt: Learnt): EvidenceReport[] =>
  [...new Map([...listed.map((report) => [report.id, report] as const), ...learnt]).values()].sort(
    (a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt),
  );

/**
 * The evidence service's reports, listed once, then each running one asked again every two seconds until none
 * runs: not while the tab is hidden (asked at once when it is shown again), and never after the page is left. A
 * poll that fails stops the polling until `resume`, so a lost session or service is said once, not every 2 s.
 */
export function useEvidenceReports() {
  const { registry } = useConsole();
  const listed = useLoad(useCallback((signal: AbortSignal) => registry.evidenceReports(signal), [registry]));
  const [learnt, setLearnt] = useState<Learnt>(new Map());
  const [news, setNews] = useState<ReportNews>();
  const [pollFailure, setPollFailure] = useState<unknown>();

  const reports =
    listed.data === undefined && learnt.size === 0 ? undefined : merge(listed.data ?? [], learnt);
  // The running reports' ids as one string, so the polling restarts only when that set changes.
  const running = (reports ?? [])
    .filter((report) => report.status === 'running')
    .map((report) => report.id)
    .join(' ');

  useEffect(() => {
    if (running === '' || pollFailure !== undefined) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asking = false;
    const hidden = () => document.visibilityState === 'hidden';
    const wait = () => {
      if (!hidden()) timer = setTimeout(() => void poll(), pollEvery);
    };
    const poll = async () => {
      asking = true;
      try {
        const answers = await Promise.all(
          running.split(' ').map((id) => registry.evidenceReport(id, controller.signal)),
        );
        if (controller.signal.aborted) return;
        setLearnt((known) => withLearnt(known, answers));
        const ended = answers.find((report) => report.status !== 'running');
        if (ended !== undefined) setNews({ period: ended.period, status: ended.status });
        wait();
      } catch (error) {
        if (!controller.signal.aborted) setPollFailure(error);
      } finally {
        asking = false;
      }
    };
    const onVisibility = () => {
      clearTimeout(timer);
      if (!hidden() && !asking) void poll();
    };
    document.addEventListener('visibilitychange', onVisibility);
    wait();
    return () => {
      controller.abort();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [registry, running, pollFailure]);

  return {
    /** Undefined until the list has come (or a report was started while it could not). */
    reports,
    failure: listed.error,
    reload: listed.reload,
    news,
    pollFailure,
    resume: () => setPollFailure(undefined),
    /** Asks for a report; a busy service's report joins the list too, so its progress shows. */
    start: async (period: string, screenshots: boolean): Promise<ReportStart> => {
      const outcome = await registry.startEvidenceReport(period, screenshots);
      setLearnt((known) => withLearnt(known, [outcome.report]));
      if (!outcome.busy) setNews({ period, status: 'running' });
      return outcome;
    },
  };
}
