import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressSummary } from '@/features/progress/data/get-progress-summary';
import { progressCardPayload } from '@/lib/qr-payloads';
import { QrCode } from '@/ui/qr-code';
import './progress-card.css';

/**
 * The learner's progress card: a QR code of the finished lessons, shown on request so the instructor can
 * scan it in a session and record the progress for this learner's member entry. Made on the phone,
 * offline; it carries lesson ids only, no name.
 */
export function ProgressCard({ summary }: { summary: ProgressSummary }) {
  const { t } = useTranslation(['progress']);
  const [shown, setShown] = useState(false);
  const finished = [...summary.byLesson.values()]
    .filter((record) => record.completedAt)
    .map((record) => record.lessonId)
    .sort();
  if (finished.length === 0) return null;
  let payload: string | undefined;
  try {
    payload = progressCardPayload(finished);
  } catch {
    return null;
  }
  return (
    <section className="progress-card no-print" aria-labelledby="progress-card-title">
      <h2 id="progress-card-title">{t('card.title')}</h2>
      <p>{t('card.intro')}</p>
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={shown}
        onClick={() => setShown(!shown)}
      >
        {shown ? t('card.hide') : t('card.show')}
      </button>
      {shown ? (
        <figure className="progress-card__code">
          <QrCode
            value={payload}
            label={t('card.qrLabel', { count: finished.length })}
            className="progress-card__qr"
          />
          <figcaption>{t('card.caption', { count: finished.length })}</figcaption>
        </figure>
      ) : null}
    </section>
  );
}
