import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { MemberRecord } from '@/db/records';
import { useGroupView } from '@/features/workshops/data/groups';
import { StaffScreen } from '@/features/workshops/staff-ui';
import { memberCardPayload } from '@/lib/qr-payloads';
import { QrCode } from '@/ui/qr-code';

function MemberCard({ member, group }: { member: MemberRecord; group: string }) {
  const { t } = useTranslation(['workshops']);
  let payload: string | undefined;
  try {
    payload = memberCardPayload(member.memberNumber);
  } catch {
    payload = undefined;
  }
  return (
    <li className="member-card">
      <div className="member-card__text">
        <p className="member-card__org">{t('cards.org')}</p>
        <p className="member-card__name">{member.name}</p>
        <p className="member-card__number">{t('cards.number', { number: member.memberNumber })}</p>
        <p className="member-card__group">{group}</p>
      </div>
      {payload ? (
        <QrCode
          className="member-card__qr"
          value={payload}
          label={t('cards.qrLabel', { name: member.name })}
        />
      ) : (
        <p className="member-card__noqr">{t('cards.noQr')}</p>
      )}
    </li>
  );
}

/** An A4 sheet of member cards (name, number, QR) for a group, laid out for printing. */
export function CardsPage() {
  const { t } = useTranslation(['workshops', 'common']);
  const { groupId } = useParams();
  const view = useGroupView(groupId);
  if (view === undefined) return <p className="loading">{t('common:status.loading')}</p>;
  if (view === null) {
    return (
      <StaffScreen title={t('group.notFound')} back={{ to: '/staff/groups', label: t('groups.title') }}>
        <p>{t('group.notFoundText')}</p>
      </StaffScreen>
    );
  }
  const members = view.members.filter((member) => !member.archived);
  return (
    <StaffScreen
      title={t('cards.title', { group: view.group.name })}
      back={{ to: `/staff/groups/${view.group.id}`, label: view.group.name }}
      className="cards-page"
    >
      <p className="no-print">{t('cards.intro')}</p>
      <div className="button-row no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('cards.print')}
        </button>
      </div>
      {members.length === 0 ? (
        <p>{t('group.noMembers')}</p>
      ) : (
        <ul className="member-cards">
          {members.map((member) => (
            <MemberCard key={member.id} member={member} group={view.group.name} />
          ))}
        </ul>
      )}
    </StaffScreen>
  );
}
