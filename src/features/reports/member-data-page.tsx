// /reports/members/:memberId: a member's own data — everything stored about them as a JSON file, and
// the erasure of their personal data (after a confirmation that says what stays and what goes).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { classifyStorageError, type StorageProblemCode } from '@/db/storage-problems';
import { exportFileName } from '@/features/reports/data/csv-export';
import { memberData, useMemberRecord } from '@/features/reports/data/member-data';
import { ReportScreen, StorageProblemAlert } from '@/features/reports/report-ui';
import { downloadFile } from '@/ui/download';

export function MemberDataPage() {
  const { t } = useTranslation(['reports', 'common']);
  const { memberId } = useParams();
  const member = useMemberRecord(memberId);
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState(false);
  const [problem, setProblem] = useState<StorageProblemCode>();
  const back = { to: '/reports', label: t('home.title') };

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setProblem(undefined);
      return true;
    } catch (error) {
      setProblem(classifyStorageError(error));
      return false;
    }
  };

  if (erased) {
    return (
      <ReportScreen title={t('memberData.erasedTitle')} back={back}>
        <p className="lead" role="status">
          {t('memberData.erasedText')}
        </p>
      </ReportScreen>
    );
  }
  if (member === undefined) {
    return (
      <ReportScreen title={t('memberData.title')} back={back}>
        <p className="loading">{t('common:status.loading')}</p>
      </ReportScreen>
    );
  }
  if (member === null || !memberId) {
    return (
      <ReportScreen title={t('memberData.missing')} back={back}>
        <p className="lead">{t('memberData.missingText')}</p>
      </ReportScreen>
    );
  }

  const exportData = () =>
    run(async () => {
      const data = await memberData.export(memberId);
      if (!data) return;
      downloadFile(
        exportFileName(t('files.memberData'), member.name, new Date()).replace(/\.csv$/, '.json'),
        JSON.stringify(data, null, 2),
        'application/json;charset=utf-8',
      );
    });

  return (
    <ReportScreen
      title={t('memberData.titleFor', { name: member.name })}
      back={back}
      intro={t('memberData.intro')}
    >
      <section aria-labelledby="member-export-title">
        <h2 id="member-export-title">{t('memberData.exportTitle')}</h2>
        <p>{t('memberData.exportText')}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void exportData()}>
            {t('memberData.export')}
          </button>
        </div>
      </section>
      <section aria-labelledby="member-erase-title">
        <h2 id="member-erase-title">{t('memberData.eraseTitle')}</h2>
        <p>{t('memberData.eraseText')}</p>
        {confirming ? (
          <div className="confirm" role="alertdialog" aria-labelledby="erase-question">
            <p id="erase-question">
              <strong>{t('memberData.eraseQuestion', { name: member.name })}</strong>
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button button--danger"
                onClick={() =>
                  void run(() => memberData.erase(memberId)).then((done) => {
                    if (done) setErased(true);
                  })
                }
              >
                {t('memberData.eraseConfirm')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                {t('memberData.eraseCancel')}
              </button>
            </div>
          </div>
        ) : (
          <div className="button-row">
            <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
              {t('memberData.erase')}
            </button>
          </div>
        )}
      </section>
      <StorageProblemAlert code={problem} />
    </ReportScreen>
  );
}
