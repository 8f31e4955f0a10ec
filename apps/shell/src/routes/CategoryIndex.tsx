import type { ManifestEntry } from '@bas/manifest';
import { Link } from 'react-router';
import { id } from '../i18n/id.ts';
import { useTexts } from '../i18n/useTexts.ts';

type Category = ManifestEntry['category'];

// The order the categories are listed in the shell's texts: population documents and health first.
export const categoryOrder = Object.keys(id.categories) as Category[];

/** Every category with services, as a compact index: one tap to the category's page, with how many it holds. */
export function CategoryIndex({ counts }: { counts: Readonly<Record<string, number>> }) {
  const t = useTexts();
  return (
    <section aria-labelledby="kategori">
      <h2 id="kategori">{t.home.categories}</h2>
      <ul className="chip-list category-index">
        {categoryOrder
          .filter((category) => (counts[category] ?? 0) > 0)
          .map((category) => (
            <li key={category}>
              <Link to={`/kategori/${category}`}>
                {t.categories[category]} <span className="count">{t.number(counts[category] ?? 0)}</span>
              </Link>
            </li>
          ))}
      </ul>
    </section>
  );
}
