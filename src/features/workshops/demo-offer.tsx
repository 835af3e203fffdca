import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { demoData, useDemoOffered } from '@/features/workshops/data/demo-data';
import { StorageProblemAlert, useSave } from '@/features/workshops/staff-ui';

/**
 * On an empty device that does not sync: one button that fills it with a sample UTW group, to see the
 * staff side working.
 */
export function DemoOffer() {
  const { t } = useTranslation(['workshops']);
  const offered = useDemoOffered();
  const navigate = useNavigate();
  const save = useSave();
  const [busy, setBusy] = useState(false);
  if (!offered) return null;

  async function fill() {
    setBusy(true);
    let groupId: string | undefined;
    const ok = await save.run(async () => {
      const group = await demoData.fill({
        group: t('demo.group'),
        instructor: t('demo.instructor'),
        venue: t('demo.venue'),
        consentBy: t('demo.consentBy'),
        winter: t('groupForm.winter'),
        summer: t('groupForm.summer'),
      });
      groupId = group?.id;
    });
    setBusy(false);
    if (ok && groupId) navigate(`/staff/groups/${groupId}`);
  }

  return (
    <section className="demo-offer" aria-labelledby="demo-title">
      <h2 id="demo-title">{t('demo.title')}</h2>
      <p>{t('demo.text')}</p>
      <button type="button" className="button button--quiet" disabled={busy} onClick={() => void fill()}>
        {t('demo.button')}
      </button>
      <StorageProblemAlert code={save.problem} />
    </section>
  );
}
