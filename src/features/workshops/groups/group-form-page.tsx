import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { MODULES } from '@/content/catalogue';
import type { MemberRecord } from '@/db/records';
import {
  type GroupDetails,
  type GroupView,
  groupsStore,
  termFor,
  useGroupView,
} from '@/features/workshops/data/groups';
import { useMembers } from '@/features/workshops/data/members';
import { StaffScreen, StorageProblemAlert, TextField, useSave } from '@/features/workshops/staff-ui';

type Said = (key: string, options?: Record<string, unknown>) => string;

function MemberPicker({
  members,
  chosen,
  onChange,
}: {
  members: MemberRecord[];
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}) {
  const { t } = useTranslation(['workshops']);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const wanted = query.trim().toLocaleLowerCase('pl');
  const shown = members.filter(
    (member) =>
      (!member.archived || chosen.has(member.id)) &&
      (wanted === '' || `${member.name} ${member.memberNumber}`.toLocaleLowerCase('pl').includes(wanted)),
  );
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset className="choice-group">
      <legend>{t('groupForm.members', { count: chosen.size })}</legend>
      {members.length === 0 ? (
        <p className="hint">{t('groupForm.noMembers')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={searchId}>{t('roster.search')}</label>
            <input
              id={searchId}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(new Set([...chosen, ...shown.map((member) => member.id)]))}
            >
              {t('groupForm.chooseShown')}
            </button>
          </div>
          {shown.map((member) => (
            <label key={member.id} className="choice">
              <input
                type="checkbox"
                checked={chosen.has(member.id)}
                onChange={(event) => toggle(member.id, event.target.checked)}
              />
              <span>
                {member.name} <span className="staff-list__meta">({member.memberNumber})</span>
              </span>
            </label>
          ))}
        </>
      )}
    </fieldset>
  );
}

function GroupForm({ view }: { view?: GroupView }) {
  const { t } = useTranslation(['workshops', 'learn', 'common']);
  const said = t as unknown as Said;
  const navigate = useNavigate();
  const members = useMembers();
  const save = useSave();
  const [details, setDetails] = useState<GroupDetails>(
    view
      ? { ...view.group }
      : {
          name: '',
          term: termFor(new Date(), t('groupForm.winter'), t('groupForm.summer')),
          instructorIds: [],
          moduleIds: [],
        },
  );
  const [instructors, setInstructors] = useState(details.instructorIds.join(', '));
  const [chosen, setChosen] = useState<Set<string>>(new Set(view?.members.map((member) => member.id)));
  const [nameMissing, setNameMissing] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (details.name.trim() === '') return setNameMissing(true);
    setNameMissing(false);
    let id = view?.group.id;
    const ok = await save.run(async () => {
      const group = await groupsStore.save(
        { ...details, instructorIds: instructors.split(',') },
        [...chosen],
        view?.group.id,
      );
      id = group.id;
    });
    if (ok && id) navigate(`/staff/groups/${id}`);
  }

  const toggleModule = (moduleId: string, on: boolean) =>
    setDetails({
      ...details,
      moduleIds: on
        ? [...details.moduleIds, moduleId]
        : details.moduleIds.filter((known) => known !== moduleId),
    });

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('groupForm.name')}
        hint={t('groupForm.nameHint')}
        value={details.name}
        onChange={(name) => setDetails({ ...details, name })}
        required
      />
      {nameMissing ? (
        <p className="field-error" role="alert">
          {t('groupForm.nameMissing')}
        </p>
      ) : null}
      <TextField
        label={t('groupForm.term')}
        hint={t('groupForm.termHint')}
        value={details.term}
        onChange={(term) => setDetails({ ...details, term })}
      />
      <TextField
        label={t('groupForm.instructors')}
        hint={t('groupForm.instructorsHint')}
        value={instructors}
        onChange={setInstructors}
      />
      <fieldset className="choice-group">
        <legend>{t('groupForm.modules')}</legend>
        {MODULES.map((module) => (
          <label key={module.id} className="choice">
            <input
              type="checkbox"
              checked={details.moduleIds.includes(module.id)}
              onChange={(event) => toggleModule(module.id, event.target.checked)}
            />
            <span>{said(`learn:modules.${module.key}.title`)}</span>
          </label>
        ))}
      </fieldset>
      {members === undefined ? null : <MemberPicker members={members} chosen={chosen} onChange={setChosen} />}
      <StorageProblemAlert code={save.problem} />
      <div className="button-row">
        <button type="submit" className="button">
          {t('groupForm.save')}
        </button>
      </div>
    </form>
  );
}

/** Makes a group (/staff/groups/new) or changes one (/staff/groups/:groupId/edit). */
export function GroupFormPage() {
  const { t } = useTranslation(['workshops', 'common']);
  const { groupId } = useParams();
  const view = useGroupView(groupId);
  const back = { to: '/staff/groups', label: t('groups.title') };
  if (groupId === undefined) {
    return (
      <StaffScreen title={t('groupForm.newTitle')} back={back}>
        <GroupForm />
      </StaffScreen>
    );
  }
  if (view === undefined) return <p className="loading">{t('common:status.loading')}</p>;
  if (view === null) {
    return (
      <StaffScreen title={t('group.notFound')} back={back}>
        <p>{t('group.notFoundText')}</p>
      </StaffScreen>
    );
  }
  return (
    <StaffScreen
      title={t('groupForm.editTitle', { name: view.group.name })}
      back={{ to: `/staff/groups/${view.group.id}`, label: view.group.name }}
    >
      <GroupForm view={view} />
    </StaffScreen>
  );
}
