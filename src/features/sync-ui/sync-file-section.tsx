// The sync file on the sync screen: save all data or the changes since a day, open a file from
// another device (refused whole, with the reason, when it is damaged or not ours).
import { type ChangeEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyStorageError } from '@/db/storage-problems';
import { syncActions } from '@/features/sync-ui/data/sync-overview';
import { SyncFileError } from '@/sync/sync-file';
import { downloadFile } from '@/ui/download';

type Message = { tone: 'ok' | 'problem'; text: string };

export function SyncFileSection() {
  const { t } = useTranslation(['sync', 'common']);
  const sinceId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [since, setSince] = useState('');
  const [message, setMessage] = useState<Message>();

  const storageMessage = (error: unknown): Message => ({
    tone: 'problem',
    text: t(`common:errors.storage.${classifyStorageError(error)}`),
  });

  async function exportFile(from?: Date) {
    try {
      const file = await syncActions.exportFile(from);
      const name = `krok-po-kroku-sync-${file.exportedAt.slice(0, 10)}.json`;
      downloadFile(name, JSON.stringify(file), 'application/json');
      setMessage({ tone: 'ok', text: t('file.exported', { file: name, count: file.records.length }) });
    } catch (error) {
      setMessage(storageMessage(error));
    }
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const { stored, refused } = await syncActions.importFile(file);
      const imported = t('file.imported', { count: stored });
      setMessage(
        refused > 0
          ? { tone: 'problem', text: `${imported} ${t('file.someRefused', { count: refused })}` }
          : { tone: 'ok', text: imported },
      );
    } catch (error) {
      setMessage(
        error instanceof SyncFileError
          ? { tone: 'problem', text: t(`file.problem.${error.problem}`) }
          : storageMessage(error),
      );
    }
  }

  return (
    <section className="settings-section" aria-labelledby="sync-file-title">
      <h2 id="sync-file-title">{t('file.title')}</h2>
      <p>{t('file.intro')}</p>
      <div className="button-row">
        <button type="button" className="button button--quiet" onClick={() => void exportFile()}>
          {t('file.exportAll')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={sinceId}>{t('file.since')}</label>
        <input id={sinceId} type="date" value={since} onChange={(event) => setSince(event.target.value)} />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            since === ''
              ? setMessage({ tone: 'problem', text: t('file.sinceMissing') })
              : void exportFile(new Date(`${since}T00:00:00`))
          }
        >
          {t('file.exportSince')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => fileInput.current?.click()}>
          {t('file.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(event) => void importFile(event)}
        />
      </div>
      <p className={message?.tone === 'problem' ? 'field-error' : 'sync-answer'} role="status">
        {message?.text}
      </p>
    </section>
  );
}
