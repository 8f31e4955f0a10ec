import { NavLink } from 'react-router';
import { useTexts } from '../i18n/useTexts.ts';
import { usePersonRequests } from './usePersonRequests.ts';

/** The header's way to "Permohonan saya", with how many of the person's requests are not finished yet. */
export function RequestsLink() {
  const t = useTexts();
  const open = usePersonRequests((state) =>
    state.status === 'ready' ? state.requests.filter((request) => !request.finished).length : undefined,
  );
  return (
    <NavLink
      to="/permohonan"
      className="requests-link"
      aria-label={open === undefined ? t.requests.title : t.requests.badge({ count: open })}
    >
      {t.requests.title}
      {open !== undefined && open > 0 && (
        <span className="requests-count" aria-hidden="true">
          {open}
        </span>
      )}
    </NavLink>
  );
}
