import { useLocale, useNotifications, useTelemetry } from '@bas/sdk/react';
import { Button, ErrorSummary, SelectField, TextField } from '@bas/ui/react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import {
  complaintCategories,
  complaintSchema,
  kecamatan,
  type ComplaintCategory,
  type Coordinates,
  type FiledComplaint,
} from './api/complaint.ts';
import { useComplaintApi } from './ComplaintApiContext.ts';
import { LocationPicker } from './location/LocationPicker.tsx';
import { PhotoField } from './photo/PhotoField.tsx';
import { texts } from './texts.ts';

type Field = 'category' | 'kecamatan' | 'location' | 'description';
const fields: readonly Field[] = ['category', 'kecamatan', 'location', 'description'];
type Draft = Record<Field, string> & { coordinates?: Coordinates | undefined; photo?: string | undefined };
const blank: Draft = { category: '', kecamatan: '', location: '', description: '' };

/** The category a link asked for (`?kategori=penerangan`, the catalog's shortcuts), when it is one; none otherwise. */
const askedCategory = (asked: string | null): ComplaintCategory | '' =>
  complaintCategories.find((category) => category === asked) ?? '';

/** One form: what, where, and what happened. A filed complaint is forwarded to the agency that handles it. */
export function ComplaintForm({ onFiled }: { onFiled(complaint: FiledComplaint): void }) {
  const t = texts[useLocale()];
  const api = useComplaintApi();
  const notifications = useNotifications();
  const telemetry = useTelemetry();
  const [searchParams] = useSearchParams();
  const [draft, setDraft] = useState<Draft>(() => ({
    ...blank,
    category: askedCategory(searchParams.get('kategori')),
  }));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string>();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = complaintSchema.safeParse(draft);
    if (!parsed.success) {
      // The schema says which field is wrong; the app's texts say it in the person's language only.
      const wrong = new Set(parsed.error.issues.map((issue) => issue.path[0]));
      setErrors(
        Object.fromEntries(
          fields.filter((field) => wrong.has(field)).map((field) => [field, t.errors[field]]),
        ),
      );
      return;
    }
    setErrors({});
    setSending(true);
    setFailure(undefined);
    try {
      const filed = await api.file(parsed.data);
      telemetry.event('aduan-dikirim', { category: filed.category, kecamatan: filed.kecamatan });
      notifications.toast(t.filed(filed.ticket, filed.handledBy), { tone: 'success' });
      setDraft(blank);
      onFiled(filed);
    } catch (error) {
      telemetry.error(error);
      setFailure((error as Error).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="aduan-title">
      <h2 id="aduan-title">{t.title}</h2>
      <ErrorSummary
        errors={fields.flatMap((field) => {
          const message = errors[field];
          return message === undefined ? [] : [{ fieldId: `aduan-${field}`, message }];
        })}
      />
      <SelectField
        id="aduan-category"
        label={t.category}
        options={complaintCategories.map((category) => ({ value: category, label: t.categories[category] }))}
        value={draft.category as ComplaintCategory | ''}
        onChange={(category) => setDraft((current) => ({ ...current, category }))}
        error={errors.category}
      />
      <SelectField
        id="aduan-kecamatan"
        label={t.kecamatan}
        options={kecamatan.map((name) => ({ value: name, label: name }))}
        value={draft.kecamatan}
        onChange={(name) => setDraft((current) => ({ ...current, kecamatan: name }))}
        error={errors.kecamatan}
      />
      <LocationPicker
        id="aduan-location"
        value={draft.location}
        onChange={(location) => setDraft((current) => ({ ...current, location }))}
        error={errors.location}
        coordinates={draft.coordinates}
        // Functional updates: the device's location and the photo arrive after the person may have typed on.
        onCoordinates={(coordinates) => setDraft((current) => ({ ...current, coordinates }))}
      />
      <TextField
        id="aduan-description"
        label={t.description}
        rows={4}
        value={draft.description}
        onChange={(description) => setDraft((current) => ({ ...current, description }))}
        error={errors.description}
      />
      <PhotoField photo={draft.photo} onChange={(photo) => setDraft((current) => ({ ...current, photo }))} />
      {failure !== undefined && <p role="alert">{failure}</p>}
      <Button type="submit" disabled={sending}>
        {sending ? t.sending : t.submit}
      </Button>
    </form>
  );
}
