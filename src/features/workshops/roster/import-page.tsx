import { type ChangeEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { numberKey, roster, todayIso, useMembers } from '@/features/workshops/data/members';
import { useStaffProfile } from '@/features/workshops/data/staff-role';
import {
  type FileProblem,
  hasRowProblems,
  type ImportPreview,
  type PreviewRow,
  type ReadResult,
  type RowProblem,
  readMemberFile,
  rowsToSave,
} from '@/features/workshops/roster/member-csv';
import { StaffScreen, StorageProblemAlert, TextField, useSave } from '@/features/workshops/staff-ui';

type Said = (key: string, options?: Record<string, unknown>) => string;

function problemText(t: Said, row: number, problem: RowProblem): string {
  return t(`workshops:import.problems.${problem.code}`, { row, ...problem });
}

function RowStatus({ row, t }: { row: PreviewRow; t: Said }) {
  if (row.problems.length > 0) {
    return (
      <span className="import-status import-status--error">
        {row.problems.map((p) => problemText(t, row.row, p)).join(' ')}
      </span>
    );
  }
  if (row.alreadyOnRoster !== undefined) {
    return (
      <span className="import-status">
        {t('workshops:import.status.onRoster', { name: row.alreadyOnRoster })}
      </span>
    );
  }
  return <span className="import-status">{t('workshops:import.status.new')}</span>;
}

function PreviewTable({ preview, t }: { preview: ImportPreview; t: Said }) {
  const captionId = useId();
  return (
    // A wide table scrolls inside its own box, so the page itself still reflows at 320 px.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable).
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="import-table">
        <caption id={captionId}>{t('workshops:import.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshops:import.columns.row')}</th>
            <th scope="col">{t('workshops:import.columns.name')}</th>
            <th scope="col">{t('workshops:import.columns.number')}</th>
            <th scope="col">{t('workshops:import.columns.phone')}</th>
            <th scope="col">{t('workshops:import.columns.notes')}</th>
            <th scope="col">{t('workshops:import.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.row} className={row.problems.length > 0 ? 'import-row--error' : undefined}>
              <td>{row.row}</td>
              <td>{row.name}</td>
              <td>{row.memberNumber}</td>
              <td>{row.phone}</td>
              <td>{row.notes}</td>
              <td>
                <RowStatus row={row} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function SaveImport({ preview, onSaved }: { preview: ImportPreview; onSaved: (count: number) => void }) {
  const { t } = useTranslation(['workshops']);
  const staff = useStaffProfile();
  const save = useSave();
  const [consentGiven, setConsentGiven] = useState(false);
  const [recordedBy, setRecordedBy] = useState<string>();
  const [consentMissing, setConsentMissing] = useState(false);
  const by = recordedBy ?? staff?.name ?? '';
  const rows = rowsToSave(preview);

  async function submit() {
    if (!consentGiven || by.trim() === '') {
      setConsentMissing(true);
      return;
    }
    setConsentMissing(false);
    const ok = await save.run(() => roster.import(rows, { date: todayIso(), recordedBy: by.trim() }));
    if (ok) onSaved(rows.length);
  }

  if (rows.length === 0) return <p>{t('import.nothingNew')}</p>;
  return (
    <fieldset className="choice-group">
      <legend>{t('import.consent.legend')}</legend>
      <label className="choice">
        <input
          type="checkbox"
          checked={consentGiven}
          onChange={(event) => setConsentGiven(event.target.checked)}
        />
        <span>{t('import.consent.given', { count: rows.length })}</span>
      </label>
      <TextField label={t('member.consent.by')} value={by} onChange={setRecordedBy} />
      {consentMissing ? (
        <p className="field-error" role="alert">
          {t('import.consent.missing')}
        </p>
      ) : null}
      <StorageProblemAlert code={save.problem} />
      <p>{t('import.willSave', { count: rows.length })}</p>
      <button type="button" className="button" onClick={() => void submit()}>
        {t('import.save')}
      </button>
    </fieldset>
  );
}

const FILE_PROBLEMS: readonly FileProblem[] = [
  'empty',
  'spreadsheet',
  'notText',
  'noColumns',
  'noNameColumn',
  'noNumberColumn',
];

/** Imports the coordinator's CSV list: a preview with row problems and duplicates, saved only on "Zapisz". */
export function ImportPage() {
  const { t } = useTranslation(['workshops', 'common']);
  const said = t as unknown as Said;
  const members = useMembers();
  const [result, setResult] = useState<ReadResult & { fileName: string }>();
  const [saved, setSaved] = useState<number>();
  const fileId = useId();
  const hintId = useId();

  const known = useMemo(
    () => new Map((members ?? []).map((member) => [numberKey(member.memberNumber), member.name])),
    [members],
  );

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setSaved(undefined);
    if (!file) return setResult(undefined);
    const bytes = new Uint8Array(await file.arrayBuffer());
    setResult({ ...readMemberFile(bytes, known), fileName: file.name });
  }

  const preview = result?.ok ? result.preview : undefined;
  const problems = preview
    ? preview.rows.flatMap((row) => row.problems.map((p) => problemText(said, row.row, p)))
    : [];
  const onRoster = preview ? preview.rows.filter((row) => row.alreadyOnRoster !== undefined).length : 0;

  return (
    <StaffScreen
      title={t('import.title')}
      back={{ to: '/staff/roster', label: t('roster.title') }}
      intro={t('import.intro')}
    >
      <div className="field">
        <label htmlFor={fileId}>{t('import.file')}</label>
        <p className="hint" id={hintId}>
          {t('import.fileHint')}
        </p>
        <input
          id={fileId}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby={hintId}
          onChange={(event) => void choose(event)}
        />
      </div>
      {saved !== undefined ? (
        <div className="message-ok" role="status">
          <p>{t('import.saved', { count: saved })}</p>
          <Link to="/staff/roster">{t('import.toRoster')}</Link>
        </div>
      ) : null}
      {result && !result.ok && FILE_PROBLEMS.includes(result.problem) ? (
        <div className="field-error" role="alert">
          <p>{t(`import.fileProblems.${result.problem}`, { file: result.fileName })}</p>
          <p>{t('import.nothingSaved')}</p>
        </div>
      ) : null}
      {preview && saved === undefined ? (
        <section aria-labelledby="import-preview-title">
          <h2 id="import-preview-title">{t('import.previewTitle', { file: result?.fileName })}</h2>
          <p>
            {t('import.summary', {
              count: preview.rows.length,
              encoding: preview.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1250',
              delimiter:
                preview.delimiter === ';'
                  ? t('import.semicolon')
                  : preview.delimiter === ','
                    ? t('import.comma')
                    : t('import.tab'),
            })}
          </p>
          <p>
            {t('import.columnsFound', {
              columns: preview.columns.map((column) => `„${column.header}”`).join(', '),
            })}
          </p>
          {onRoster > 0 ? <p>{t('import.duplicatesOnRoster', { count: onRoster })}</p> : null}
          {hasRowProblems(preview) ? (
            <div className="field-error" role="alert">
              <p>{t('import.refused', { count: problems.length })}</p>
              <ul>
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
              <p>{t('import.nothingSaved')}</p>
            </div>
          ) : (
            <SaveImport preview={preview} onSaved={setSaved} />
          )}
          <PreviewTable preview={preview} t={said} />
        </section>
      ) : null}
    </StaffScreen>
  );
}
