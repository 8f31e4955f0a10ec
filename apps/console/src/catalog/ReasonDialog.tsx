import { Button, ErrorSummary, TextField } from '@bas/ui/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTexts } from '../i18n/useTexts.ts';
import { RegistryErrorNotice } from '../layout/RegistryErrorNotice.tsx';
import { reasonMaxLength, reasonProblem } from '../common/reasonProblem.ts';

const reasonId = 'dialog-reason';

/**
 * Asks for the reason of a change that takes something from people (roll back, disable) or gives it back
 * (enable), in a modal `<dialog>`: the focus goes to the reason, stays inside while it is open (the browser's
 * modal), and returns to the button that opened it. Escape or "Batal" closes it without a change.
 */
export function ReasonDialog({
  title,
  body,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  /** Makes the change; the dialog stays open with the registry's answer if it fails. */
  onConfirm(reason: string): Promise<void>;
  onClose(): void;
}) {
  const t = useTexts();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [sending, setSending] = useState(false);

  useEffect(() => {
    const opener = document.activeElement;
    const element = dialog.current;
    element?.showModal();
    document.getElementById(reasonId)?.focus();
    return () => {
      element?.close();
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, []);

  const confirm = async () => {
    const found = reasonProblem(reason, t, 'required');
    setProblem(found);
    setFailure(undefined);
    if (found !== undefined) return;
    setSending(true);
    try {
      await onConfirm(reason.trim());
    } catch (error) {
      setFailure(error);
      setSending(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="reason-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape: the dialog is closed by the page that opened it, which also gives the focus back.
        event.preventDefault();
        onClose();
      }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <p id={bodyId}>{body}</p>
        <ErrorSummary errors={problem === undefined ? [] : [{ fieldId: reasonId, message: problem }]} />
        {failure !== undefined && <RegistryErrorNotice error={failure} action />}
        <TextField
          id={reasonId}
          label={t.reasonField.label}
          hint={t.reasonField.required({ max: reasonMaxLength })}
          rows={3}
          required
          value={reason}
          onChange={setReason}
          error={problem}
        />
        <div className="bas-actions">
          <Button type="submit" disabled={sending}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" disabled={sending} onClick={onClose}>
            {t.app.cancel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
