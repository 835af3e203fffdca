// The settings of the 'messenger-chat' simulation: Ustawienia → Konto → Weryfikacja dwuetapowa → Włącz,
// then a 6-digit PIN typed twice and an optional e-mail (FACTS.md M4.1).
import { type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPin } from '@/features/learn/practice/messenger-chat/logic';
import { ChatIcon } from '@/features/learn/practice/messenger-chat/pictures';
import { EmailForm, PinForm } from '@/features/learn/practice/messenger-chat/settings-forms';

type Page = 'main' | 'account' | 'twoStep' | 'pin' | 'repeat' | 'email' | 'done';

type SettingsProps = {
  headingRef: Ref<HTMLHeadingElement>;
  onExit: () => void;
  /** A wrong action; the message, if any, is shown by the simulation's status line. */
  onMistake: (message?: string) => void;
  onDone: () => void;
  /** Another page opened: what was said about the last one no longer applies. */
  onPageChange: () => void;
};

export function SettingsScreen({ headingRef, onExit, onMistake, onDone, onPageChange }: SettingsProps) {
  const { t } = useTranslation('sim-messenger-chat');
  const [page, setPage] = useState<Page>('main');
  const [pin, setPin] = useState('');
  const [email, setEmail] = useState('');

  /** Opens another page: what was said about the last one no longer applies; its heading takes focus. */
  function open(next: Page) {
    setPage(next);
    onPageChange();
  }

  const heading = (text: string) => (
    <h3 ref={headingRef} tabIndex={-1} className="messenger-chat__title">
      {text}
    </h3>
  );
  const back = (to: Page | 'exit') => (
    <button
      type="button"
      className="button button--quiet"
      onClick={() => (to === 'exit' ? onExit() : open(to))}
    >
      <ChatIcon name="back" />
      {t('settings.back')}
    </button>
  );
  const menuItem = (label: string, onClick: () => void) => (
    <li>
      <button type="button" className="button button--quiet sim__wide messenger-chat__wide" onClick={onClick}>
        {label}
      </button>
    </li>
  );

  switch (page) {
    case 'main':
      return (
        <div className="messenger-chat__screen">
          <div className="messenger-chat__bar">
            {back('exit')}
            {heading(t('settings.title'))}
          </div>
          <ul className="sim__list messenger-chat__menu">
            {menuItem(t('settings.account'), () => open('account'))}
            {menuItem(t('settings.chats'), () => onMistake(t('problem.wrongSettingMain')))}
            {menuItem(t('settings.notifications'), () => onMistake(t('problem.wrongSettingMain')))}
            {menuItem(t('settings.privacy'), () => onMistake(t('problem.wrongSettingMain')))}
          </ul>
        </div>
      );
    case 'account':
      return (
        <div className="messenger-chat__screen">
          <div className="messenger-chat__bar">
            {back('main')}
            {heading(t('account.title'))}
          </div>
          <ul className="sim__list messenger-chat__menu">
            {menuItem(t('account.changeNumber'), () => onMistake(t('problem.wrongSettingAccount')))}
            {menuItem(t('account.twoStep'), () => open('twoStep'))}
            {menuItem(t('account.info'), () => onMistake(t('problem.wrongSettingAccount')))}
          </ul>
        </div>
      );
    case 'twoStep':
      return (
        <div className="messenger-chat__screen">
          <div className="messenger-chat__bar">
            {back('account')}
            {heading(t('twoStep.title'))}
          </div>
          <p className="messenger-chat__state">{t('twoStep.off')}</p>
          <p>{t('twoStep.explain')}</p>
          <button type="button" className="button" onClick={() => open('pin')}>
            {t('twoStep.turnOn')}
          </button>
        </div>
      );
    case 'pin':
    case 'repeat':
      return (
        <div className="messenger-chat__screen">
          <div className="messenger-chat__bar">
            {back(page === 'pin' ? 'twoStep' : 'pin')}
            {heading(t('twoStep.title'))}
          </div>
          <PinForm
            key={page}
            label={page === 'pin' ? t('twoStep.pinLabel') : t('twoStep.repeatLabel')}
            help={t('twoStep.pinHelp')}
            check={(typed) => {
              const result = checkPin(typed);
              if (!result.ok) {
                if (result.problem === 'notDigits') return t('problem.pinNotDigits');
                if (result.length === 0) return t('problem.pinEmpty');
                return t('problem.pinLength', { count: result.length });
              }
              if (page === 'repeat' && result.pin !== pin) return t('problem.pinMismatch');
              return undefined;
            }}
            onMistake={() => onMistake()}
            onAccept={(typed) => {
              if (page === 'pin') {
                setPin(typed.replace(/\s+/g, ''));
                open('repeat');
              } else open('email');
            }}
          />
        </div>
      );
    case 'email':
      return (
        <div className="messenger-chat__screen">
          <div className="messenger-chat__bar">{heading(t('twoStep.title'))}</div>
          <EmailForm
            onMistake={() => onMistake()}
            onAccept={(address) => {
              setEmail(address);
              open('done');
              onDone();
            }}
          />
        </div>
      );
    case 'done':
      return (
        <div className="messenger-chat__screen">
          <div className="messenger-chat__bar">{heading(t('twoStep.title'))}</div>
          <p className="messenger-chat__state messenger-chat__state--on">{t('twoStep.on')}</p>
          <p>{t('twoStep.done')}</p>
          <p>{email ? t('twoStep.withEmail', { email }) : t('twoStep.withoutEmail')}</p>
          <button type="button" className="button button--quiet" onClick={onExit}>
            {t('twoStep.backToChats')}
          </button>
        </div>
      );
  }
}
