import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type StaffRole, staffProfile, useStaffProfile } from '@/features/workshops/data/staff-role';
import { DemoOffer } from '@/features/workshops/demo-offer';
import { staffSession } from '@/features/workshops/staff-session';
import { StaffScreen, StorageProblemAlert, useSave } from '@/features/workshops/staff-ui';
import { ChoiceGroup } from '@/ui/choice-group';

type StaffLink = {
  to: string;
  key: 'roster' | 'import' | 'groups' | 'sessions' | 'projector' | 'reports' | 'sync';
};

const LINKS: Record<StaffRole, readonly StaffLink[]> = {
  instructor: [
    { to: '/staff/sessions', key: 'sessions' },
    { to: '/staff/groups', key: 'groups' },
    { to: '/staff/roster', key: 'roster' },
    { to: '/staff/projector', key: 'projector' },
    { to: '/sync', key: 'sync' },
  ],
  coordinator: [
    { to: '/staff/roster', key: 'roster' },
    { to: '/staff/roster/import', key: 'import' },
    { to: '/staff/groups', key: 'groups' },
    { to: '/staff/sessions', key: 'sessions' },
    { to: '/reports', key: 'reports' },
    { to: '/staff/projector', key: 'projector' },
    { to: '/sync', key: 'sync' },
  ],
};

/** The staff home: the role on this device and the ways into the roster, groups and sessions. */
export function StaffHome() {
  const { t } = useTranslation(['workshops', 'common']);
  const profile = useStaffProfile();
  const save = useSave();

  return (
    <StaffScreen
      title={t('area.title')}
      back={{ to: '/', label: t('common:nav.home') }}
      intro={t('area.intro')}
    >
      {profile === undefined ? (
        <p className="loading">{t('common:status.loading')}</p>
      ) : (
        <>
          <nav aria-labelledby="staff-links-title">
            <h2 id="staff-links-title">{t('area.linksTitle')}</h2>
            <ul className="card-list">
              {LINKS[profile.role].map((link) => (
                <li key={link.key}>
                  <Link className="card card--link" to={link.to}>
                    <span className="card__body">
                      <span className="card__title">{t(`area.links.${link.key}.title`)}</span>
                      <span className="card__text">{t(`area.links.${link.key}.text`)}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <ChoiceGroup<StaffRole>
            legend={t('area.role.legend')}
            hint={t('area.role.hint')}
            name="staff-role"
            value={profile.role}
            choices={[
              { value: 'instructor', label: t('area.role.instructor') },
              { value: 'coordinator', label: t('area.role.coordinator') },
            ]}
            onChange={(role) => void save.run(() => staffProfile.setRole(role))}
          />
          <StorageProblemAlert code={save.problem} />
          <DemoOffer />
        </>
      )}
      <div className="button-row">
        <button type="button" className="button button--quiet" onClick={staffSession.lock}>
          {t('area.lock')}
        </button>
      </div>
      <p className="hint">{t('area.idleHint')}</p>
    </StaffScreen>
  );
}
