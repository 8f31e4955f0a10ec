import type { AgencyCode } from '../agencies.ts';
import type { Category, LifeEvent, RealmRole } from '../vocabulary.ts';

/** One seed application, written compactly; `seedCatalog` turns it into a full manifest entry. */
export interface SeedApp {
  id: string;
  agency: AgencyCode;
  category: Category;
  role: 'public' | 'internal';
  kind: 'federated' | 'iframe' | 'link';
  indicator: number;
  applicationType: 'umum' | 'khusus';
  name: readonly [id: string, en: string];
  description: readonly [id: string, en: string];
  keywords: string;
  icon: string;
  lifeEvents?: readonly LifeEvent[];
  requiresLogin?: boolean;
  audience?: { agencies?: readonly AgencyCode[]; roles?: readonly RealmRole[] };
  status?: 'active' | 'maintenance' | 'disabled';
  /** Where a national (umum) or otherwise external application lives. */
  url?: string;
}

type Options = Pick<SeedApp, 'lifeEvents' | 'requiresLogin' | 'audience' | 'status' | 'url'>;

/** `app('pbb-online', 'bapenda', 'pajak-retribusi', 'public', 'iframe', 45, 'khusus', [...], [...], 'pbb pajak', 'receipt')` */
export function app(
  id: string,
  agency: AgencyCode,
  category: Category,
  role: SeedApp['role'],
  kind: SeedApp['kind'],
  indicator: number,
  applicationType: SeedApp['applicationType'],
  name: SeedApp['name'],
  description: SeedApp['description'],
  keywords: string,
  icon: string,
  options: Options = {},
): SeedApp {
  return {
    id,
    agency,
    category,
    role,
    kind,
    indicator,
    applicationType,
    name,
    description,
    keywords,
    icon,
    ...options,
  };
}
