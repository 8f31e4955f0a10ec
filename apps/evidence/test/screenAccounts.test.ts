import { describe, expect, it } from 'vitest';
import {
  accountsFromEnv,
  devRealmAccounts,
  internalAccountFor,
  screenAccounts,
} from '../src/screenAccounts.ts';

const agency = (code: string) => ({ agency: { code, name: code } });

describe('screenshot accounts', () => {
  it('reads a citizen, a civil servant for every internal app, and one per agency from the settings', () => {
    const accounts = accountsFromEnv({
      BAS_EVIDENCE_PUBLIC_USER: 'uji.warga',
      BAS_EVIDENCE_PUBLIC_PASSWORD: 'p1',
      BAS_EVIDENCE_INTERNAL_USER: 'uji.asn',
      BAS_EVIDENCE_INTERNAL_PASSWORD: 'p2',
      BAS_EVIDENCE_INTERNAL_USER_KEC_BOGOR_TENGAH: 'uji.bogortengah',
      BAS_EVIDENCE_INTERNAL_PASSWORD_KEC_BOGOR_TENGAH: 'p3',
    });
    expect(accounts.public).toEqual({ username: 'uji.warga', password: 'p1' });
    expect(internalAccountFor(agency('kec-bogor-tengah'), accounts)).toEqual({
      username: 'uji.bogortengah',
      password: 'p3',
    });
    expect(internalAccountFor(agency('bapenda'), accounts)).toEqual({ username: 'uji.asn', password: 'p2' });
    expect(internalAccountFor(agency('bapenda'), accountsFromEnv({}))).toBeUndefined();
  });

  it("takes the development realm's demo users: warga, each agency's civil servant, else the admin", () => {
    const accounts = devRealmAccounts();
    expect(accounts.public?.username).toBe('warga');
    expect(internalAccountFor(agency('bkpsdm'), accounts)?.username).toBe('asn.bkpsdm');
    expect(internalAccountFor(agency('disdukcapil'), accounts)?.username).toBe('asn.disdukcapil');
    expect(internalAccountFor(agency('dinkes'), accounts)?.username).toBe('admin');
    expect(accounts.internal?.password).toBe('bas-demo');
  });

  it('never uses the demo users for a portal elsewhere', async () => {
    const accounts = await screenAccounts(new URL('https://bas.kotabogor.go.id'), {});
    expect(accounts.public).toBeUndefined();
    expect(accounts.internal).toBeUndefined();
    expect(accounts.internalByAgency.size).toBe(0);
  });
});
