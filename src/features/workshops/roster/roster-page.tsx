import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { numberKey, useMembers } from '@/features/workshops/data/members';
import { Pager, StaffScreen } from '@/features/workshops/staff-ui';

const fold = (text: string) =>
  text
    .toLocaleLowerCase('pl')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** Members shown per page of the roster. */
const ROSTER_PAGE_SIZE = 100;

/** The member roster: search, the list, and the ways to add members by hand or from a file. */
export function RosterPage() {
  const { t } = useTranslation(['workshops', 'common']);
  const members = useMembers();
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const searchId = useId();
  const positionId = useId();

  const wanted = fold(query.trim());
  const shown = (members ?? []).filter(
    (member) =>
      (showArchived || !member.archived) &&
      (wanted === '' ||
        fold(member.name).includes(wanted) ||
        numberKey(member.memberNumber).includes(numberKey(query))),
  );
  const active = (members ?? []).filter((member) => !member.archived).length;
  // A city-wide roster has thousands of members: the list is shown a page at a time.
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(shown.length / ROSTER_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const from = current * ROSTER_PAGE_SIZE;
  const visible = shown.slice(from, from + ROSTER_PAGE_SIZE);

  return (
    <StaffScreen title={t('roster.title')} intro={t('roster.intro')}>
      <div className="button-row">
        <Link className="button" to="/staff/roster/new">
          {t('roster.add')}
        </Link>
        <Link className="button button--quiet" to="/staff/roster/import">
          {t('roster.import')}
        </Link>
      </div>
      {members === undefined ? (
        <p className="loading">{t('common:status.loading')}</p>
      ) : (
        <>
          <p className="staff-count">{t('roster.count', { count: active })}</p>
          <div className="field">
            <label htmlFor={searchId}>{t('roster.search')}</label>
            <input
              id={searchId}
              type="search"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setPage(0);
              }}
            />
          </div>
          <label className="choice">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(event) => setShowArchived(event.target.checked)}
            />
            <span>{t('roster.showArchived')}</span>
          </label>
          {shown.length === 0 ? (
            <p>{members.length === 0 ? t('roster.empty') : t('roster.noMatch')}</p>
          ) : (
            <ul className="staff-list" aria-describedby={pages > 1 ? positionId : undefined}>
              {visible.map((member) => (
                <li key={member.id}>
                  <Link className="staff-list__item" to={`/staff/roster/${member.id}`}>
                    <span className="staff-list__name">{member.name}</span>
                    <span className="staff-list__meta">
                      {t('roster.number', { number: member.memberNumber })}
                      {member.archived ? ` · ${t('roster.archived')}` : ''}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {pages > 1 ? (
            <>
              <p id={positionId}>
                {t('roster.position', { from: from + 1, to: from + visible.length, total: shown.length })}
              </p>
              <Pager
                page={current}
                pages={pages}
                onPage={setPage}
                previous={t('roster.previous')}
                next={t('roster.next')}
              />
            </>
          ) : null}
        </>
      )}
    </StaffScreen>
  );
}
