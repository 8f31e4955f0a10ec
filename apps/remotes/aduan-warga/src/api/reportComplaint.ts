import type { RemoteContext, RequestStep } from '@bas/sdk';
import type { ComplaintApi } from '../ComplaintApiContext.ts';
import type { FiledComplaint } from './complaint.ts';
import { texts } from '../texts.ts';

/**
 * The complaint as the portal's "Permohonan saya" page lists it: its category, and the desk's steps with the date
 * each was reached. Where it happened, the description and the photo stay with the desk.
 */
export function toComplaintReport(
  complaint: FiledComplaint,
): Parameters<RemoteContext['requests']['report']>[0] {
  const reachedLast = complaint.timeline.findLastIndex((step) => step.at !== undefined);
  const done = complaint.status === 'selesai';
  return {
    id: complaint.ticket,
    title: {
      id: `Aduan: ${texts.id.categories[complaint.category]}`,
      en: `Complaint: ${texts.en.categories[complaint.category]}`,
    },
    status: { id: texts.id.statuses[complaint.status], en: texts.en.statuses[complaint.status] },
    steps: complaint.timeline.map((step, index): RequestStep => ({
      label: { id: texts.id.statuses[step.step], en: texts.en.statuses[step.step] },
      state:
        index < reachedLast || (index === reachedLast && done)
          ? 'done'
          : index === reachedLast
            ? 'current'
            : 'upcoming',
      ...(step.at === undefined ? {} : { date: step.at }),
    })),
    // The app's start lists the person's complaints with their steps.
    link: '',
  };
}

/**
 * The API, reporting each complaint to the portal when it is filed. A report that fails is counted in telemetry
 * and never holds up the form.
 */
export function withComplaintReports(
  api: ComplaintApi,
  { auth, requests, telemetry }: Pick<RemoteContext, 'auth' | 'requests' | 'telemetry'>,
): ComplaintApi {
  return {
    ...api,
    file: (complaint) =>
      api.file(complaint).then((filed) => {
        if (auth.getUser() !== undefined)
          requests
            .report(toComplaintReport(filed))
            .catch((error: unknown) => telemetry.error(error, { step: 'report' }));
        return filed;
      }),
  };
}
