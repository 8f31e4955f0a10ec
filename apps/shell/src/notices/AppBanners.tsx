import { NoticeView } from './NoticeView.tsx';
import { useNotices } from './noticeStore.ts';

/** The banners an app put above its area. */
export function AppBanners({ appId, appName }: { appId: string; appName: string }) {
  const banners = useNotices((state) => state.banners).filter((banner) => banner.appId === appId);
  if (banners.length === 0) return null;
  return (
    <div className="app-banners">
      {banners.map((banner) => (
        <NoticeView key={banner.id} notice={banner} appName={appName} />
      ))}
    </div>
  );
}
