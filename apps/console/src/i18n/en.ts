import type { Messages, Value } from './id.ts';

/** The console's English texts: the same keys as Bahasa Indonesia, checked by the type. */
export const en: Messages = {
  brand: 'BAS Control Centre',
  pageTitle: ({ page }: { page: Value }) => `${page} — BAS Control Centre`,
  skipToContent: 'Skip to content',
  language: { label: 'Language', id: 'Bahasa Indonesia', en: 'English' },
  nav: {
    label: 'Main navigation',
    menu: 'Menu',
    queue: 'Approval queue',
    catalog: 'Catalog',
    audit: 'Audit log',
    spbe: 'SPBE evidence',
  },
  footer: 'City Government of Bogor · Diskominfo · BAS operations console',
  scrollHint: ({ table }: { table: Value }) => `${table} (scroll sideways for more columns)`,
  loading: 'Loading…',
  none: '—',
  auth: {
    checking: 'Checking your session…',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signInTitle: 'Sign in to the BAS Control Centre',
    signInBody:
      "The Control Centre is BAS's operations console for platform admins and agency developers: version approvals, the app catalog, the audit log and the apps' health. Sign in with your City of Bogor SSO account.",
    sessionEnded:
      'Your session has ended. Please sign in again; you will come back to the page you had open.',
    unavailable:
      'The sign-in service (SSO) did not answer when the console checked your session. Try signing in; if that fails too, contact the Diskominfo platform team.',
    refreshDelayed:
      'The sign-in service (SSO) cannot be reached right now. You stay signed in; the console keeps trying to renew your session.',
    account: ({ name, role }: { name: Value; role: Value }) => `${name} (${role})`,
    admin: 'platform admin',
    developer: ({ agency }: { agency: Value }) => `${agency} developer`,
    noRoleTitle: 'The Control Centre is for platform admins and agency developers only',
    noRoleBody: ({ username }: { username: Value }) =>
      `The account ${username} has neither the admin nor the developer role. If your work needs the Control Centre, ask Diskominfo's SSO administrator to give your account the "developer" (agency developer) or "admin" role. Services for residents and civil servants are on the BAS portal.`,
  },
  config: {
    title: "The console's settings (config.json) cannot be used",
    reasons: {
      unreachable: ({ detail }: { detail: Value }) =>
        `config.json could not be fetched from the console's server (${detail}).`,
      status: ({ detail }: { detail: Value }) => `The console's server answered ${detail} for /config.json.`,
      'not-json': ({ detail }: { detail: Value }) =>
        `/config.json is not JSON (the server sent ${detail}); usually the server sent another page in its place.`,
      invalid: ({ detail }: { detail: Value }) => `config.json is not as expected: ${detail}.`,
    },
    fix: 'The server that serves the console needs to provide /config.json like the example below (the README of apps/console explains each field). Once it is fixed, reload this page.',
    example: 'Example config.json',
    reload: 'Reload',
  },
  errors: {
    title: 'The data could not be loaded',
    actionTitle: 'The action did not succeed',
    unreachable: ({ call }: { call: Value }) =>
      `The registry cannot be reached (${call}). Check your connection, then try again; if it still fails, the registry may be down: tell the platform team.`,
    refused: ({ call, status }: { call: Value; status: Value }) =>
      `The registry refused this request (${call}, HTTP ${status}). Its reason:`,
    notUnderstood: ({ call }: { call: Value }) =>
      `The registry answered ${call} in a shape this console does not understand, so the console does not show it. The registry and the console are probably of different versions: tell the platform team, with the details below.`,
    signedOut: 'Your session ended before the request was sent. Sign in again, then repeat it.',
    signInUnreachable:
      'The sign-in service (SSO) cannot be reached to renew your session, so this request was not sent. The console keeps trying; repeat it in a moment.',
    unexpected:
      'Something unexpected went wrong in the console. Reload the page; if it happens again, tell the platform team.',
    retry: 'Try again',
  },
  notFound: {
    title: 'Page not found',
    body: 'This address is not a page of the Control Centre.',
    back: 'Go to the start page',
  },
  adminOnly: {
    title: 'This page is for platform admins only',
    body: "The approval queue, the audit log and the SPBE evidence are run by Diskominfo's platform admins. Your agency's apps are in the Catalog.",
    toCatalog: 'Open the catalog',
  },
  statuses: { active: 'Active', maintenance: 'Maintenance', disabled: 'Disabled' },
  kinds: { federated: 'Remote (federated)', iframe: 'Iframe (legacy app)', link: 'External link' },
  roles: { public: 'Public', internal: 'Internal (ASN)' },
  health: { up: 'Up', degraded: 'Degraded', down: 'Down', unknown: 'Not monitored yet' },
  reasonField: {
    label: 'Reason',
    required: ({ max }: { max: Value }) =>
      `Required. Kept in the audit log and read by the agency that runs the app; at most ${max} characters.`,
    optional: ({ max }: { max: Value }) =>
      `Optional to approve, required to reject. Kept in the audit log and read by the agency's developers; at most ${max} characters.`,
    missing: 'Write the reason in a few words; it is kept in the audit log.',
    missingReject: "Write why you reject it, so the agency's developers know what to fix.",
    tooLong: ({ max, length }: { max: Value; length: Value }) =>
      `A reason has at most ${max} characters, this one ${length}; shorten it.`,
  },
  queue: {
    title: 'Approval queue',
    intro:
      'Versions published by agency developers wait here until another admin approves or rejects them. Residents only ever get approved versions.',
    loading: 'Loading the queue…',
    caption: ({ count }: { count: Value }) => `${count} versions waiting for approval, the oldest first`,
    columns: {
      app: 'App',
      agency: 'Agency',
      version: 'Version',
      served: 'Served version',
      publishedBy: 'Published by',
      publishedAt: 'Published at',
      action: 'Action',
    },
    review: 'Review',
    reviewLabel: ({ name, version }: { name: Value; version: Value }) => `Review ${name} ${version}`,
    newApp: 'none yet (new app)',
    empty: 'No version is waiting for approval.',
    emptyBody: 'A version appears here as soon as an agency developer publishes it with the command',
  },
  review: {
    title: ({ name, version }: { name: Value; version: Value }) => `Review ${name} ${version}`,
    loading: 'Loading the changes…',
    back: 'Back to the queue',
    published: ({ who, when }: { who: Value; when: Value }) => `Published by ${who} on ${when}.`,
    served: ({ version }: { version: Value }) =>
      `The portal serves version ${version} now. Approving this version replaces it.`,
    newApp:
      'This app has never been approved, so every field of its entry is new. Approving it adds the app to the portal.',
    sensitiveSummary: ({ count }: { count: Value }) =>
      `${count} sensitive changes: they decide who may open the app, what code runs and from where, or where people's tokens are sent. Check each one before approving.`,
    changesTitle: 'Changes to the catalog entry',
    changesCaption: ({ before, after }: { before: Value; after: Value }) =>
      `Entry fields that differ between ${before} and ${after}`,
    nothingServed: 'nothing served yet',
    noChanges: 'No field of the entry changes.',
    columns: { field: 'Field', before: 'Before', after: 'After' },
    sensitive: 'Sensitive change',
    absent: '(absent)',
    bundleTitle: 'Build files',
    bundleNone:
      "This version brought no build uploaded to the registry: its entry points at the agency's own server, so there are no files to compare.",
    bundleSame: ({ files }: { files: Value }) =>
      `All ${files} build files are the very same bytes as in the version served now.`,
    bundleCaption: ({ unchanged }: { unchanged: Value }) =>
      `Build files that differ from the version served now; ${unchanged} other files are the very same`,
    bundleColumns: { path: 'File', change: 'Change', before: 'Size before', after: 'Size after' },
    fileChanges: { added: 'Added', removed: 'Removed', changed: 'Changed' },
    total: ({ before, after }: { before: Value; after: Value }) => `Total (${before} → ${after} files)`,
    decisionTitle: 'Decision',
    approve: 'Approve and serve',
    reject: 'Reject this version',
    sending: 'Sending the decision…',
    approved: ({ name, version }: { name: Value; version: Value }) =>
      `${name} ${version} is approved and the portal serves it now.`,
    rejected: ({ name, version }: { name: Value; version: Value }) =>
      `${name} ${version} is rejected. Your reason is in the audit log.`,
  },
  catalog: {
    title: 'Catalog',
    introAdmin:
      'Every app in the BAS catalog. Open an app to see its versions, roll back to an earlier one, or disable it.',
    introDeveloper: ({ agency }: { agency: Value }) =>
      `${agency}'s apps: their versions, status and health. Approving, rolling back and disabling are done by the platform admins.`,
    publish: "New versions are published from the app's project folder with the command",
    loading: 'Loading the catalog…',
    filters: 'Filter the catalog',
    agency: 'Agency',
    kind: 'Kind',
    status: 'Status',
    health: 'Health',
    all: 'All',
    reset: 'Clear filters',
    caption: ({ shown, total }: { shown: Value; total: Value }) =>
      `Apps in the catalog: ${shown} of ${total}`,
    tableLabel: 'App catalog',
    columns: {
      name: 'App',
      agency: 'Agency',
      kind: 'Kind',
      status: 'Status',
      health: 'Health',
      version: 'Served version',
      pending: 'Waiting',
      changed: 'Last change',
    },
    pending: ({ count, latest }: { count: Value; latest: Value }) => `${count} (latest ${latest})`,
    unnamed: '(no name: every version was rejected)',
    empty: 'No app matches these filters.',
    noApps: 'There are no apps in the catalog yet.',
  },
  app: {
    loading: 'Loading the app…',
    back: 'Back to the catalog',
    summary: 'Summary',
    id: 'Id',
    agency: 'Agency',
    route: 'Address in the portal',
    status: 'Status',
    current: 'Served version',
    noCurrent: 'none yet: waiting for its first approval',
    versionsTitle: 'Versions',
    versionsCaption: ({ name }: { name: Value }) => `Versions of ${name}, the newest first`,
    versionColumns: {
      version: 'Version',
      state: 'State',
      submitted: 'Published',
      approved: 'Approved',
      action: 'Action',
    },
    states: { pending: 'Waiting for approval', approved: 'Approved', serving: 'Served now' },
    by: ({ who, when }: { who: Value; when: Value }) => `${who}, ${when}`,
    review: ({ version }: { version: Value }) => `Review ${version}`,
    rollback: ({ version }: { version: Value }) => `Roll back to ${version}`,
    adminTitle: 'Admin actions',
    disableIntro:
      'Disabling takes the app out of the portal at once; tabs that have it open close it. Enabling it again serves the same version.',
    disable: 'Disable the app',
    enable: 'Enable again',
    cancel: 'Cancel',
    dialogs: {
      rollback: {
        title: ({ name, version }: { name: Value; version: Value }) => `Roll ${name} back to ${version}?`,
        body: ({ current, version }: { current: Value; version: Value }) =>
          `The portal will serve ${version} again instead of ${current}. People who open the app after this get ${version}.`,
        confirm: ({ version }: { version: Value }) => `Roll back to ${version}`,
        done: ({ name, version }: { name: Value; version: Value }) => `${name} serves ${version} again.`,
      },
      disable: {
        title: ({ name }: { name: Value }) => `Disable ${name}?`,
        body: 'The app leaves the portal at once for everyone, until an admin enables it again.',
        confirm: 'Disable',
        done: ({ name }: { name: Value }) => `${name} is disabled and no longer shown in the portal.`,
      },
      enable: {
        title: ({ name }: { name: Value }) => `Enable ${name} again?`,
        body: "The portal serves the app's last approved version again.",
        confirm: 'Enable again',
        done: ({ name }: { name: Value }) => `${name} is active in the portal again.`,
      },
    },
    healthTitle: 'Health',
    healthNone: 'The monitor has no data for this app yet.',
    healthSince: ({ since }: { since: Value }) => `since ${since}`,
    healthReason: ({ reason }: { reason: Value }) => `Cause: ${reason}`,
    uptimeMonth: 'Availability this month',
    latency: 'Response time (p50 / p95)',
    uptimeDays: 'Availability per day, last 90 days',
    uptimeDay: ({ date, ratio }: { date: Value; ratio: Value }) => `${date}: ${ratio}`,
    noData: 'no data',
    probesCaption: 'Latest checks',
    probeColumns: { at: 'Time', status: 'Result', latency: 'Response time' },
    latencyChart: 'Response time and failed checks per hour, last 7 days',
    failedProbes: 'Failed checks',
  },
  chart: {
    showTable: 'Show as a table',
    hour: 'Hour (WIB)',
    failed:
      'The chart cannot be drawn in this browser; the same numbers are in the table below. Reload the page to try again.',
  },
  slo: {
    title: 'Service level objectives (SLO)',
    intro: ({ hour, sixHours }: { hour: Value; sixHours: Value }) =>
      `A target is the share that must succeed each month: the monitor's checks (availability) and people's openings of the app (load success). The error budget is the share allowed to fail, 100% minus the target. A burn rate of 1× spends the budget in exactly 30 days; ${hour}× over the last hour or ${sixHours}× over the last 6 hours is critical: the budget is gone within days, act now.`,
    month: ({ month }: { month: Value }) => `${month} (UTC).`,
    loading: 'Loading the service level objectives…',
    caption: "This month's service level objectives",
    columns: {
      measure: 'Measure',
      availability: 'Availability (checks)',
      loadSuccess: 'Load success (people)',
    },
    objective: 'Target',
    measured: 'Measured this month',
    budget: 'Error budget left',
    burnRate: {
      '1h': 'Budget burn rate, last hour',
      '6h': 'Budget burn rate, last 6 hours',
      '30d': 'Budget burn rate, last 30 days',
    },
    rate: ({ rate }: { rate: Value }) => `${rate}×`,
    budgetReadings: {
      ok: 'Enough',
      low: 'Running low: hold back risky changes',
      spent: "Spent: this month's failures exceed what the target allows",
    },
    burnReadings: {
      ok: 'Fine: at this rate the budget lasts the whole month',
      elevated: ({ duration }: { duration: Value }) =>
        `Over budget: at this rate a month's budget is gone in ${duration}`,
      critical: ({ duration }: { duration: Value }) =>
        `Critical: at this rate a month's budget is gone in ${duration}; act now`,
    },
    underAnHour: 'less than an hour',
  },
  usage: {
    title: 'Usage',
    intro:
      "Openings of this app in the portal, as people's browsers report them. The numbers come from a sample of visits, not every visit.",
    range: 'Time range',
    ranges: { '24h': 'Last 24 hours', '7d': 'Last 7 days', '30d': 'Last 30 days' },
    period: ({ since, until }: { since: Value; until: Value }) => `From ${since} to ${until}.`,
    loading: 'Loading usage…',
    opensCaption: 'App openings',
    columns: { measure: 'Measure', value: 'Value' },
    attempts: 'Attempted',
    mounted: 'Loaded',
    failed: 'Failed',
    ofAttempts: ({ count, share }: { count: Value; share: Value }) => `${count} (${share} of attempts)`,
    timeToMounted: ({ percentile }: { percentile: Value }) => `${percentile} time until shown`,
    noOpens: 'No openings were recorded in this range yet.',
    noFailures: 'No opening failed in this range.',
    failuresCaption: 'Failed openings by cause',
    failureColumns: { cause: 'Cause', count: 'Count', share: 'Share of failures' },
    causes: {
      timeout: {
        label: 'Timed out',
        detail: "The app did not show within the portal's time limit.",
      },
      network: {
        label: 'Network',
        detail: "The app's files could not be downloaded: the person's connection or the asset server.",
      },
      integrity: {
        label: 'Files altered',
        detail: 'A downloaded file did not match the fingerprint (hash) of the approved version.',
      },
      'sdk-version': {
        label: 'SDK version mismatch',
        detail: 'The app was built with a BAS SDK this portal does not support.',
      },
      'mount-error': {
        label: 'Error while mounting',
        detail: "The app's code threw an error when the portal mounted it.",
      },
      'render-error': {
        label: 'Error while showing',
        detail: 'The app threw an error while showing its page.',
      },
    },
    otherCause: ({ cause }: { cause: Value }) => `Other cause (${cause})`,
    vitalsCaption: "The portal's Core Web Vitals while this app was shown (p75)",
    vitalColumns: { metric: 'Metric', p75: 'p75', rating: "Google's rating", samples: 'Samples' },
    vitalMeanings: {
      LCP: 'Largest Contentful Paint: time until the largest content is shown',
      INP: 'Interaction to Next Paint: delay in answering a tap, click or key',
      CLS: 'Cumulative Layout Shift: how much the layout moves (no unit)',
      FCP: 'First Contentful Paint: time until the first content is shown',
      TTFB: 'Time to First Byte: time until the first byte from the server',
    },
    ratings: { good: 'Good', 'needs-improvement': 'Needs improvement', poor: 'Poor' },
    thresholds: ({ good, poor }: { good: Value; poor: Value }) => `good ≤ ${good}, poor > ${poor}`,
    hourlyTitle: 'Openings per hour',
    failureRate: 'Failure rate',
  },
  audit: {
    title: 'Audit log',
    intro:
      'Every change to the catalog: who, what, when and why. The log only grows; no record is ever changed or deleted.',
    filters: 'Filter the log',
    app: 'App (id)',
    actor: 'Actor (user name)',
    action: 'Action',
    since: 'From date',
    until: 'To date',
    dateHint: 'Dates in Western Indonesia Time (WIB), e.g. 2026-11-30',
    apply: 'Apply filters',
    reset: 'Clear filters',
    untilBeforeSince: 'The "to" date must be the same as or after the "from" date.',
    download: 'Download CSV',
    downloading: 'Preparing the CSV…',
    downloaded: ({ file }: { file: Value }) => `The audit log was saved as ${file}.`,
    loading: 'Loading the audit log…',
    caption: ({ count }: { count: Value }) => `${count} records, the newest first`,
    columns: {
      at: 'Time',
      actor: 'Actor',
      action: 'Action',
      app: 'App',
      version: 'Version',
      reason: 'Reason',
    },
    actions: {
      seed: 'Catalog seeded',
      publish: 'Publish',
      approve: 'Approve',
      reject: 'Reject',
      release: 'Release id',
      rollback: 'Roll back',
      disable: 'Disable',
      enable: 'Enable',
      'publish-token-create': 'Create publish token',
      'publish-token-revoke': 'Revoke publish token',
    },
    empty: 'No record matches these filters.',
    more: 'Load older records',
  },
  spbe: {
    title: 'SPBE evidence',
    intro:
      'Evidence for the SPBE evaluation of the service domain (indicators 32–47), put together by the registry from what it stores: the catalog, the monitor’s availability probes, people’s openings of each service and the public satisfaction survey (SKM). A figure not measured yet reads "not measured", never 0.',
    period: 'Period',
    thisYear: ({ year }: { year: Value }) => `${year} (this year, so far)`,
    loading: 'Loading the evidence…',
    generated: ({ period, at }: { period: Value; at: Value }) =>
      `Period ${period} (UTC year), put together by the registry on ${at}.`,
    download: 'Download evidence.json',
    downloaded: ({ file }: { file: Value }) => `The registry’s answer was saved as ${file}.`,
    reports: {
      title: 'Full report (PDF and ZIP)',
      intro:
        'The evidence service puts together, on the server, the printable PDF report and a ZIP to upload (the PDF, the CSV files, the screenshots and evidence.json) from the chosen period’s evidence. Reports already generated can be downloaded here.',
      automation: 'For automation, the same report comes from the BAS repository, with the command',
      automationToken: 'It needs a platform admin’s token; the README of apps/evidence says how.',
      screenshots: 'With screenshots of the services (a few minutes)',
      start: ({ period }: { period: Value }) => `Generate the ${period} report`,
      news: {
        running: ({ period }: { period: Value }) =>
          `The ${period} report is being generated; its progress shows in the list of reports.`,
        done: ({ period }: { period: Value }) => `The ${period} report is ready to download.`,
        failed: ({ period }: { period: Value }) =>
          `The ${period} report failed; the list of reports says why.`,
      },
      busyTitle: 'Another report is being generated',
      busyToDo:
        'The evidence service generates one report at a time. The progress of the one being generated is in the list below; once it is done, generate yours again if you still need it.',
      loading: 'Loading the reports…',
      listLabel: 'Reports generated, the newest first',
      empty: 'No report generated yet. The reports you generate appear here, with their progress.',
      item: ({ period, at }: { period: Value; at: Value }) => `Report ${period} · ${at}`,
      requested: ({ who, screenshots }: { who: Value; screenshots: Value }) =>
        `Asked for by ${who}, ${screenshots}.`,
      withScreenshots: 'with screenshots',
      withoutScreenshots: 'without screenshots',
      running: 'Being generated.',
      steps: {
        figures: 'Reading the figures from the registry.',
        screenshots: 'Photographing the services.',
        pdf: 'Printing the PDF.',
        zip: 'Packing the ZIP.',
        done: 'Finishing.',
      },
      photographing: ({ done, total }: { done: Value; total: Value }) =>
        `Photographing service ${done} of ${total}.`,
      done: ({ at }: { at: Value }) => `Finished on ${at}.`,
      download: {
        zip: ({ size }: { size: Value }) => `Download ZIP (${size})`,
        pdf: ({ size }: { size: Value }) => `Download PDF (${size})`,
      },
      downloading: { zip: 'Downloading the ZIP…', pdf: 'Downloading the PDF…' },
      downloaded: ({ file }: { file: Value }) => `The report was saved as ${file}.`,
      failed: ({ at }: { at: Value }) => `Failed on ${at}.`,
      reason: 'The evidence service gives this reason:',
      noReason: 'The evidence service gave no reason.',
      failedToDo:
        'Fix the cause, then generate the report again. If the cause is unclear, tell the platform team.',
    },
    summaryTitle: 'Summary per indicator',
    summaryCaption: ({ period }: { period: Value }) => `SPBE indicators 32–47, period ${period}`,
    columns: {
      indicator: 'Indicator',
      services: 'Services',
      uptime: 'Availability',
      opens: 'Openings',
      ikm: 'IKM',
      completeness: 'Completeness',
    },
    aspects: { administrative: 'Government administration', public: 'Public service' },
    noServices: 'No service under this indicator yet',
    notMeasured: 'not measured',
    summaryNotes:
      'Availability: the share of the monitor’s probes that passed. Openings: openings of the services in the portal, from sampled visits. IKM: the public satisfaction index (25–100) over all its services’ survey answers. Completeness: the mean share of the evidence checks its services pass.',
    gapsTitle: 'What is still missing',
    gapsIntro:
      'The services whose evidence is incomplete for this period, and what to do about it. Complete them before the evaluation, then produce the report again.',
    filters: 'Filter what is missing',
    indicator: 'Indicator',
    gapKind: 'Kind of gap',
    all: 'All',
    indicatorOption: ({ indicator, title }: { indicator: Value; title: Value }) => `${indicator} · ${title}`,
    reset: 'Clear filters',
    gapsCount: ({ shown, total }: { shown: Value; total: Value }) =>
      `${shown} of ${total} services with incomplete evidence`,
    serviceOf: ({ indicator, agency }: { indicator: Value; agency: Value }) =>
      `Indicator ${indicator} · ${agency}`,
    owner: ({ name, email }: { name: Value; email: Value }) => `Owner: ${name} (${email})`,
    gapsOf: ({ name }: { name: Value }) => `What ${name} lacks`,
    toDo: 'What to do:',
    complete: 'Every service’s evidence is complete for this period.',
    noActive: 'There is no active service in the catalog yet.',
    noMatch: 'Nothing missing matches these filters.',
    gaps: {
      'owner-phone': {
        label: 'Owner’s phone',
        missing: 'The owner’s phone number is not given.',
        toDo: 'Ask the agency to add the owner’s phone number (owner.phone) to its catalog entry and publish a new version, then approve that version in the Approval queue.',
      },
      'uptime-unknown': {
        label: 'Availability probes',
        missing: 'The monitor has not probed it in this period, so its availability is not measured.',
        toDo: 'Make sure the registry’s monitor is running: it probes every active app about once a minute. Missed probes cannot be added afterwards.',
      },
      'no-usage': {
        label: 'Recorded openings',
        missing: 'No opening of the service in the portal was recorded in this period.',
        toDo: 'Make sure people can find and open this service in the portal, for instance through a link on the agency’s website. Openings are recorded from sampled visits, so a service opened rarely may have none yet.',
      },
      'no-survey': {
        label: 'Satisfaction survey answers',
        missing:
          'No answer to the public satisfaction survey (SKM) in this period, so its IKM is not measured.',
        toDo: 'Ask the agency to invite this service’s users to fill in the public satisfaction survey (the SKM service in the portal).',
      },
    },
  },
};
