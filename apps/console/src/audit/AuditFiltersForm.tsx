import { parseIndonesianDate } from '@bas/ui';
import { Button, DateField, ErrorSummary, TextField } from '@bas/ui/react';
import { useState } from 'react';
import { useTexts } from '../i18n/useTexts.ts';
import { FilterSelect } from '../catalog/FilterSelect.tsx';
import type { AuditView } from './auditFilters.ts';

const ids = { since: 'audit-since', until: 'audit-until' };

/** The audit log's filters, applied together on submit (each change would otherwise reload the log). */
export function AuditFiltersForm({ view, onApply }: { view: AuditView; onApply(view: AuditView): void }) {
  const t = useTexts();
  const [app, setApp] = useState(view.app);
  const [actor, setActor] = useState(view.actor);
  const [action, setAction] = useState(view.action);
  const [since, setSince] = useState(view.since);
  const [until, setUntil] = useState(view.until);
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);

  const apply = () => {
    const sinceDay = since.trim() === '' ? '' : parseIndonesianDate(since);
    const untilDay = until.trim() === '' ? '' : parseIndonesianDate(until);
    const found = [
      ...(sinceDay === undefined
        ? [{ fieldId: ids.since, message: `${t.audit.since}: ${t.audit.dateHint}` }]
        : []),
      ...(untilDay === undefined
        ? [{ fieldId: ids.until, message: `${t.audit.until}: ${t.audit.dateHint}` }]
        : []),
      ...(sinceDay && untilDay && untilDay < sinceDay
        ? [{ fieldId: ids.until, message: t.audit.untilBeforeSince }]
        : []),
    ];
    setErrors(found);
    if (found.length > 0 || sinceDay === undefined || untilDay === undefined) return;
    onApply({ app: app.trim(), actor: actor.trim(), action, since: sinceDay, until: untilDay });
  };
  const errorOf = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;
  const actions = Object.entries(t.audit.actions).map(([value, label]) => ({ value, label }));
  return (
    <form
      className="filters"
      aria-label={t.audit.filters}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <ErrorSummary errors={errors} />
      <TextField label={t.audit.app} value={app} onChange={setApp} width="short" />
      <TextField label={t.audit.actor} value={actor} onChange={setActor} width="short" />
      <FilterSelect
        label={t.audit.action}
        allLabel={t.catalog.all}
        options={actions}
        value={action}
        onChange={setAction}
      />
      <DateField
        id={ids.since}
        label={t.audit.since}
        value={since}
        onChange={setSince}
        error={errorOf(ids.since)}
      />
      <DateField
        id={ids.until}
        label={t.audit.until}
        value={until}
        onChange={setUntil}
        error={errorOf(ids.until)}
      />
      <div className="bas-actions">
        <Button type="submit">{t.audit.apply}</Button>
        <Button
          variant="secondary"
          onClick={() => {
            for (const clear of [setApp, setActor, setAction, setSince, setUntil]) clear('');
            setErrors([]);
            onApply({ app: '', actor: '', action: '', since: '', until: '' });
          }}
        >
          {t.audit.reset}
        </Button>
      </div>
    </form>
  );
}
