import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '@/ui/notice';

type UpdatePromptProps = {
  needRefresh: boolean;
  offlineReady: boolean;
  /** While a lesson is open the update waits, so a learner is never interrupted mid-step. */
  lessonOpen: boolean;
  onUpdate: () => void;
};

/** Polite notices about the service worker: ready offline, and a new version to install. */
export function UpdatePrompt({ needRefresh, offlineReady, lessonOpen, onUpdate }: UpdatePromptProps) {
  const { t } = useTranslation();
  const [updateDismissed, setUpdateDismissed] = useState(false);
  const [readyDismissed, setReadyDismissed] = useState(false);

  return (
    <>
      {offlineReady && !readyDismissed ? (
        <Notice
          tone="success"
          live
          actions={
            <button type="button" className="button button--quiet" onClick={() => setReadyDismissed(true)}>
              {t('status.dismiss')}
            </button>
          }
        >
          {t('status.offlineReady')}
        </Notice>
      ) : null}
      {needRefresh && !lessonOpen && !updateDismissed ? (
        <Notice
          tone="info"
          live
          actions={
            <>
              <button type="button" className="button" onClick={onUpdate}>
                {t('update.now')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setUpdateDismissed(true)}>
                {t('update.later')}
              </button>
            </>
          }
        >
          <strong>{t('update.ready')}</strong> {t('update.explain')}
        </Notice>
      ) : null}
    </>
  );
}
