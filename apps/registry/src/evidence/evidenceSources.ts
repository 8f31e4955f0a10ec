import type { Evidence } from '@bas/manifest/evidence';

/** Where each figure of the evidence comes from, said in the evidence itself so a reader of the file needs no code. */
export const evidenceSources: Evidence['sources'] = {
  catalog:
    'The BAS registry’s catalog: every app whose served (approved) version is active, of every role, as its manifest entry declares it (name, agency, owner, spbe indicator, application and service type, addresses, API origins).',
  uptime:
    'The registry’s monitor, which probes every active app about once a minute: probes and passed probes counted per app and UTC day (probe_days), summed over the period’s days; ratio = passed / probes.',
  loadSuccess:
    'Real-user monitoring: each time a person opened the app in the portal, the shell reported whether it showed (sampled, 10 % of page views by default). Attempts and failures of the period, whole hours from the hourly roll-up (rum_hourly) and the rest from raw samples, each counted once; ratio = (attempts − failed) / attempts.',
  opens:
    'The same openings as loadSuccess, per UTC month: sampled counts, so a trend of use rather than the number of visits.',
  satisfaction:
    'Answers to the app’s satisfaction survey (Survei Kepuasan Masyarakat, Permenpan RB 14/2017) received in the period: IKM = the nine elements’ mean scores weighted 1/9 each, summed, times 25; grade A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99. An indicator’s IKM pools the answers of all its services.',
  complaints: 'Not measured yet: the registry stores no complaints; null until it does.',
  gaps: 'owner-phone: the entry names no owner phone; uptime-unknown: no probe in the period; no-usage: no opening in the period; no-survey: no survey answer in the period. A service’s completeness is the share of these four checks it passes.',
};
