// /reports/effectiveness: the change in the "I can …" self-assessment before and after a course, per
// module, per statement and per DigComp 2.2 competence, for everyone or one group's members; an
// aggregate of fewer than five people is replaced by a note.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MODULES } from '@/content/catalogue';
import { filterGroups } from '@/features/reports/data/attendance-report';
import {
  type Change,
  effectiveness,
  MIN_GROUP,
  useAssessments,
} from '@/features/reports/data/self-assessment';
import { ReportScreen, TableScroll, useReport } from '@/features/reports/report-ui';

type Said = (key: string, options?: Record<string, unknown>) => string;

function ChangeCells({ change }: { change: Change }) {
  const { t, i18n } = useTranslation('reports');
  if (change.hidden) {
    return <td colSpan={4}>{t('effect.hidden', { min: MIN_GROUP })}</td>;
  }
  const number = (value: number, sign = false) =>
    value.toLocaleString(i18n.resolvedLanguage, {
      maximumFractionDigits: 2,
      signDisplay: sign ? 'exceptZero' : 'auto',
    });
  return (
    <>
      <td className="number">{change.people}</td>
      <td className="number">{number(change.before)}</td>
      <td className="number">{number(change.after)}</td>
      <td className="number">{number(change.change, true)}</td>
    </>
  );
}

function Head({ first }: { first: string }) {
  const { t } = useTranslation('reports');
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{t('effect.people')}</th>
        <th scope="col">{t('effect.before')}</th>
        <th scope="col">{t('effect.after')}</th>
        <th scope="col">{t('effect.change')}</th>
      </tr>
    </thead>
  );
}

export function EffectivenessPage() {
  const { t } = useTranslation(['reports', 'learn', 'common']);
  const said = t as unknown as Said;
  const report = useReport();
  const records = useAssessments();
  const [groupId, setGroupId] = useState('');
  const owners = useMemo(() => {
    if (!report || !groupId) return undefined;
    return new Set(report.index.membersByGroup.get(groupId));
  }, [report, groupId]);
  const result = useMemo(() => (records ? effectiveness(records, owners) : undefined), [records, owners]);
  const moduleTitle = (moduleId: string) => {
    const module = MODULES.find((candidate) => candidate.id === moduleId);
    return module ? said(`learn:modules.${module.key}.title`) : moduleId;
  };

  return (
    <ReportScreen
      title={t('effect.title')}
      back={{ to: '/reports', label: t('home.title') }}
      intro={t('effect.intro', { min: MIN_GROUP })}
    >
      <p className="button-row no-print">
        <Link className="button" to="/reports/effectiveness/enter">
          {t('effect.enterLink')}
        </Link>
      </p>
      {report === undefined || result === undefined ? (
        <p className="loading">{t('common:status.loading')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="effect-group">{t('filters.group')}</label>
            <select id="effect-group" value={groupId} onChange={(event) => setGroupId(event.target.value)}>
              <option value="">{t('effect.everyone')}</option>
              {filterGroups(report.data.groups, {}).map((group) => (
                <option key={group.id} value={group.id}>
                  {t('filters.groupOption', { group: group.name, term: group.term })}
                </option>
              ))}
            </select>
          </div>
          <p className="hint">{t('effect.scale')}</p>
          {result.modules.length === 0 ? (
            <p className="lead">{t('effect.none')}</p>
          ) : (
            <>
              <TableScroll captionId="effect-modules-caption">
                <table className="report-table">
                  <caption id="effect-modules-caption">{t('effect.modulesCaption')}</caption>
                  <Head first={t('effect.statement')} />
                  {result.modules.map((module) => (
                    <tbody key={module.moduleId}>
                      <tr>
                        <th scope="row">
                          <strong>{moduleTitle(module.moduleId)}</strong>
                        </th>
                        <ChangeCells change={module.change} />
                      </tr>
                      {module.statements.map(({ statement, change }) => (
                        <tr key={statement.id}>
                          <th scope="row">
                            {said(`reports:assessment.statement.${statement.id}`)}{' '}
                            <span className="tag">DigComp {statement.digComp}</span>
                          </th>
                          <ChangeCells change={change} />
                        </tr>
                      ))}
                    </tbody>
                  ))}
                </table>
              </TableScroll>
              <TableScroll captionId="effect-competences-caption">
                <table className="report-table">
                  <caption id="effect-competences-caption">{t('effect.competencesCaption')}</caption>
                  <Head first={t('effect.competence')} />
                  <tbody>
                    {result.competences.map(({ digComp, change }) => (
                      <tr key={digComp}>
                        <th scope="row">
                          {digComp} {said(`reports:digComp.${digComp.replace('.', '_')}`)}
                        </th>
                        <ChangeCells change={change} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </>
          )}
        </>
      )}
    </ReportScreen>
  );
}
