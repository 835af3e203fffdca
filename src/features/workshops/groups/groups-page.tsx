import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGroupSizes, useGroups } from '@/features/workshops/data/groups';
import { StaffScreen } from '@/features/workshops/staff-ui';

/** The groups of this device, newest term first, and the way to make a new one. */
export function GroupsPage() {
  const { t } = useTranslation(['workshops', 'common']);
  const groups = useGroups();
  const sizes = useGroupSizes();
  return (
    <StaffScreen title={t('groups.title')} intro={t('groups.intro')}>
      <div className="button-row">
        <Link className="button" to="/staff/groups/new">
          {t('groups.add')}
        </Link>
      </div>
      {groups === undefined ? (
        <p className="loading">{t('common:status.loading')}</p>
      ) : groups.length === 0 ? (
        <p>{t('groups.empty')}</p>
      ) : (
        <ul className="staff-list">
          {groups.map((group) => (
            <li key={group.id}>
              <Link className="staff-list__item" to={`/staff/groups/${group.id}`}>
                <span className="staff-list__name">{group.name}</span>
                <span className="staff-list__meta">
                  {t('groups.meta', { term: group.term, count: sizes?.get(group.id) ?? 0 })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </StaffScreen>
  );
}
