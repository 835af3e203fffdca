// The login.gov.pl-like page of the 'gateway-login' simulation: the choice of login methods (the fake
// copy at a wrong address shows exactly the same).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGIN_METHODS } from '@/content/simulations/gateway-login';
import type { GatewayAction } from '@/features/learn/practice/gateway-login/logic';
import { ChoiceList } from '@/features/learn/practice/kit/choice-list';

/** The gateway's choice of login methods; the fake copy shows exactly the same. */
export function Gateway({
  heading,
  service,
  act,
}: {
  heading: (text: string) => ReactNode;
  service: string;
  act: (action: GatewayAction) => void;
}) {
  const { t } = useTranslation('sim-gateway-login');
  return (
    <>
      <p className="gateway-login__brand">{t('gateway.brand')}</p>
      {heading(t('gateway.title'))}
      <p>{t('gateway.for', { service })}</p>
      <ChoiceList
        className="gateway-login__list"
        buttonClassName="gateway-login__method"
        choices={LOGIN_METHODS.map((method) => ({
          key: method,
          label: (
            <>
              <span className="gateway-login__method-name">{t(`methods.${method}.name`)}</span>
              <span className="gateway-login__method-text">{t(`methods.${method}.text`)}</span>
            </>
          ),
          onClick: () => act({ type: 'chooseMethod', method }),
        }))}
      />
    </>
  );
}

/** A pretend text message with the one-time code, as it appears on the phone. */
