import { Link } from 'react-router';
import { useTexts } from '../i18n/useTexts.ts';
import { closeSurveyInvitation, useSurveyInvitation } from './surveyInvitationStore.ts';

/**
 * The shell's invitation to rate the app on screen, above its area like its banners, in the shell's own UI: an
 * app cannot word it, restyle it or see the answer. A polite live region, so a screen reader hears it without
 * losing its place; it takes no focus from the app's own page (what happens next after a request, say).
 */
export function SurveyInvitation({ appId, appName }: { appId: string; appName: string }) {
  const t = useTexts();
  const invitation = useSurveyInvitation((state) => state.invitation);
  return (
    <div className="survey-invitation" aria-live="polite">
      {invitation?.appId === appId && (
        <section className="notice" aria-labelledby="survey-invitation-title">
          <h2 id="survey-invitation-title">{t.survey.question({ name: appName })}</h2>
          <p>{t.survey.invite}</p>
          <div className="survey-actions">
            <Link to={invitation.path} onClick={closeSurveyInvitation}>
              {t.survey.take}
            </Link>
            <button type="button" onClick={closeSurveyInvitation}>
              {t.survey.later}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
