import { useTranslation } from 'react-i18next';
import { promptInstall, useInstallWay } from '@/lib/install';
import { updatePreferences, usePreferences } from '@/lib/preferences';

function ShareIcon() {
  return (
    <svg viewBox="0 0 48 48" width="3em" height="3em" aria-hidden="true" focusable="false">
      <rect x="10" y="18" width="28" height="26" rx="4" fill="none" stroke="currentColor" strokeWidth="3" />
      <path
        d="M24 4v26M15 13l9-9 9 9"
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </svg>
  );
}

function AddToHomeIcon() {
  return (
    <svg viewBox="0 0 48 48" width="3em" height="3em" aria-hidden="true" focusable="false">
      <rect x="6" y="6" width="36" height="36" rx="8" fill="none" stroke="currentColor" strokeWidth="3" />
      <path d="M24 15v18M15 24h18" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

/** A gentle invitation to install the app, shown after the first finished lesson, never again once declined. */
export function InstallInvite() {
  const { t } = useTranslation('learn');
  const way = useInstallWay();
  const { installDeclined } = usePreferences();
  if (way === 'installed' || installDeclined) return null;

  return (
    <section className="install-invite" aria-labelledby="install-title">
      <h3 id="install-title">{t('install.title')}</h3>
      <p>{t('install.body')}</p>
      {way === 'ios' ? (
        <>
          <p>{t('install.ios.intro')}</p>
          <ol className="install-steps">
            <li>
              <figure role="img" aria-label={t('install.ios.picture1')}>
                <ShareIcon />
              </figure>
              {t('install.ios.step1')}
            </li>
            <li>
              <figure role="img" aria-label={t('install.ios.picture2')}>
                <AddToHomeIcon />
              </figure>
              {t('install.ios.step2')}
            </li>
            <li>{t('install.ios.step3')}</li>
          </ol>
        </>
      ) : null}
      {way === 'manual' ? <p>{t('install.manual')}</p> : null}
      <div className="button-row">
        {way === 'prompt' ? (
          <button type="button" className="button" onClick={() => void promptInstall()}>
            {t('install.install')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => updatePreferences({ installDeclined: true })}
        >
          {t('install.notNow')}
        </button>
      </div>
    </section>
  );
}
