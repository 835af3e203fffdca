import { useTranslation } from 'react-i18next';
import type { SessionSheet } from '@/features/workshops/data/attendance';

/** The card scanner comes with the QR cards; until then, a way back. */
export function CardScanner({ onClose }: { sheet: SessionSheet; onClose: () => void }) {
  const { t } = useTranslation(['workshops']);
  return (
    <button type="button" className="button button--quiet" onClick={onClose}>
      {t('attendance.stopScanning')}
    </button>
  );
}
