import { NavLink } from 'react-router';
import { useTexts } from '../i18n/useTexts.ts';
import { usePersonRequests } from './usePersonRequests.ts';

/** The main navigation's way to "Permohonan saya", with how many of the person's requests are not finished yet. */
export function RequestsLink() {
  const t = useTexts();
  const open = usePersonRequests((state) =>
    state.status === 'ready' ? state.requests.filter((request) => !request.finished).length : undefined,
  );
  // The count is read with the link's own words ("Permohonan saya 2 belum selesai"), so the name a voice user
  // says is the one they see.
  return (
    <NavLink to="/permohonan" className="requests-link">
      {t.requests.title}
      {open !== undefined && open > 0 && (
        <>
          {' '}
          <span className="requests-count">{open}</span>
          <span className="visually-hidden"> {t.requests.unfinished}</span>
        </>
      )}
    </NavLink>
  );
}
