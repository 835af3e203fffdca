import { type ChangeEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyStorageError } from '@/db/storage-problems';
import {
  checkMyDataFileSize,
  MY_DATA_MAX_BYTES,
  MyDataFileError,
  myData,
  parseMyDataFile,
} from '@/features/settings/data/my-data';
import { downloadFile } from '@/ui/download';

type Message = { tone: 'ok' | 'problem'; text: string };

/** A size in megabytes, one decimal, in the language's number format ("20,3 MB"). */
function formatMegabytes(bytes: number, language: string): string {
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

/** Export, import and deletion of the learner's own data. */
export function MyDataSection() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message>();
  const [confirming, setConfirming] = useState<number>();

  const storageMessage = (error: unknown): Message => ({
    tone: 'problem',
    text: t(`common:errors.storage.${classifyStorageError(error)}`),
  });

  async function exportFile() {
    try {
      const data = await myData.export();
      const name = `krok-po-kroku-postepy-${data.exportedAt.slice(0, 10)}.json`;
      downloadFile(name, JSON.stringify(data, null, 2), 'application/json');
      setMessage({ tone: 'ok', text: t('myData.exported', { file: name }) });
    } catch (error) {
      setMessage(storageMessage(error));
    }
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      checkMyDataFileSize(file.size);
      setMessage({ tone: 'ok', text: t('myData.importing') });
      const count = await myData.import(parseMyDataFile(await file.text()));
      setMessage({ tone: 'ok', text: t('myData.imported', { count }) });
    } catch (error) {
      setMessage(
        error instanceof MyDataFileError
          ? {
              tone: 'problem',
              text: t(`myData.problems.${error.problem}`, {
                size: formatMegabytes(file.size, i18n.language),
                limit: formatMegabytes(MY_DATA_MAX_BYTES, i18n.language),
              }),
            }
          : storageMessage(error),
      );
    }
  }

  async function deleteData() {
    try {
      await myData.delete();
      setConfirming(undefined);
      setMessage({ tone: 'ok', text: t('myData.deleted') });
    } catch (error) {
      setMessage(storageMessage(error));
    }
  }

  return (
    <section className="settings-section" aria-labelledby="my-data-title">
      <h2 id="my-data-title">{t('myData.title')}</h2>
      <p>{t('myData.intro')}</p>
      <div className="button-row">
        <button type="button" className="button button--quiet" onClick={() => void exportFile()}>
          {t('myData.export')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => fileInput.current?.click()}>
          {t('myData.import')}
        </button>
        {/* Opened by the button above: hidden, so screen readers hear one "Wczytaj postępy z pliku". */}
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => void importFile(event)}
        />
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setMessage(undefined);
            myData.describe().then(
              (summary) => setConfirming(summary.lessons),
              (error: unknown) => setMessage(storageMessage(error)),
            );
          }}
        >
          {t('myData.delete')}
        </button>
      </div>
      {confirming !== undefined ? (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="confirm-title"
          aria-describedby="confirm-what"
        >
          <p id="confirm-title" className="confirm__title">
            {t('myData.confirmTitle')}
          </p>
          <p id="confirm-what">{t('myData.confirmWhat', { count: confirming })}</p>
          <div className="button-row">
            <button type="button" className="button button--danger" onClick={() => void deleteData()}>
              {t('myData.confirmYes')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(undefined)}>
              {t('myData.confirmNo')}
            </button>
          </div>
        </div>
      ) : null}
      <div aria-live="polite">
        {message ? (
          <p className={message.tone === 'ok' ? 'message-ok' : 'field-error'}>{message.text}</p>
        ) : null}
      </div>
    </section>
  );
}
