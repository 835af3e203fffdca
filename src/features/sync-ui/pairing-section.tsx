// Pairing on the sync screen: the device signs in with the one-time pairing code a coordinator made
// (tools/couchdb-setup.mjs --device); the code is used once to sign in and then cleared, never stored.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyStorageError } from '@/db/storage-problems';
import { syncActions } from '@/features/sync-ui/data/sync-overview';

export function PairingSection() {
  const { t } = useTranslation(['sync', 'common']);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ tone: 'ok' | 'problem'; text: string }>();
  const id = useId();
  const hintId = useId();

  async function pair(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setAnswer(undefined);
    try {
      const result = await syncActions.pair(code);
      if (typeof result === 'object') {
        setCode('');
        setAnswer({ tone: 'ok', text: t('pairing.paired', { user: result.user }) });
      } else if (result === 'notCode') {
        setAnswer({ tone: 'problem', text: t('pairing.notCode') });
      } else {
        setAnswer({ tone: 'problem', text: t(`settings.answer.${result}`) });
      }
    } catch (error) {
      setAnswer({ tone: 'problem', text: t(`common:errors.storage.${classifyStorageError(error)}`) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="settings-section" aria-labelledby="sync-pairing-title">
      <h2 id="sync-pairing-title">{t('pairing.title')}</h2>
      <p>{t('pairing.intro')}</p>
      <form className="form" onSubmit={(event) => void pair(event)}>
        <div className="field">
          <label htmlFor={id}>{t('pairing.code')}</label>
          <p className="hint" id={hintId}>
            {t('pairing.codeHint')}
          </p>
          <input
            id={id}
            type="text"
            value={code}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
            aria-describedby={hintId}
            onChange={(event) => setCode(event.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {t('pairing.submit')}
          </button>
        </div>
        <p className={answer?.tone === 'problem' ? 'field-error' : 'sync-answer'} role="status">
          {answer?.text}
        </p>
      </form>
    </section>
  );
}
