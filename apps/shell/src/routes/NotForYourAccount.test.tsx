import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../auth/sessionStore.ts';
import { NotForYourAccount } from './NotForYourAccount.tsx';

afterEach(cleanup);

const shownTo = (user: { username: string; roles: string[]; agency?: string }) => {
  useSessionStore.setState({ status: 'authenticated', user: { ...user, name: user.username }, notice: null });
  render(
    <MemoryRouter>
      <NotForYourAccount />
    </MemoryRouter>,
  );
  return screen.getByRole('region').textContent ?? '';
};

describe('NotForYourAccount', () => {
  it('tells a citizen where their services are, not to ask an agency administrator they do not have', () => {
    const text = shownTo({ username: 'warga', roles: ['warga'] });
    expect(text).toContain('Layanan untuk warga ada di beranda dan di pencarian.');
    expect(text).not.toContain('admin perangkat daerah');
  });

  it('tells a civil servant of another agency whom to ask', () => {
    expect(shownTo({ username: 'asn.bkpsdm', roles: ['asn'], agency: 'bkpsdm' })).toContain(
      'hubungi admin perangkat daerah Anda',
    );
  });
});
