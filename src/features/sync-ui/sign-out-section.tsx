// Sign-out on the sync screen: warns how many changes have not reached the server, asks once more,
// then wipes the staff data and sync settings of this device.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyStorageError } from '@/db/storage-problems';
import { syncActions } from '@/features/sync-ui/data/sync-overview';

export function SignOutSection({ waiting }: { waiting: number }) {
  const { t } = useTranslation(['sync', 'common']);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'problem'; text: string }>();

  async function signOut() {
    try {
      await syncActions.signOut();
      setConfirming(false);
      setMessage({ tone: 'ok', text: t('signOut.done') });
    } catch (error) {
      setMessage({ tone: 'problem', text: t(`common:errors.storage.${classifyStorageError(error)}`) });
    }
  }

  return (
    <section className="settings-section" aria-labelledby="sync-sign-out-title">
      <h2 id="sync-sign-out-title">{t('signOut.title')}</h2>
      <p>{t('signOut.intro')}</p>
      {confirming ? (
        <div className="sync-confirm" role="alertdialog" aria-labelledby="sync-confirm-question">
          {waiting > 0 ? <p className="field-error">{t('signOut.warning', { count: waiting })}</p> : null}
          <p id="sync-confirm-question">{t('signOut.confirmQuestion')}</p>
          <div className="button-row">
            <button type="button" className="button button--danger" onClick={() => void signOut()}>
              {t('signOut.confirm')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
              {t('signOut.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
            {t('signOut.button')}
          </button>
        </div>
      )}
      <p className={message?.tone === 'problem' ? 'field-error' : 'sync-answer'} role="status">
        {message?.text}
      </p>
    </section>
  );
}
