// The member × session matrix of a group as a real table: a column per held session (its date as the
// header), a row per member (the name as the row header, kept in view while the dates scroll), the
// member's rate next to the name (seen first on a phone), and a footer row with
// each session's rate. Statuses show as a letter and a colour, with the full word for screen readers.
// The letter is CSS generated content with empty alt text (reports.css): one element less in each of
// the thousands of cells, and screen readers hear only the word.
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus } from '@/db/records';
import type { GroupMatrix } from '@/features/reports/data/attendance-report';
import {
  TableScroll,
  useDateFormat,
  useMemberLabel,
  usePage,
  useRateFormat,
} from '@/features/reports/report-ui';

const STATUS_KEYS: readonly AttendanceStatus[] = ['present', 'late', 'excused', 'absent'];

export function StatusLegend() {
  const { t } = useTranslation('reports');
  return (
    <dl className="status-legend">
      {STATUS_KEYS.map((status) => (
        <div key={status}>
          <dt className={`mark mark--${status}`} aria-hidden="true">
            {t(`statusLetter.${status}`)}
          </dt>
          <dd>{t(`status.${status}`)}</dd>
        </div>
      ))}
      <div>
        <dt className="mark" aria-hidden="true">
          –
        </dt>
        <dd>{t('status.unmarked')}</dd>
      </div>
    </dl>
  );
}

export function MatrixTable({ matrix, hideNames }: { matrix: GroupMatrix; hideNames: boolean }) {
  const { t } = useTranslation('reports');
  const longDate = useDateFormat('long');
  const shortDate = useDateFormat('short');
  const rate = useRateFormat();
  const label = useMemberLabel(hideNames);
  const { slice, first, pager } = usePage(matrix.rows);
  const letters = Object.fromEntries(STATUS_KEYS.map((status) => [status, t(`statusLetter.${status}`)]));
  const words = Object.fromEntries(STATUS_KEYS.map((status) => [status, t(`status.${status}`)]));
  const unmarked = t('status.unmarked');

  return (
    <>
      <TableScroll captionId="matrix-caption">
        <table className="report-table matrix">
          <caption id="matrix-caption">{t('group.matrixCaption', { group: matrix.group.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.member')}</th>
              <th scope="col">{t('table.rate')}</th>
              {matrix.sessions.map((session) => (
                <th scope="col" key={session.id} className="matrix__date">
                  <span aria-hidden="true">{shortDate(session.startsAt)}</span>
                  <span className="visually-hidden">{longDate(session.startsAt)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {slice.map((row, position) => (
              <tr key={row.member.id}>
                <th scope="row">
                  {label(row.member.name, first + position)}
                  {row.member.archived ? <span className="tag">{t('table.archived')}</span> : null}
                </th>
                <td className="number">{rate(row.tally.rate)}</td>
                {row.statuses.map((status, column) => (
                  <td
                    // biome-ignore lint/suspicious/noArrayIndexKey: one cell per held session, in a fixed order
                    key={column}
                    className={status ? `mark mark--${status}` : 'mark'}
                    data-letter={status ? letters[status] : '–'}
                  >
                    <span className="visually-hidden">{status ? words[status] : unmarked}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('table.sessionRate')}</th>
              <td className="number">{rate(matrix.total.rate)}</td>
              {matrix.sessionTallies.map((tally, column) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one cell per held session, in a fixed order
                <td key={column} className="number">
                  {rate(tally.rate)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {pager}
    </>
  );
}
