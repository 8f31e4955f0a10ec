import { useLocale, useRemoteContext } from '@bas/sdk/react';
import { Link, Route, Routes, useParams } from 'react-router';
import { announcements } from './announcements.ts';

const texts = {
  id: { heading: 'Pengumuman terbaru', back: 'Semua pengumuman', missing: 'Pengumuman tidak ditemukan.' },
  en: { heading: 'Latest announcements', back: 'All announcements', missing: 'Announcement not found.' },
};

function AnnouncementList() {
  const locale = useLocale();
  return (
    <ul className="pengumuman-list">
      {announcements.map((item) => (
        <li key={item.id}>
          <Link to={item.id}>{item.title[locale]}</Link>{' '}
          <time dateTime={item.date}>
            {new Date(item.date).toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' })}
          </time>
        </li>
      ))}
    </ul>
  );
}

function AnnouncementDetail() {
  const locale = useLocale();
  const { id } = useParams();
  const item = announcements.find((candidate) => candidate.id === id);
  return (
    <article>
      {item === undefined ? (
        <p role="alert">{texts[locale].missing}</p>
      ) : (
        <>
          <h3>{item.title[locale]}</h3>
          <p>{item.body[locale]}</p>
        </>
      )}
      <Link to="..">{texts[locale].back}</Link>
    </article>
  );
}

/** City announcements: a list and a page per announcement, in the shell's language. */
export function App() {
  const locale = useLocale();
  const { appId } = useRemoteContext();
  return (
    <div className="pengumuman" data-remote={appId} lang={locale}>
      <h2>{texts[locale].heading}</h2>
      <Routes>
        <Route index element={<AnnouncementList />} />
        <Route path=":id" element={<AnnouncementDetail />} />
      </Routes>
    </div>
  );
}
