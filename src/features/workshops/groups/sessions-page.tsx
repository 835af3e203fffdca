import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type SessionListing, useSessions } from '@/features/workshops/data/groups';
import { StaffScreen, useDateTimeFormat } from '@/features/workshops/staff-ui';

/** How long a session counts as "today" after it started: 4 hours, longer than any UTW class. */
const SESSION_HOURS_MS = 4 * 60 * 60 * 1000;
/** Past sessions listed, newest first: enough to correct last month's attendance. */
const PAST_SHOWN = 12;

function SessionLinks({ listings }: { listings: SessionListing[] }) {
  const formatDate = useDateTimeFormat();
  return (
    <ul className="staff-list">
      {listings.map(({ session, group }) => (
        <li key={session.id}>
          <Link className="staff-list__item" to={`/staff/sessions/${session.id}`}>
            <span className="staff-list__name">{formatDate(session.startsAt)}</span>
            <span className="staff-list__meta">
              {[group.name, session.venue].filter(Boolean).join(' · ')}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Sessions across groups: the coming ones first (today's at the top), then the recent past. */
export function SessionsPage() {
  const { t } = useTranslation(['workshops', 'common']);
  const listings = useSessions();
  const since = new Date(Date.now() - SESSION_HOURS_MS).toISOString();
  const coming = (listings ?? []).filter((listing) => listing.session.startsAt >= since);
  const past = (listings ?? [])
    .filter((listing) => listing.session.startsAt < since)
    .reverse()
    .slice(0, PAST_SHOWN);
  return (
    <StaffScreen title={t('sessions.title')} intro={t('sessions.intro')}>
      {listings === undefined ? (
        <p className="loading">{t('common:status.loading')}</p>
      ) : listings.length === 0 ? (
        <>
          <p>{t('sessions.empty')}</p>
          <Link className="button" to="/staff/groups">
            {t('sessions.toGroups')}
          </Link>
        </>
      ) : (
        <>
          <h2>{t('sessions.coming')}</h2>
          {coming.length === 0 ? <p>{t('sessions.noneComing')}</p> : <SessionLinks listings={coming} />}
          {past.length > 0 ? (
            <>
              <h2>{t('sessions.past')}</h2>
              <SessionLinks listings={past} />
            </>
          ) : null}
        </>
      )}
    </StaffScreen>
  );
}
