import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '@/ui/notice';

/** How long the short "ready offline" line stays before it goes by itself. */
export const OFFLINE_READY_SHOWN_MS = 8_000;

type UpdatePromptProps = {
  needRefresh: boolean;
  /** While a lesson is open the update waits, so a learner is never interrupted mid-step. */
  lessonOpen: boolean;
  onUpdate: () => void;
};

/**
 * The short "ready offline" line for the header's status area: shown once, when the app first becomes
 * ready offline, and gone by itself after a few seconds. It covers nothing and does not follow the
 * learner from page to page.
 */
export function useOfflineReadyLine(offlineReady: boolean): boolean {
  const [shownUntil, setShownUntil] = useState<number | undefined>(undefined);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (offlineReady && shownUntil === undefined) setShownUntil(Date.now() + OFFLINE_READY_SHOWN_MS);
  }, [offlineReady, shownUntil]);
  useEffect(() => {
    if (shownUntil === undefined) return undefined;
    const timer = window.setTimeout(() => setTick((tick) => tick + 1), Math.max(0, shownUntil - Date.now()));
    return () => window.clearTimeout(timer);
  }, [shownUntil]);
  return shownUntil !== undefined && Date.now() < shownUntil;
}

/** A polite notice when a new version of the app waits to be installed. */
export function UpdatePrompt({ needRefresh, lessonOpen, onUpdate }: UpdatePromptProps) {
  const { t } = useTranslation();
  const [updateDismissed, setUpdateDismissed] = useState(false);

  return (
    <>
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
