// /reports/effectiveness/enter: an instructor enters a member's self-assessment (before or after the
// course) for one module of their group: each "I can …" statement on the four-point scale.
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODULES } from '@/content/catalogue';
import type { AssessmentPhase } from '@/db/records';
import { classifyStorageError, type StorageProblemCode } from '@/db/storage-problems';
import { filterGroups } from '@/features/reports/data/attendance-report';
import {
  assessmentId,
  assessments,
  SCALE,
  STATEMENTS,
  useAssessments,
} from '@/features/reports/data/self-assessment';
import { ReportScreen, StorageProblemAlert, useReport } from '@/features/reports/report-ui';
import { ChoiceGroup } from '@/ui/choice-group';

type Said = (key: string, options?: Record<string, unknown>) => string;

export function AssessmentEntryPage() {
  const { t } = useTranslation(['reports', 'learn', 'common']);
  const said = t as unknown as Said;
  const report = useReport();
  const records = useAssessments();
  const [groupId, setGroupId] = useState('');
  const [memberId, setMemberId] = useState('');
  const [moduleId, setModuleId] = useState('');
  const [phase, setPhase] = useState<AssessmentPhase>('before');
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<StorageProblemCode>();

  const groups = report ? filterGroups(report.data.groups, {}) : [];
  const group = groups.find((candidate) => candidate.id === groupId);
  const members =
    report && group
      ? [...(report.index.membersByGroup.get(group.id) ?? [])]
          .map((id) => report.index.members.get(id))
          .filter((member) => member !== undefined && !member.erased)
          .sort((a, b) => (a?.name ?? '').localeCompare(b?.name ?? '', 'pl'))
      : [];
  const modules = MODULES.filter((module) => group?.moduleIds.includes(module.id) && STATEMENTS[module.id]);
  const statements = STATEMENTS[moduleId] ?? [];
  const key = memberId && moduleId ? assessmentId(memberId, moduleId, phase) : '';
  const stored = records?.find((record) => record.id === key);

  // Earlier answers of this person, module and phase are shown to be changed.
  useEffect(() => {
    setAnswers(stored ? { ...stored.answers } : {});
    setMissing(false);
  }, [stored]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    if (statements.some((statement) => answers[statement.id] === undefined)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    try {
      await assessments.save(memberId, moduleId, phase, answers);
      setProblem(undefined);
      const name = report?.index.members.get(memberId)?.name ?? '';
      setMessage(t('entry.saved', { name }));
    } catch (error) {
      setProblem(classifyStorageError(error));
    }
  };

  return (
    <ReportScreen
      title={t('entry.title')}
      back={{ to: '/reports/effectiveness', label: t('effect.title') }}
      intro={t('entry.intro')}
    >
      {report === undefined ? (
        <p className="loading">{t('common:status.loading')}</p>
      ) : (
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor="entry-group">{t('filters.group')}</label>
            <select
              id="entry-group"
              value={groupId}
              onChange={(event) => {
                setGroupId(event.target.value);
                setMemberId('');
                setModuleId('');
              }}
            >
              <option value="">{t('entry.chooseGroup')}</option>
              {groups.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {t('filters.groupOption', { group: candidate.name, term: candidate.term })}
                </option>
              ))}
            </select>
          </div>
          {group ? (
            <>
              <div className="field">
                <label htmlFor="entry-member">{t('table.member')}</label>
                <select
                  id="entry-member"
                  value={memberId}
                  onChange={(event) => setMemberId(event.target.value)}
                >
                  <option value="">{t('entry.chooseMember')}</option>
                  {members.map((member) => (
                    <option key={member?.id} value={member?.id}>
                      {member?.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="entry-module">{t('entry.module')}</label>
                <select
                  id="entry-module"
                  value={moduleId}
                  onChange={(event) => setModuleId(event.target.value)}
                >
                  <option value="">{t('entry.chooseModule')}</option>
                  {modules.map((module) => (
                    <option key={module.id} value={module.id}>
                      {said(`learn:modules.${module.key}.title`)}
                    </option>
                  ))}
                </select>
              </div>
              <ChoiceGroup<AssessmentPhase>
                legend={t('entry.phase')}
                name="entry-phase"
                value={phase}
                choices={[
                  { value: 'before', label: t('entry.before') },
                  { value: 'after', label: t('entry.after') },
                ]}
                onChange={setPhase}
              />
            </>
          ) : null}
          {memberId && moduleId
            ? statements.map((statement) => (
                <ChoiceGroup<number>
                  key={`${key}:${statement.id}`}
                  legend={said(`reports:assessment.statement.${statement.id}`)}
                  name={`entry-${statement.id}`}
                  value={answers[statement.id] ?? 0}
                  choices={SCALE.map((value) => ({ value, label: t(`assessment.scale.${value}`) }))}
                  onChange={(value) => setAnswers({ ...answers, [statement.id]: value })}
                />
              ))
            : null}
          {missing ? (
            <p className="field-error" role="alert">
              {t('entry.missing')}
            </p>
          ) : null}
          {memberId && moduleId ? (
            <div className="button-row">
              <button type="submit" className="button">
                {t('entry.save')}
              </button>
            </div>
          ) : null}
          <p role="status">{message}</p>
          <StorageProblemAlert code={problem} />
        </form>
      )}
    </ReportScreen>
  );
}
