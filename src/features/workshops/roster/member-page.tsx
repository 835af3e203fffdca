import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { MemberRecord } from '@/db/records';
import {
  type MemberDetails,
  MemberError,
  type MemberProblem,
  roster,
  todayIso,
  useMember,
} from '@/features/workshops/data/members';
import { useStaffProfile } from '@/features/workshops/data/staff-role';
import {
  StaffScreen,
  StorageProblemAlert,
  TextField,
  useDateFormat,
  useSave,
} from '@/features/workshops/staff-ui';

function MemberForm({ member }: { member?: MemberRecord }) {
  const { t } = useTranslation(['workshops', 'common']);
  const navigate = useNavigate();
  const staff = useStaffProfile();
  const save = useSave();
  const [details, setDetails] = useState<MemberDetails>({
    name: member?.name ?? '',
    memberNumber: member?.memberNumber ?? '',
    phone: member?.phone ?? '',
    notes: member?.notes ?? '',
  });
  const [consentGiven, setConsentGiven] = useState(false);
  const [consentDate, setConsentDate] = useState(todayIso());
  const [recordedBy, setRecordedBy] = useState<string>();
  const [problem, setProblem] = useState<MemberProblem>();
  const errorId = useId();
  const by = recordedBy ?? staff?.name ?? '';
  const set = (field: keyof MemberDetails) => (value: string) => setDetails({ ...details, [field]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const ok = await save.run(async () => {
      try {
        if (member) await roster.change(member.id, details);
        else await roster.add(details, consentGiven ? { date: consentDate, recordedBy: by } : undefined);
      } catch (error) {
        if (error instanceof MemberError) {
          setProblem(error.problem);
          throw error;
        }
        throw error;
      }
    });
    if (ok) navigate('/staff/roster');
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {member ? null : (
        <fieldset className="choice-group">
          <legend>{t('member.consent.legend')}</legend>
          <p className="hint">{t('member.consent.hint')}</p>
          <label className="choice">
            <input
              type="checkbox"
              checked={consentGiven}
              onChange={(event) => setConsentGiven(event.target.checked)}
            />
            <span>{t('member.consent.given')}</span>
          </label>
          <TextField
            label={t('member.consent.date')}
            type="date"
            value={consentDate}
            onChange={setConsentDate}
          />
          <TextField label={t('member.consent.by')} value={by} onChange={setRecordedBy} />
        </fieldset>
      )}
      <TextField
        label={t('member.name')}
        value={details.name}
        onChange={set('name')}
        required
        autoComplete="off"
      />
      <TextField
        label={t('member.number')}
        hint={t('member.numberHint')}
        value={details.memberNumber}
        onChange={set('memberNumber')}
        required
      />
      <TextField label={t('member.phone')} type="tel" value={details.phone ?? ''} onChange={set('phone')} />
      <TextField label={t('member.notes')} value={details.notes ?? ''} onChange={set('notes')} multiline />
      {problem ? (
        <p className="field-error" id={errorId} role="alert">
          {t(`member.problems.${problem}`)}
        </p>
      ) : (
        <StorageProblemAlert code={save.problem} />
      )}
      <div className="button-row">
        <button type="submit" className="button">
          {t('member.save')}
        </button>
      </div>
    </form>
  );
}

function ConsentAndArchive({ member }: { member: MemberRecord }) {
  const { t } = useTranslation(['workshops']);
  const save = useSave();
  const formatDate = useDateFormat();
  return (
    <section aria-labelledby="member-status-title">
      <h2 id="member-status-title">{t('member.statusTitle')}</h2>
      <p>
        {member.consent
          ? t('member.consent.recorded', {
              date: formatDate(member.consent.date),
              by: member.consent.recordedBy,
            })
          : t('member.consent.missing')}
      </p>
      <p>{member.archived ? t('member.archivedNote') : t('member.activeNote')}</p>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => void save.run(() => roster.setArchived(member.id, !member.archived))}
      >
        {member.archived ? t('member.restore') : t('member.archive')}
      </button>
      <StorageProblemAlert code={save.problem} />
    </section>
  );
}

/** Adds a member (/staff/roster/new) or changes one (/staff/roster/:memberId). */
export function MemberPage() {
  const { t } = useTranslation(['workshops', 'common']);
  const { memberId } = useParams();
  const member = useMember(memberId === 'new' ? undefined : memberId);
  const back = { to: '/staff/roster', label: t('roster.title') };
  if (memberId === 'new') {
    return (
      <StaffScreen title={t('member.addTitle')} back={back} intro={t('member.addIntro')}>
        <MemberForm />
      </StaffScreen>
    );
  }
  if (member === undefined) return <p className="loading">{t('common:status.loading')}</p>;
  if (member === null) {
    return (
      <StaffScreen title={t('member.notFound')} back={back}>
        <p>{t('member.notFoundText')}</p>
      </StaffScreen>
    );
  }
  return (
    <StaffScreen title={member.name} back={back}>
      <MemberForm key={member.id} member={member} />
      <ConsentAndArchive member={member} />
    </StaffScreen>
  );
}
