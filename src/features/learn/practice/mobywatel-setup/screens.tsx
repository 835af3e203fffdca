// The first-start screens of the 'mobywatel-setup' simulation: the terms with a plain summary, and the
// app password typed twice under rules stated plainly.
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/features/learn/practice/gateway-login/fields';
import {
  type MobywatelAction,
  PASSWORD_MIN_LENGTH,
  passwordRules,
} from '@/features/learn/practice/mobywatel-setup/logic';

type ScreenProps = {
  heading: (text: string) => ReactNode;
  act: (action: MobywatelAction) => void;
};

const TERMS_POINTS = ['free', 'document', 'abroad', 'secret'] as const;

export function TermsScreen({ heading, act }: ScreenProps) {
  const { t } = useTranslation('sim-mobywatel-setup');
  const [accepted, setAccepted] = useState(false);
  const checkId = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    act({ type: 'acceptTerms', accepted });
  }
  return (
    <form className="sim-form" noValidate onSubmit={submit}>
      {heading(t('terms.title'))}
      <p>{t('terms.intro')}</p>
      <ul className="mobywatel__points">
        {TERMS_POINTS.map((point) => (
          <li key={point}>{t(`terms.points.${point}`)}</li>
        ))}
      </ul>
      <label className="choice" htmlFor={checkId}>
        <input
          id={checkId}
          type="checkbox"
          checked={accepted}
          onChange={(event) => setAccepted(event.target.checked)}
        />
        <span>{t('terms.accept')}</span>
      </label>
      <button type="submit" className="button">
        {t('next')}
      </button>
    </form>
  );
}

export function PasswordScreen({ heading, act }: ScreenProps) {
  const { t } = useTranslation('sim-mobywatel-setup');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [shown, setShown] = useState(false);
  const showId = useId();
  const rules = passwordRules(password);
  function submit(event: FormEvent) {
    event.preventDefault();
    act({ type: 'setPassword', password, repeat });
  }
  return (
    <form className="sim-form" noValidate onSubmit={submit}>
      {heading(t('password.title'))}
      <p>{t('password.text')}</p>
      <p className="sim-form__note">{t('password.practice')}</p>
      <TextField
        label={t('password.label')}
        value={password}
        onChange={setPassword}
        type={shown ? 'text' : 'password'}
      />
      <div>
        <p className="mobywatel__rules-title">{t('password.rules')}</p>
        <ul className="mobywatel__rules">
          {(['length', 'letter', 'digit'] as const).map((rule) => (
            <li key={rule}>
              <span aria-hidden="true">{rules[rule] ? '✓ ' : '○ '}</span>
              {t(`password.rule.${rule}`, { min: PASSWORD_MIN_LENGTH })}{' '}
              <span className="mobywatel__rule-state">
                {rules[rule] ? t('password.kept') : t('password.notYet')}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <TextField
        label={t('password.repeat')}
        value={repeat}
        onChange={setRepeat}
        type={shown ? 'text' : 'password'}
      />
      <label className="choice" htmlFor={showId}>
        <input
          id={showId}
          type="checkbox"
          checked={shown}
          onChange={(event) => setShown(event.target.checked)}
        />
        <span>{t('password.show')}</span>
      </label>
      <button type="submit" className="button">
        {t('password.submit')}
      </button>
    </form>
  );
}
