import { type ChangeEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { numberKey, roster, todayIso, useMembers } from '@/features/workshops/data/members';
import { useStaffProfile } from '@/features/workshops/data/staff-role';
import {
  type FileProblem,
  hasRowProblems,
  type ImportPreview,
  MAX_FILE_BYTES,
  type PreviewRow,
  problemCounts,
  type ReadResult,
  type RowProblem,
  rowsToSave,
} from '@/features/workshops/roster/member-csv';
import { readMemberFileAsync } from '@/features/workshops/roster/read-member-file';
import { Pager, StaffScreen, StorageProblemAlert, TextField, useSave } from '@/features/workshops/staff-ui';

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

/** Rows per page of the preview table: a list of 20,000 rows is never drawn at once. */
export const PREVIEW_PAGE_ROWS = 50;

function PreviewTable({ preview, t }: { preview: ImportPreview; t: Said }) {
  const captionId = useId();
  const [page, setPage] = useState(0);
  // Rows with problems first, so what needs fixing is on the first page.
  const ordered = useMemo(
    () => [
      ...preview.rows.filter((row) => row.problems.length > 0),
      ...preview.rows.filter((row) => row.problems.length === 0),
    ],
    [preview],
  );
  const pages = Math.max(1, Math.ceil(ordered.length / PREVIEW_PAGE_ROWS));
  const from = page * PREVIEW_PAGE_ROWS;
  const shown = ordered.slice(from, from + PREVIEW_PAGE_ROWS);
  return (
    <>
      {/* A wide table scrolls inside its own box, so the page itself still reflows at 320 px. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable). */}
      <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
        <table className="import-table">
          <caption id={captionId}>
            {t('workshops:import.previewCaption')}{' '}
            {t('workshops:import.position', {
              from: from + 1,
              to: from + shown.length,
              total: ordered.length,
            })}
          </caption>
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
            {shown.map((row) => (
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
      <Pager
        page={page}
        pages={pages}
        onPage={setPage}
        previous={t('workshops:import.previous')}
        next={t('workshops:import.next')}
      />
    </>
  );
}

function SaveImport({ preview, onSaved }: { preview: ImportPreview; onSaved: (count: number) => void }) {
  const { t } = useTranslation(['workshops']);
  const staff = useStaffProfile();
  const save = useSave();
  const [consentGiven, setConsentGiven] = useState(false);
  const [recordedBy, setRecordedBy] = useState<string>();
  const [consentMissing, setConsentMissing] = useState(false);
  const [saving, setSaving] = useState<{ saved: number; total: number }>();
  const by = recordedBy ?? staff?.name ?? '';
  const rows = useMemo(() => rowsToSave(preview), [preview]);

  async function submit() {
    if (!consentGiven || by.trim() === '') {
      setConsentMissing(true);
      return;
    }
    setConsentMissing(false);
    let count = 0;
    const ok = await save.run(async () => {
      count = await roster.importInBatches(
        rows,
        { date: todayIso(), recordedBy: by.trim() },
        (saved, total) => setSaving({ saved, total }),
      );
    });
    setSaving(undefined);
    if (ok) onSaved(count);
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
      {saving ? (
        <div role="status">
          <label>
            {t('import.saving', { saved: saving.saved, total: saving.total })}
            <progress max={saving.total || 1} value={saving.saved} />
          </label>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => void submit()}>
          {t('import.save')}
        </button>
      )}
    </fieldset>
  );
}

const FILE_PROBLEMS: readonly FileProblem[] = [
  'tooBig',
  'empty',
  'spreadsheet',
  'notText',
  'noColumns',
  'noNameColumn',
  'noNumberColumn',
];

/** Row problems listed in words above the table; the rest are in the table, problems first. */
const SHOWN_PROBLEMS = 20;

/** Imports the coordinator's CSV list: a preview with row problems and duplicates, saved only on "Zapisz". */
export function ImportPage() {
  const { t, i18n } = useTranslation(['workshops', 'common']);
  const said = t as unknown as Said;
  const members = useMembers();
  const [result, setResult] = useState<ReadResult & { fileName: string; size: number }>();
  const [reading, setReading] = useState<number>();
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
    setResult(undefined);
    setReading(0);
    try {
      const read = await readMemberFileAsync(file, known, setReading);
      setResult({ ...read, fileName: file.name, size: file.size });
    } catch {
      setResult({ ok: false, problem: 'notText', fileName: file.name, size: file.size });
    } finally {
      setReading(undefined);
    }
  }

  const preview = result?.ok ? result.preview : undefined;
  const problems = useMemo(
    () =>
      preview ? preview.rows.flatMap((row) => row.problems.map((p) => problemText(said, row.row, p))) : [],
    [preview, said],
  );
  const counts = useMemo(() => (preview ? problemCounts(preview) : {}), [preview]);
  const megabytes = (bytes: number) =>
    `${new Intl.NumberFormat(i18n.resolvedLanguage ?? 'pl', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
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
      {reading !== undefined ? (
        <div role="status" className="import-reading">
          <label>
            {t('import.reading', { percent: Math.round(reading * 100) })}
            <progress max={1} value={reading} />
          </label>
        </div>
      ) : null}
      {saved !== undefined ? (
        <div className="message-ok" role="status">
          <p>{t('import.saved', { count: saved })}</p>
          <Link to="/staff/roster">{t('import.toRoster')}</Link>
        </div>
      ) : null}
      {result && !result.ok && FILE_PROBLEMS.includes(result.problem) ? (
        <div className="field-error" role="alert">
          <p>
            {t(`import.fileProblems.${result.problem}`, {
              file: result.fileName,
              size: megabytes(result.size),
              limit: megabytes(MAX_FILE_BYTES),
            })}
          </p>
          <p>{t('import.nothingSaved')}</p>
        </div>
      ) : null}
      {preview && saved === undefined ? (
        <section aria-labelledby="import-preview-title">
          <h2 id="import-preview-title">{t('import.previewTitle', { file: result?.fileName })}</h2>
          <p>
            {t('import.summary', {
              count: preview.rows.length,
              encoding: t(`import.encodings.${preview.encoding}`),
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
                {(Object.keys(counts) as RowProblem['code'][]).map((code) => (
                  <li key={code}>{t(`import.problemKinds.${code}`, { count: counts[code] ?? 0 })}</li>
                ))}
              </ul>
              <ul>
                {problems.slice(0, SHOWN_PROBLEMS).map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
              {problems.length > SHOWN_PROBLEMS ? (
                <p>{t('import.moreProblems', { count: problems.length - SHOWN_PROBLEMS })}</p>
              ) : null}
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
