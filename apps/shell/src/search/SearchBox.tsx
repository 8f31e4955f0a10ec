import type { IndexEntry } from '@bas/manifest/catalogIndex';
import { appPath } from '@bas/sdk';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTexts } from '../i18n/useTexts.ts';
import { useNavigate } from 'react-router';
import { agencyShortName } from '../catalog/agencyShortName.ts';
import { useLocalized } from '../i18n/useLocalized.ts';
import { useCatalogSearch } from './useCatalogSearch.ts';

/**
 * The header's search: suggestions as you type in a listbox (arrow keys move, Enter opens, Escape closes), and
 * Enter without a suggestion opens the full results page.
 */
export function SearchBox() {
  const t = useTexts();
  const localized = useLocalized();
  const navigate = useNavigate();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [wanted, setWanted] = useState(false);
  const results = useCatalogSearch(query, 8, { wanted })?.results ?? [];
  const expanded = open && results.length > 0;
  const input = useRef<HTMLInputElement>(null);
  // On a page the server rendered, the person may type before the shell's JavaScript runs: carry on from there.
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed === '') return;
    setQuery(typed);
    setWanted(true);
    setOpen(document.activeElement === input.current);
  }, []);

  const openEntry = (entry: IndexEntry) => {
    setOpen(false);
    setQuery('');
    void navigate(appPath(entry.route));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.max(-1, Math.min(results.length - 1, current + step)));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      const entry = results[active];
      if (entry !== undefined) {
        event.preventDefault();
        openEntry(entry);
      }
    }
  };

  return (
    <form
      role="search"
      // Before the shell's JavaScript runs (a page the server rendered), Enter opens the results page natively.
      action="/cari"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        if (query.trim() === '') return;
        setOpen(false);
        void navigate(`/cari?q=${encodeURIComponent(query.trim())}`);
      }}
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t.search.label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        name="q"
        ref={input}
        role="combobox"
        autoComplete="off"
        placeholder={t.search.placeholder}
        aria-expanded={expanded}
        aria-controls={`${id}-results`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        value={query}
        onFocus={() => setWanted(true)}
        onChange={(event) => {
          setWanted(true);
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-results`} role="listbox" aria-label={t.search.suggestions} hidden={!expanded}>
        {expanded &&
          results.map((entry, index) => (
            <li
              key={entry.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                openEntry(entry);
              }}
            >
              <span>{localized(entry.name)}</span> <small>{agencyShortName(entry.agency)}</small>
            </li>
          ))}
      </ul>
    </form>
  );
}
