import { create } from 'zustand';

/** The shell's invitation to the satisfaction survey about one app. */
export interface SurveyInvitation {
  /** The app the person is asked to rate. */
  appId: string;
  /** The survey app's page for that service: `/layanan/skm?layanan=<app id>`. */
  path: string;
}

/** The invitation on screen, if any: one at a time, shown on the page of the app it is about. */
export const useSurveyInvitation = create<{ invitation: SurveyInvitation | undefined }>()(() => ({
  invitation: undefined,
}));

export function showSurveyInvitation(invitation: SurveyInvitation): void {
  useSurveyInvitation.setState({ invitation });
}

/** The person took the survey or chose "Nanti saja": either way they were asked. */
export function closeSurveyInvitation(): void {
  useSurveyInvitation.setState({ invitation: undefined });
}
