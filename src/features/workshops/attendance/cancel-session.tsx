import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionSheet } from '@/features/workshops/data/attendance';
import { groupsStore } from '@/features/workshops/data/groups';
import { StorageProblemAlert, useSave } from '@/features/workshops/staff-ui';

/** Cancels a session planned by mistake; a session with attendance marks is kept (the marks need it). */
export function CancelSession({ sheet }: { sheet: SessionSheet }) {
  const { t } = useTranslation(['workshops']);
  const navigate = useNavigate();
  const save = useSave();
  const [confirming, setConfirming] = useState(false);
  if (sheet.marks.size > 0) return null;

  async function cancel() {
    const ok = await save.run(() => groupsStore.cancelSessions([sheet.session.id]));
    if (ok) navigate(`/staff/groups/${sheet.group.id}`);
  }

  return (
    <section aria-labelledby="cancel-session-title">
      <h2 id="cancel-session-title">{t('cancel.title')}</h2>
      <p>{t('cancel.text')}</p>
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby="cancel-confirm-title">
          <p id="cancel-confirm-title" className="confirm__title">
            {t('cancel.confirm')}
          </p>
          <div className="button-row">
            <button type="button" className="button button--danger" onClick={() => void cancel()}>
              {t('cancel.yes')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
              {t('cancel.no')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
          {t('cancel.button')}
        </button>
      )}
      <StorageProblemAlert code={save.problem} />
    </section>
  );
}
