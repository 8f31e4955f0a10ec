import { useTexts } from '../i18n/useTexts.ts';
import { entryShownWithId, useCatalog } from '../catalog/catalogStore.ts';
import { useLocalized } from '../i18n/useLocalized.ts';
import { NoticeView } from './NoticeView.tsx';
import { useNotices } from './noticeStore.ts';

/** The shell's toast area: announced politely to screen readers, above everything on small screens too. */
export function Toasts() {
  const t = useTexts();
  const toasts = useNotices((state) => state.toasts);
  const catalog = useCatalog();
  const localized = useLocalized();
  const nameOf = (appId: string) => {
    const entry = entryShownWithId(catalog, appId);
    return entry === undefined ? appId : localized(entry.name);
  };
  return (
    <section className="toasts" aria-live="polite" aria-label={t.notice.label}>
      {toasts.map((toast) => (
        <NoticeView key={toast.id} notice={toast} appName={nameOf(toast.appId)} />
      ))}
    </section>
  );
}
