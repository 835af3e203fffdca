// The eDO App screens of the 'gateway-login' simulation's e-dowód route (FACTS.md M1.5 [E32][E33]):
// logging in with an e-dowód needs the eDO App on a phone with NFC. The gateway offers "Użyj eDO App",
// the app asks to confirm the login, then for the card's CAN number (6 digits, bottom right on the
// front); only then is the card held to the phone and PIN1 typed (the screens after these).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeForm } from '@/features/learn/practice/gateway-login/fields';
import { CAN_LENGTH, type GatewayAction } from '@/features/learn/practice/gateway-login/logic';

type CardAppProps = {
  screen: 'cardApp' | 'cardConfirm' | 'cardCan';
  service: string;
  heading: (text: string) => ReactNode;
  act: (action: GatewayAction) => void;
  back: ReactNode;
  /** "Potwierdzam" and "Odrzucam", as on the other confirmation screens. */
  confirmButtons: ReactNode;
};

export function CardAppScreens({ screen, service, heading, act, back, confirmButtons }: CardAppProps) {
  const { t } = useTranslation('sim-gateway-login');
  if (screen === 'cardApp')
    return (
      <>
        {heading(t('methods.eDowod.name'))}
        <p>{t('card.app')}</p>
        <div className="sim-form__row">
          <button type="button" className="button" onClick={() => act({ type: 'useEdoApp' })}>
            {t('card.useApp')}
          </button>
          {back}
        </div>
      </>
    );
  if (screen === 'cardConfirm')
    return (
      <>
        {heading(t('card.appName'))}
        <div className="gateway-login__phone">
          <p className="gateway-login__phone-title">{t('card.appName')}</p>
          <p className="gateway-login__confirm">{t('app.question', { service })}</p>
          {confirmButtons}
        </div>
        {back}
      </>
    );
  return (
    <>
      {heading(t('card.canTitle'))}
      <CodeForm
        label={t('card.canLabel', { digits: CAN_LENGTH })}
        help={t('card.canHelp')}
        submit={t('card.canSubmit')}
        onSubmit={(can) => act({ type: 'submitCan', can })}
      >
        {back}
      </CodeForm>
    </>
  );
}
