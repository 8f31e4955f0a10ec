import { Button, ErrorSummary, TextField } from '@bas/ui/react';
import { useState } from 'react';
import { useTexts } from '../i18n/useTexts.ts';
import { RegistryErrorNotice } from '../layout/RegistryErrorNotice.tsx';
import { reasonMaxLength, reasonProblem } from '../common/reasonProblem.ts';

const reasonId = 'decision-reason';

/**
 * Approve or reject, with a reason: optional to approve, required to reject (the registry requires it from the
 * console too). A missing or too long reason is said in the error summary and nothing is sent.
 */
export function DecisionForm({
  approve,
  reject,
}: {
  approve(reason: string): Promise<void>;
  reject(reason: string): Promise<void>;
}) {
  const t = useTexts();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const decide = async (decision: 'approve' | 'reject') => {
    const found = reasonProblem(reason, t, decision === 'reject' ? 'reject' : 'optional');
    setProblem(found);
    setFailure(undefined);
    if (found !== undefined) return;
    setSending(true);
    try {
      await (decision === 'approve' ? approve : reject)(reason.trim());
    } catch (error) {
      setFailure(error);
      setSending(false);
    }
  };

  return (
    <form className="decision" noValidate onSubmit={(event) => event.preventDefault()}>
      <ErrorSummary errors={problem === undefined ? [] : [{ fieldId: reasonId, message: problem }]} />
      {failure !== undefined && <RegistryErrorNotice error={failure} action />}
      <TextField
        id={reasonId}
        label={t.reasonField.label}
        hint={t.reasonField.optional({ max: reasonMaxLength })}
        rows={4}
        value={reason}
        onChange={setReason}
        error={problem}
      />
      <div className="bas-actions">
        <Button disabled={sending} onClick={() => void decide('approve')}>
          {t.review.approve}
        </Button>
        <Button variant="secondary" disabled={sending} onClick={() => void decide('reject')}>
          {t.review.reject}
        </Button>
      </div>
      {sending && <p role="status">{t.review.sending}</p>}
    </form>
  );
}
