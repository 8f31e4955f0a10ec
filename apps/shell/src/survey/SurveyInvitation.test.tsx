import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../i18n/localeStore.ts';
import { loadTexts } from '../i18n/useTexts.ts';
import { SurveyInvitation } from './SurveyInvitation.tsx';
import { showSurveyInvitation, useSurveyInvitation } from './surveyInvitationStore.ts';

const invitation = { appId: 'dokumen-kependudukan', path: '/layanan/skm?layanan=dokumen-kependudukan' };

function Where() {
  const { pathname, search } = useLocation();
  return <p>{`at ${pathname}${search}`}</p>;
}

/** The invitation on the page of the app it is about, in a router as in the shell. */
function shown(appId = 'dokumen-kependudukan') {
  const router = createMemoryRouter(
    [
      {
        path: '/layanan/:route',
        element: (
          <>
            <SurveyInvitation appId={appId} appName="Permohonan Dokumen Kependudukan" />
            <Where />
          </>
        ),
      },
    ],
    { initialEntries: ['/layanan/dokumen-kependudukan'] },
  );
  render(<RouterProvider router={router} />);
}

afterEach(() => {
  cleanup();
  useSurveyInvitation.setState({ invitation: undefined });
  useLocaleStore.setState({ locale: 'id' });
});

describe('the survey invitation', () => {
  it("asks in the shell's words, with the service's name, as a region with a heading in a polite live area", () => {
    showSurveyInvitation(invitation);
    shown();
    const region = screen.getByRole('region', {
      name: 'Bagaimana pelayanan Permohonan Dokumen Kependudukan?',
    });
    expect(region.textContent).toBe(
      'Bagaimana pelayanan Permohonan Dokumen Kependudukan?Isi survei kepuasan (1 menit)Isi surveiNanti saja',
    );
    expect(region.parentElement?.getAttribute('aria-live')).toBe('polite');
  });

  it('speaks English when the person chose it', async () => {
    await loadTexts('en');
    useLocaleStore.setState({ locale: 'en' });
    showSurveyInvitation(invitation);
    shown();
    expect(
      screen.getByRole('heading', { name: 'How was your experience with Permohonan Dokumen Kependudukan?' }),
    ).toBeTruthy();
    expect(screen.getByText('Take the satisfaction survey (1 minute)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Take the survey' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Not now' })).toBeTruthy();
  });

  it("leads to the survey's page for the service, and goes", () => {
    showSurveyInvitation(invitation);
    shown();
    const take = screen.getByRole('link', { name: 'Isi survei' });
    expect(take.getAttribute('href')).toBe('/layanan/skm?layanan=dokumen-kependudukan');
    act(() => fireEvent.click(take));
    expect(screen.getByText('at /layanan/skm?layanan=dokumen-kependudukan')).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('goes when the person says not now, staying where they are', () => {
    showSurveyInvitation(invitation);
    shown();
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Nanti saja' })));
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByText('at /layanan/dokumen-kependudukan')).toBeTruthy();
  });

  it('shows nothing on the page of another app', () => {
    showSurveyInvitation(invitation);
    shown('aduan-warga');
    expect(screen.queryByRole('region')).toBeNull();
  });
});
