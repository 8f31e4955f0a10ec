import type { NotificationTone } from '@bas/sdk';
import { create } from 'zustand';

export interface Notice {
  id: number;
  /** The app that sent it, named to the person so they know where a message comes from. */
  appId: string;
  message: string;
  tone: NotificationTone;
}

interface NoticeState {
  toasts: Notice[];
  banners: Notice[];
}

/** Toasts and banners the apps asked the shell to show. */
export const useNotices = create<NoticeState>()(() => ({ toasts: [], banners: [] }));

/** How long a toast stays: long enough to read two lines on a phone. */
export const toastMs = 6000;
// More than this at once is noise; the oldest go first.
const maxToasts = 3;
let nextId = 0;

export function dismissNotice(id: number): void {
  useNotices.setState((state) => ({
    toasts: state.toasts.filter((notice) => notice.id !== id),
    banners: state.banners.filter((notice) => notice.id !== id),
  }));
}

export function showToast(appId: string, message: string, tone: NotificationTone): void {
  const notice = { id: (nextId += 1), appId, message, tone };
  useNotices.setState((state) => ({ toasts: [...state.toasts, notice].slice(-maxToasts) }));
  setTimeout(() => dismissNotice(notice.id), toastMs);
}

/** Shows a banner above the app's area; returns the function that removes it. */
export function showBanner(appId: string, message: string, tone: NotificationTone): () => void {
  const notice = { id: (nextId += 1), appId, message, tone };
  useNotices.setState((state) => ({ banners: [...state.banners, notice] }));
  return () => dismissNotice(notice.id);
}

/** An app's banners go when the person leaves the app. */
export function clearBanners(appId: string): void {
  useNotices.setState((state) => ({ banners: state.banners.filter((notice) => notice.appId !== appId) }));
}
