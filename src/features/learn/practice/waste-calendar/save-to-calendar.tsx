// The 'waste-calendar' simulation's button that saves the upcoming collections to the phone's
// calendar: an .ics file with a reminder the evening before each collection (ics.ts).
import { useTranslation } from 'react-i18next';
import type { WasteCalendarConfig, WasteFraction } from '@/content/simulations/waste-calendar';
import { buildCalendar } from '@/features/learn/practice/waste-calendar/ics';
import { upcomingCollections } from '@/features/learn/practice/waste-calendar/logic';
import { downloadFile } from '@/ui/download';

type SaveToCalendarProps = {
  config: WasteCalendarConfig;
  street: string;
  /** The name of the file saved before, if any. */
  saved: string | undefined;
  /** Called with the file's name once it is handed to the browser. */
  onSave: (file: string) => void;
};

export function SaveToCalendar({ config, street, saved, onSave }: SaveToCalendarProps) {
  const { t } = useTranslation('sim-waste-calendar');
  const fractionName = (fraction: WasteFraction) => t(`fractions.${fraction}.name`);

  function save() {
    const fileName = t('ics.file', { month: config.month });
    const events = upcomingCollections(config.schedule, config.today).map(({ date, fraction }) => ({
      uid: `${date.replace(/-/g, '')}-${fraction}-practice@krok-po-kroku`,
      date,
      summary: t('ics.summary', { fraction: fractionName(fraction), bin: t(`fractions.${fraction}.bin`) }),
      description: t('ics.description', { street }),
      alarm: t('ics.alarm', { fraction: fractionName(fraction) }),
    }));
    downloadFile(
      fileName,
      buildCalendar({ name: t('ics.name', { street }), events, stamp: new Date() }),
      'text/calendar;charset=utf-8',
    );
    onSave(fileName);
  }

  return (
    <section className="waste-calendar__export" aria-label={t('export.title')}>
      <button type="button" className="button waste-calendar__save" onClick={save}>
        {t('export.button')}
      </button>
      <p className="waste-calendar__note">{t('export.note')}</p>
      <div aria-live="polite">
        {saved ? <p className="waste-calendar__saved">{t('export.saved', { file: saved })}</p> : null}
      </div>
    </section>
  );
}
