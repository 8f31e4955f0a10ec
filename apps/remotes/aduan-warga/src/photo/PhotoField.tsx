import { useLocale } from '@bas/sdk/react';
import { Button, FileField } from '@bas/ui/react';
import { useEffect, useRef, useState } from 'react';
import { texts } from '../texts.ts';
import { acceptedPhotoTypes, checkPhotoFile } from './checkPhotoFile.ts';
import { reencodePhoto } from './reencodePhoto.ts';

/** The API takes JSON only, so the photo travels as a data URL (src/api/complaint.ts). */
function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('The photo could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/**
 * An optional photo: checked, then re-encoded without its metadata before anything is sent, with a preview of
 * exactly what will be sent and a way to remove it. `photo` is the re-encoded JPEG as a data URL.
 */
export function PhotoField({
  photo,
  onChange,
}: {
  photo: string | undefined;
  onChange(photo: string | undefined): void;
}) {
  const locale = useLocale();
  const t = texts[locale];
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string>();
  const [preparing, setPreparing] = useState(false);

  // No photo (removed, refused, or the form was sent): the file input must not still hold the old file, or
  // choosing that file again would change nothing.
  useEffect(() => {
    if (photo === undefined && input.current !== null) input.current.value = '';
  }, [photo]);

  // A refused file leaves no photo, and the input does not hold it either.
  const refuse = (message: string) => {
    setProblem(message);
    onChange(undefined);
    if (input.current !== null) input.current.value = '';
  };

  const choose = async (file: File | undefined) => {
    setProblem(undefined);
    if (file === undefined) return onChange(undefined);
    const fileProblem = checkPhotoFile(file);
    if (fileProblem !== undefined) {
      const megabytes = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(
        file.size / 1024 ** 2,
      );
      return refuse(fileProblem === 'type' ? t.photoWrongType : t.photoTooLarge(megabytes));
    }
    setPreparing(true);
    try {
      onChange(await toDataUrl(await reencodePhoto(file)));
    } catch {
      refuse(t.photoUnreadable);
    } finally {
      setPreparing(false);
    }
  };

  return (
    <FileField
      ref={input}
      id="aduan-photo"
      label={t.photo}
      hint={t.photoHint}
      button={photo === undefined ? t.choosePhoto : t.changePhoto}
      accept={acceptedPhotoTypes.join(',')}
      // Said at once: the photo is checked as it is chosen, not when the form is sent.
      error={problem === undefined ? undefined : <span role="alert">{problem}</span>}
      onChange={([file]) => void choose(file)}
    >
      {preparing && <p role="status">{t.photoPreparing}</p>}
      {photo !== undefined && (
        <>
          <img src={photo} alt={t.photoPreview} style={{ maxHeight: 240 }} />
          <Button variant="secondary" onClick={() => onChange(undefined)}>
            {t.removePhoto}
          </Button>
        </>
      )}
    </FileField>
  );
}
