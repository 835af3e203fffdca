// /reports/groups/:groupId: one group's member × session matrix with every rate, its facts, and the
// CSV exports of the matrix and the group's roster.
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { eligibleRows, groupMatrix } from '@/features/reports/data/attendance-report';
import { exportFileName, matrixCsv, rosterCsv, rosterEntries } from '@/features/reports/data/csv-export';
import { MatrixTable, StatusLegend } from '@/features/reports/matrix-table';
import {
  downloadCsv,
  ReportScreen,
  useCsvWords,
  useRateFormat,
  useReport,
} from '@/features/reports/report-ui';

// The chart library loads with this chunk only, when a group report opens.
const AttendanceChart = lazy(() =>
  import('@/features/reports/attendance-chart').then((module) => ({ default: module.AttendanceChart })),
);

export function GroupReportPage() {
  const { t } = useTranslation(['reports', 'common']);
  const { groupId } = useParams();
  const report = useReport();
  const rate = useRateFormat();
  const words = useCsvWords();
  const group = report?.data.groups.find((candidate) => candidate.id === groupId);
  const matrix = useMemo(() => {
    if (!report || !group) return undefined;
    const started = performance.now();
    const computed = groupMatrix(report.index, group, { excused: report.settings.excused, now: report.now });
    // Read by `npm run bench -- report-render`.
    performance.measure('kpk:report-compute', { start: started });
    return computed;
  }, [report, group]);
  const points = useMemo(
    () =>
      matrix?.sessions.map((session, column) => ({
        startsAt: session.startsAt,
        rate: matrix.sessionTallies[column]?.rate ?? null,
      })) ?? [],
    [matrix],
  );
  const back = { to: '/reports', label: t('home.title') };

  if (report === undefined) {
    return (
      <ReportScreen title={t('group.loading')} back={back}>
        <p className="loading">{t('common:status.loading')}</p>
      </ReportScreen>
    );
  }
  if (!group || !matrix) {
    return (
      <ReportScreen title={t('group.missing')} back={back}>
        <p className="lead">{t('group.missingText')}</p>
      </ReportScreen>
    );
  }
  const { settings } = report;
  const eligible = eligibleRows(matrix, settings.thresholdPercent).length;
  const today = new Date();

  return (
    <ReportScreen
      title={group.name}
      back={back}
      intro={t('group.intro', { term: group.term, instructors: group.instructorIds.join(', ') || '—' })}
    >
      <ul className="report-facts" aria-label={t('home.factsLabel')}>
        <li>
          <strong>{rate(matrix.total.rate)}</strong> {t('group.groupRate')}
        </li>
        <li>
          <strong>
            {t('table.heldOfPlanned', { held: matrix.sessions.length, planned: matrix.planned })}
          </strong>{' '}
          {t('group.sessions')}
        </li>
        <li>
          <strong>{matrix.rows.length}</strong> {t('home.memberCount', { count: matrix.rows.length })}
        </li>
        <li>
          <strong>{eligible}</strong> {t('home.eligibleCount', { threshold: settings.thresholdPercent })}
        </li>
      </ul>
      <p className="hint">{t(`home.rule.${settings.excused}`)}</p>
      {matrix.erased > 0 ? <p className="hint">{t('group.erased', { count: matrix.erased })}</p> : null}

      <div className="button-row no-print">
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            downloadCsv(
              exportFileName(t('files.matrix'), group.name, today),
              matrixCsv(matrix, words, settings.hideNames),
            )
          }
        >
          {t('exports.matrix')}
        </button>
        <Link className="button" to={`/reports/groups/${group.id}/certificates`}>
          {t('group.certificatesLink')}
        </Link>
        {settings.hideNames ? null : (
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              downloadCsv(
                exportFileName(t('files.roster'), group.name, today),
                rosterCsv(rosterEntries(report.data, [matrix]), {
                  name: words.name,
                  number: words.number,
                  phone: t('csv.phone'),
                  groups: words.groups,
                  archived: words.archived,
                  consent: t('csv.consent'),
                  yes: words.yes,
                }),
              )
            }
          >
            {t('exports.roster')}
          </button>
        )}
      </div>

      {points.length > 0 ? (
        <Suspense fallback={<p className="loading">{t('common:status.loading')}</p>}>
          <AttendanceChart points={points} caption={t('chart.title')} />
        </Suspense>
      ) : null}

      <h2>{t('group.matrixTitle')}</h2>
      {matrix.sessions.length === 0 ? (
        <p>{t('group.noSessions')}</p>
      ) : (
        <>
          <StatusLegend />
          <MatrixTable matrix={matrix} hideNames={settings.hideNames} />
        </>
      )}
    </ReportScreen>
  );
}
