/** The ids a form field's parts carry, so its label, hint and error are tied to the control. */
export interface FieldIds {
  control: string;
  hint: string;
  error: string;
}

/**
 * The ids of a field's control, hint and error, from one id (React's `useId()`, or a name unique in the app).
 * The control keeps the id itself, so an error summary's link `#<id>` reaches it.
 *
 * @example
 * const ids = fieldIds('nik'); // { control: 'nik', hint: 'nik-hint', error: 'nik-error' }
 */
export function fieldIds(id: string): FieldIds {
  return { control: id, hint: `${id}-hint`, error: `${id}-error` };
}

/**
 * The value of `aria-describedby` for the parts that are shown: ids joined by spaces, `undefined` when none is,
 * so no attribute points at nothing.
 *
 * @example
 * describedBy(hint && ids.hint, error && ids.error); // 'nik-hint nik-error'
 */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const shown = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return shown.length === 0 ? undefined : shown.join(' ');
}
