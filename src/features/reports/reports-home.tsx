// The reports' first screen: filters by term, group and instructor; the settings; a summary per group
// and per member across the chosen groups; CSV exports of both summaries and of the roster.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  eligibleRows,
  filterChoices,
  filterGroups,
  groupMatrix,
  memberSummaries,
  overallTally,
  type ReportFilters,
} from '@/features/reports/data/attendance-report';
import {
  exportFileName,
  groupSummaryCsv,
  memberSummaryCsv,
  rosterCsv,
  rosterEntries,
} from '@/features/reports/data/csv-export';
import { ReportSettingsForm } from '@/features/reports/report-settings-form';
import {
  downloadCsv,
  type LoadedReport,
  ReportScreen,
  TableScroll,
  useCsvWords,
  useMemberLabel,
  usePage,
  useRateFormat,
  useReport,
} from '@/features/reports/report-ui';

function useFilters(): [ReportFilters, (key: keyof ReportFilters, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const filters = {
    term: params.get('term') ?? undefined,
    groupId: params.get('group') ?? undefined,
    instructor: params.get('instructor') ?? undefined,
  };
  const set = (key: keyof ReportFilters, value: string) => {
    const name = key === 'groupId' ? 'group' : key;
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return [filters, set];
}

function Filters({
  report,
  filters,
  onChange,
}: {
  report: LoadedReport;
  filters: ReportFilters;
  onChange: (key: keyof ReportFilters, value: string) => void;
}) {
  const { t } = useTranslation('reports');
  const { terms, instructors } = filterChoices(report.data.groups);
  const groups = filterGroups(report.data.groups, { term: filters.term });
  return (
    <fieldset className="report-filters no-print">
      <legend>{t('filters.legend')}</legend>
      <div className="field">
        <label htmlFor="filter-term">{t('filters.term')}</label>
        <select
          id="filter-term"
          value={filters.term ?? ''}
          onChange={(event) => onChange('term', event.target.value)}
        >
          <option value="">{t('filters.allTerms')}</option>
          {terms.map((term) => (
            <option key={term} value={term}>
              {term}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-group">{t('filters.group')}</label>
        <select
          id="filter-group"
          value={filters.groupId ?? ''}
          onChange={(event) => onChange('groupId', event.target.value)}
        >
          <option value="">{t('filters.allGroups')}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {t('filters.groupOption', { group: group.name, term: group.term })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-instructor">{t('filters.instructor')}</label>
        <select
          id="filter-instructor"
          value={filters.instructor ?? ''}
          onChange={(event) => onChange('instructor', event.target.value)}
        >
          <option value="">{t('filters.allInstructors')}</option>
          {instructors.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

function Summary({ report, filters }: { report: LoadedReport; filters: ReportFilters }) {
  const { t } = useTranslation('reports');
  const rate = useRateFormat();
  const words = useCsvWords();
  const { settings } = report;
  const label = useMemberLabel(settings.hideNames);
  const { term, groupId, instructor } = filters;
  const matrices = useMemo(() => {
    const options = { excused: settings.excused, now: report.now };
    return filterGroups(report.data.groups, { term, groupId, instructor }).map((group) =>
      groupMatrix(report.index, group, options),
    );
  }, [report, term, groupId, instructor, settings.excused]);
  const eligible = matrices.map((matrix) => eligibleRows(matrix, settings.thresholdPercent).length);
  const members = useMemo(() => memberSummaries(matrices, settings.excused), [matrices, settings.excused]);
  const total = overallTally(matrices, settings.excused);
  const { slice, first, pager } = usePage(members);
  const scope = filters.groupId ? matrices[0]?.group.name : filters.term;
  const today = new Date();

  if (matrices.length === 0) return <p className="lead">{t('home.noGroups')}</p>;

  return (
    <>
      <ul className="report-facts" aria-label={t('home.factsLabel')}>
        <li>
          <strong>{rate(total.rate)}</strong> {t('home.overallRate')}
        </li>
        <li>
          <strong>{matrices.length}</strong> {t('home.groupCount', { count: matrices.length })}
        </li>
        <li>
          <strong>{members.length}</strong> {t('home.memberCount', { count: members.length })}
        </li>
        <li>
          <strong>{eligible.reduce((sum, count) => sum + count, 0)}</strong>{' '}
          {t('home.eligibleCount', { threshold: settings.thresholdPercent })}
        </li>
      </ul>
      <p className="hint">{t(`home.rule.${settings.excused}`)}</p>

      <div className="button-row no-print">
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            downloadCsv(
              exportFileName(t('files.groupSummary'), scope, today),
              groupSummaryCsv(matrices, eligible, {
                group: t('table.group'),
                term: t('table.term'),
                instructors: t('table.instructors'),
                members: t('table.members'),
                held: t('table.held'),
                planned: t('table.planned'),
                attended: words.attended,
                counted: words.counted,
                rate: words.rate,
                eligible: t('table.eligible'),
              }),
            )
          }
        >
          {t('exports.groupSummary')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            downloadCsv(
              exportFileName(t('files.memberSummary'), scope, today),
              memberSummaryCsv(members, words, settings.hideNames),
            )
          }
        >
          {t('exports.memberSummary')}
        </button>
        {settings.hideNames ? null : (
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              downloadCsv(
                exportFileName(t('files.roster'), scope, today),
                rosterCsv(rosterEntries(report.data, matrices), {
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

      <TableScroll captionId="groups-caption">
        <table className="report-table">
          <caption id="groups-caption">{t('home.groupsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.group')}</th>
              <th scope="col">{t('table.term')}</th>
              <th scope="col">{t('table.instructors')}</th>
              <th scope="col">{t('table.members')}</th>
              <th scope="col">{t('table.sessions')}</th>
              <th scope="col">{t('table.rate')}</th>
              <th scope="col">{t('table.eligible')}</th>
            </tr>
          </thead>
          <tbody>
            {matrices.map((matrix, index) => (
              <tr key={matrix.group.id}>
                <th scope="row">
                  <Link to={`/reports/groups/${matrix.group.id}`}>{matrix.group.name}</Link>
                </th>
                <td>{matrix.group.term}</td>
                <td>{matrix.group.instructorIds.join(', ')}</td>
                <td className="number">{matrix.rows.length}</td>
                <td className="number">
                  {t('table.heldOfPlanned', { held: matrix.sessions.length, planned: matrix.planned })}
                </td>
                <td className="number">{rate(matrix.total.rate)}</td>
                <td className="number">{eligible[index]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <TableScroll captionId="members-caption">
        <table className="report-table">
          <caption id="members-caption">{t('home.membersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.member')}</th>
              <th scope="col">{t('table.groups')}</th>
              <th scope="col">{t('table.attendedOfCounted')}</th>
              <th scope="col">{t('table.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {slice.map((entry, position) => (
              <tr key={entry.member.id}>
                <th scope="row">
                  {settings.hideNames ? (
                    label(entry.member.name, first + position)
                  ) : (
                    <Link to={`/reports/members/${entry.member.id}`}>{entry.member.name}</Link>
                  )}
                  {entry.member.archived ? <span className="tag">{t('table.archived')}</span> : null}
                </th>
                <td>{entry.groups.join(', ')}</td>
                <td className="number">
                  {t('table.attendedCount', { attended: entry.tally.attended, counted: entry.tally.counted })}
                </td>
                <td className="number">{rate(entry.tally.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {pager}
    </>
  );
}

/** /reports: attendance across all groups and terms. */
export function ReportsHome() {
  const { t } = useTranslation(['reports', 'common']);
  const report = useReport();
  const [filters, setFilter] = useFilters();
  return (
    <ReportScreen
      title={t('home.title')}
      back={{ to: '/staff', label: t('home.back') }}
      intro={t('home.intro')}
    >
      {report === undefined ? (
        <p className="loading">{t('common:status.loading')}</p>
      ) : (
        <>
          <p className="button-row no-print">
            <Link className="button button--quiet" to="/reports/effectiveness">
              {t('home.effectLink')}
            </Link>
          </p>
          <Filters report={report} filters={filters} onChange={setFilter} />
          <ReportSettingsForm settings={report.settings} />
          <Summary report={report} filters={filters} />
        </>
      )}
    </ReportScreen>
  );
}
