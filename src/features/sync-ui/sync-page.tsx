// The sync screen (staff only, composed behind the PIN gate in src/app): the status line (last synced,
// changes waiting, refused records and why), the server settings with "Sprawdź połączenie", the sync
// file and the sign-out.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { classifyStorageError } from '@/db/storage-problems';
import { type SyncOverview, syncActions, useSyncOverview } from '@/features/sync-ui/data/sync-overview';
import { SignOutSection } from '@/features/sync-ui/sign-out-section';
import { SyncFileSection } from '@/features/sync-ui/sync-file-section';
import type { ServerSettings } from '@/sync/couch-client';
import type { ConnectionCheck } from '@/sync/server-settings';
import { usePageTitle } from '@/ui/use-page-title';
import './sync.css';

function Field({
  label,
  value,
  onChange,
  type = 'text',
  hint,
  autoComplete,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'url' | 'password';
  hint?: string;
  autoComplete: string;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="none"
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

function StatusSection({ overview }: { overview: SyncOverview }) {
  const { t, i18n } = useTranslation('sync');
  const { settings, status, waiting, refused, conflictsResolved } = overview;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'pl', { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(iso),
    );
  return (
    <section className="settings-section" aria-labelledby="sync-status-title">
      <h2 id="sync-status-title">{t('status.title')}</h2>
      <div role="status" className="sync-status">
        {settings === undefined ? (
          <p>{t('status.notSetUp')}</p>
        ) : status ? (
          <p>
            {t(`status.state.${status.state}`)}{' '}
            {status.problem && status.state !== 'idle' ? t(`status.problem.${status.problem}`) : null}
          </p>
        ) : null}
        <p>
          {status?.lastSynced ? t('status.lastSynced', { when: when(status.lastSynced) }) : t('status.never')}
        </p>
        <p>{waiting > 0 ? t('status.waiting', { count: waiting }) : t('status.nothingWaiting')}</p>
        {conflictsResolved > 0 ? <p>{t('status.conflictsResolved', { count: conflictsResolved })}</p> : null}
      </div>
      {refused.length > 0 ? (
        <div className="sync-refused">
          <h3>{t('status.refusedTitle')}</h3>
          <p className="hint">{t('status.refusedHint')}</p>
          <ul>
            {refused.map((entry) => (
              <li key={`${entry.type}:${entry.id}`}>
                {t('status.refused', { type: t(`types.${entry.type}`), id: entry.id, reason: entry.reason })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {settings !== undefined ? (
        <div className="button-row">
          <button type="button" className="button" onClick={syncActions.syncNow}>
            {t('status.syncNow')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

const EMPTY: ServerSettings = { url: '', database: '', user: '', password: '' };

function ServerForm({ stored }: { stored: ServerSettings | undefined }) {
  const { t } = useTranslation(['sync', 'common']);
  const [form, setForm] = useState<ServerSettings>(stored ?? EMPTY);
  const [answer, setAnswer] = useState<{ tone: 'ok' | 'problem'; text: string }>();
  const [checking, setChecking] = useState(false);
  const set = (key: keyof ServerSettings) => (value: string) =>
    setForm((current) => ({ ...current, [key]: value }));

  async function check() {
    setChecking(true);
    setAnswer(undefined);
    const result: ConnectionCheck = await syncActions.check(form);
    setChecking(false);
    setAnswer({ tone: result === 'ok' ? 'ok' : 'problem', text: t(`settings.answer.${result}`) });
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await syncActions.save(form);
      setAnswer({ tone: 'ok', text: t('settings.saved') });
    } catch (error) {
      setAnswer({ tone: 'problem', text: t(`common:errors.storage.${classifyStorageError(error)}`) });
    }
  }

  return (
    <section className="settings-section" aria-labelledby="sync-server-title">
      <h2 id="sync-server-title">{t('settings.title')}</h2>
      <form className="form" onSubmit={(event) => void save(event)}>
        <Field
          label={t('settings.url')}
          hint={t('settings.urlHint')}
          type="url"
          value={form.url}
          onChange={set('url')}
          autoComplete="url"
        />
        <Field
          label={t('settings.database')}
          value={form.database}
          onChange={set('database')}
          autoComplete="off"
        />
        <Field label={t('settings.user')} value={form.user} onChange={set('user')} autoComplete="username" />
        <Field
          label={t('settings.password')}
          type="password"
          value={form.password}
          onChange={set('password')}
          autoComplete="current-password"
        />
        <div className="button-row">
          <button
            type="button"
            className="button button--quiet"
            disabled={checking}
            onClick={() => void check()}
          >
            {checking ? t('settings.checking') : t('settings.check')}
          </button>
          <button type="submit" className="button">
            {t('settings.save')}
          </button>
        </div>
        <p className={answer?.tone === 'problem' ? 'field-error' : 'sync-answer'} role="status">
          {answer?.text}
        </p>
      </form>
    </section>
  );
}

/** /sync: the sync settings and status of this device. */
export function SyncPage() {
  const { t } = useTranslation(['sync', 'common']);
  const overview = useSyncOverview();
  usePageTitle(t('common:app.documentTitle', { page: t('page.title') }));
  return (
    <section className="page sync" aria-labelledby="sync-title">
      <p className="breadcrumb">
        <Link to="/staff">← {t('page.back')}</Link>
      </p>
      <h1 id="sync-title">{t('page.title')}</h1>
      <p className="lead">{t('page.intro')}</p>
      {overview === undefined ? (
        <p className="loading">{t('common:status.loading')}</p>
      ) : (
        <>
          <StatusSection overview={overview} />
          <ServerForm stored={overview.settings} />
          <SyncFileSection />
          <SignOutSection waiting={overview.waiting} />
        </>
      )}
    </section>
  );
}
