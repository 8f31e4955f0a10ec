import { useTexts } from '../i18n/useTexts.ts';
import { dismissNotice, type Notice } from './noticeStore.ts';

/** One toast or banner: the message, where it comes from, and a way to close it. */
export function NoticeView({ notice, appName }: { notice: Notice; appName: string }) {
  const t = useTexts();
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : undefined}>
      <p>
        <span className="notice-source">{appName}</span> {notice.message}
      </p>
      <button type="button" onClick={() => dismissNotice(notice.id)} aria-label={t.notice.dismiss}>
        ×
      </button>
    </div>
  );
}
