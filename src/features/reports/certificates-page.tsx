// /reports/groups/:groupId/certificates: the members of a group whose attendance reaches the threshold,
// and a printable A4 certificate for each chosen one (name, course, term, hours, modules, date,
// signature line). The print stylesheet puts one certificate on each page and leaves the rest out.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MODULES } from '@/content/catalogue';
import { eligibleRows, groupMatrix, type MatrixRow } from '@/features/reports/data/attendance-report';
import { ReportScreen, useDateFormat, useRateFormat, useReport } from '@/features/reports/report-ui';

type Said = (key: string, options?: Record<string, unknown>) => string;

/** Today as YYYY-MM-DD in local time, for the date field. */
function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type CertificateProps = {
  row: MatrixRow;
  organisation: string;
  course: string;
  term: string;
  hours: number;
  modules: string[];
  place: string;
  date: string;
};

function Certificate({ row, organisation, course, term, hours, modules, place, date }: CertificateProps) {
  const { t, i18n } = useTranslation('reports');
  const rate = useRateFormat();
  const longDate = useDateFormat('long');
  const hoursText = hours.toLocaleString(i18n.resolvedLanguage, { maximumFractionDigits: 1 });
  const when = date ? longDate(`${date}T12:00:00`) : '';
  return (
    <article className="certificate" aria-label={t('certificates.certificateFor', { name: row.member.name })}>
      <p className="certificate__org">{organisation}</p>
      <h2 className="certificate__title">{t('certificates.heading')}</h2>
      <p>{t('certificates.confirms')}</p>
      <p className="certificate__name">{row.member.name}</p>
      <p>{t('certificates.took')}</p>
      <p className="certificate__course">„{course}”</p>
      <p>{t('certificates.term', { term })}</p>
      <p>
        {t('certificates.hours', { count: hours, hours: hoursText })}{' '}
        {t('certificates.rate', { rate: rate(row.tally.rate) })}
      </p>
      {modules.length > 0 ? (
        <>
          <p>{t('certificates.modules')}</p>
          <ul className="certificate__modules">
            {modules.map((module) => (
              <li key={module}>{module}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="certificate__footer">
        <p>{place ? t('certificates.placeDate', { place, date: when }) : when}</p>
        <p className="certificate__signature">{t('certificates.signature')}</p>
      </div>
    </article>
  );
}

export function CertificatesPage() {
  const { t } = useTranslation(['reports', 'learn', 'common']);
  const said = t as unknown as Said;
  const { groupId } = useParams();
  const report = useReport();
  const rate = useRateFormat();
  const group = report?.data.groups.find((candidate) => candidate.id === groupId);
  const matrix = useMemo(
    () =>
      report && group
        ? groupMatrix(report.index, group, { excused: report.settings.excused, now: report.now })
        : undefined,
    [report, group],
  );
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [organisation, setOrganisation] = useState(() => t('certificates.organisationDefault'));
  const [place, setPlace] = useState('');
  const [date, setDate] = useState(todayIso);
  const back = group
    ? { to: `/reports/groups/${group.id}`, label: group.name }
    : { to: '/reports', label: t('home.title') };

  if (report === undefined) {
    return (
      <ReportScreen title={t('certificates.title')} back={back}>
        <p className="loading">{t('common:status.loading')}</p>
      </ReportScreen>
    );
  }
  if (!group || !matrix) {
    return (
      <ReportScreen title={t('group.missing')} back={back}>
        <p className="lead">{t('group.missingText')}</p>
      </ReportScreen>
    );
  }
  const { settings } = report;
  const eligible = eligibleRows(matrix, settings.thresholdPercent);
  const chosen = eligible.filter((row) => !left.has(row.member.id));
  const hours = matrix.sessions.length * settings.hoursPerSession;
  const modules = group.moduleIds
    .map((id) => MODULES.find((module) => module.id === id))
    .filter((module) => module !== undefined)
    .map((module) => said(`learn:modules.${module.key}.title`));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(left);
    if (on) next.delete(id);
    else next.add(id);
    setLeft(next);
  };

  return (
    <ReportScreen
      title={t('certificates.titleFor', { group: group.name })}
      back={back}
      intro={t('certificates.intro', { threshold: settings.thresholdPercent })}
      className="certificates-page"
    >
      <div className="no-print">
        {settings.hideNames ? <p className="hint">{t('certificates.namesShown')}</p> : null}
        {eligible.length === 0 ? (
          <p className="lead">{t('certificates.none')}</p>
        ) : (
          <form className="form" onSubmit={(event) => event.preventDefault()}>
            <fieldset className="choice-group">
              <legend>{t('certificates.choose', { count: eligible.length })}</legend>
              {eligible.map((row) => (
                <label key={row.member.id} className="choice">
                  <input
                    type="checkbox"
                    checked={!left.has(row.member.id)}
                    onChange={(event) => toggle(row.member.id, event.target.checked)}
                  />
                  <span>
                    {t('certificates.choice', { name: row.member.name, rate: rate(row.tally.rate) })}
                  </span>
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor="certificate-org">{t('certificates.organisation')}</label>
              <input
                id="certificate-org"
                value={organisation}
                onChange={(event) => setOrganisation(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="certificate-place">{t('certificates.place')}</label>
              <input
                id="certificate-place"
                value={place}
                onChange={(event) => setPlace(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="certificate-date">{t('certificates.date')}</label>
              <input
                id="certificate-date"
                type="date"
                value={date}
                onChange={(event) => setDate(event.target.value)}
              />
            </div>
            <p className="hint">{t('certificates.printHint')}</p>
            <div className="button-row">
              <button
                type="button"
                className="button"
                disabled={chosen.length === 0}
                onClick={() => window.print()}
              >
                {t('certificates.print', { count: chosen.length })}
              </button>
            </div>
          </form>
        )}
        {chosen.length > 0 ? <h2>{t('certificates.preview')}</h2> : null}
      </div>
      <div className="certificates">
        {chosen.map((row) => (
          <Certificate
            key={row.member.id}
            row={row}
            organisation={organisation}
            course={group.name}
            term={group.term}
            hours={hours}
            modules={modules}
            place={place}
            date={date}
          />
        ))}
      </div>
    </ReportScreen>
  );
}
