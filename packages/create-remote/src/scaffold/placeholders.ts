/**
 * What `bas-remote create` writes where only the agency can say what is true: the app's description. It is valid,
 * so the app runs in the harness from the first minute, and `check` (so `publish`) refuses it, so no placeholder
 * reaches a catalog.
 */
const marks = {
  id: 'tulis di sini satu kalimat tentang layanan ini',
  en: 'write one sentence about this service here',
} as const;

export function placeholderDescription(name: string): { id: string; en: string } {
  return { id: `${name}: ${marks.id}.`, en: `${name}: ${marks.en}.` };
}

/** The placeholders still in `entry`, each with what to do about it. */
export function placeholderProblems(entry: Record<string, unknown>): string[] {
  const description = (entry.description ?? {}) as Partial<Record<keyof typeof marks, unknown>>;
  return (Object.keys(marks) as (keyof typeof marks)[])
    .filter((language) => String(description[language] ?? '').includes(marks[language]))
    .map(
      (language) =>
        `bas-remote.json: description.${language} is still the scaffold's placeholder: say in one sentence what the app does and for whom (the catalog and search show it).`,
    );
}
