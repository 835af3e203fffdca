import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MODULES } from '@/content/catalogue';
import { useGroupView } from '@/features/workshops/data/groups';
import { PlanSessions } from '@/features/workshops/groups/plan-sessions';
import { StaffScreen, useDateTimeFormat } from '@/features/workshops/staff-ui';

type Said = (key: string, options?: Record<string, unknown>) => string;

/** One group: its term, instructors, modules, members and sessions; plans more sessions. */
export function GroupPage() {
  const { t } = useTranslation(['workshops', 'learn', 'common']);
  const said = t as unknown as Said;
  const { groupId } = useParams();
  const view = useGroupView(groupId);
  const formatDate = useDateTimeFormat();
  const back = { to: '/staff/groups', label: t('groups.title') };
  if (view === undefined) return <p className="loading">{t('common:status.loading')}</p>;
  if (view === null) {
    return (
      <StaffScreen title={t('group.notFound')} back={back}>
        <p>{t('group.notFoundText')}</p>
      </StaffScreen>
    );
  }
  const { group, members, sessions } = view;
  const modules = MODULES.filter((module) => group.moduleIds.includes(module.id));
  const now = new Date().toISOString();
  return (
    <StaffScreen title={group.name} back={back}>
      <dl className="staff-facts">
        <dt>{t('group.term')}</dt>
        <dd>{group.term || '—'}</dd>
        <dt>{t('group.instructors')}</dt>
        <dd>{group.instructorIds.join(', ') || '—'}</dd>
        <dt>{t('group.modules')}</dt>
        <dd>{modules.map((module) => said(`learn:modules.${module.key}.title`)).join(', ') || '—'}</dd>
      </dl>
      <div className="button-row">
        <Link className="button button--quiet" to={`/staff/groups/${group.id}/edit`}>
          {t('group.edit')}
        </Link>
        <Link className="button button--quiet" to={`/staff/groups/${group.id}/cards`}>
          {t('group.cards')}
        </Link>
      </div>
      <section aria-labelledby="group-sessions-title">
        <h2 id="group-sessions-title">{t('group.sessions', { count: sessions.length })}</h2>
        {sessions.length === 0 ? (
          <p>{t('group.noSessions')}</p>
        ) : (
          <ul className="staff-list">
            {sessions.map((session) => (
              <li key={session.id}>
                <Link className="staff-list__item" to={`/staff/sessions/${session.id}`}>
                  <span className="staff-list__name">{formatDate(session.startsAt)}</span>
                  <span className="staff-list__meta">
                    {[session.venue, session.startsAt < now ? t('group.past') : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <PlanSessions group={group} />
      <section aria-labelledby="group-members-title">
        <h2 id="group-members-title">{t('group.members', { count: members.length })}</h2>
        {members.length === 0 ? (
          <p>{t('group.noMembers')}</p>
        ) : (
          <ul className="staff-names">
            {members.map((member) => (
              <li key={member.id}>
                {member.name} <span className="staff-list__meta">({member.memberNumber})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </StaffScreen>
  );
}
