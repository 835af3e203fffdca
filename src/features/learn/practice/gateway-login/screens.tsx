// The page shown inside the pretend browser of the 'gateway-login' simulation, one per screen.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { GatewayLoginConfig } from '@/content/simulations/gateway-login';
import { CardAppScreens } from '@/features/learn/practice/gateway-login/card';
import { CodeForm, LoginForm, SmsBubble } from '@/features/learn/practice/gateway-login/fields';
import { Gateway } from '@/features/learn/practice/gateway-login/gateway';
import {
  BANKS,
  type GatewayAction,
  type GatewayState,
  PIN1_LENGTH,
} from '@/features/learn/practice/gateway-login/logic';
import { ChoiceList } from '@/features/learn/practice/kit/choice-list';

type ScreenProps = {
  config: GatewayLoginConfig;
  state: GatewayState;
  /** The name of the service being logged into. */
  service: string;
  headingRef: Ref<HTMLHeadingElement>;
  act: (action: GatewayAction) => void;
};

export function GatewayScreenBody({ config, state, service, headingRef, act }: ScreenProps) {
  const { t } = useTranslation('sim-gateway-login');
  const heading = (text: string) => (
    <h3 ref={headingRef} tabIndex={-1} className="sim__heading">
      {text}
    </h3>
  );
  const back = (
    <button type="button" className="button button--quiet" onClick={() => act({ type: 'back' })}>
      {t('back')}
    </button>
  );
  const confirmButtons = (
    <div className="sim-form__row">
      <button type="button" className="button" onClick={() => act({ type: 'confirm' })}>
        {t('confirm')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => act({ type: 'reject' })}>
        {t('reject')}
      </button>
    </div>
  );
  const practiceData = t('practiceData');

  switch (state.screen) {
    case 'fake':
      return <Gateway heading={heading} service={service} act={act} />;
    case 'newTab':
      return (
        <>
          {heading(t('newTab.title'))}
          <p>{t('newTab.text')}</p>
          <ChoiceList
            className="gateway-login__list"
            buttonClassName="gateway-login__choice"
            choices={(config.fake?.choices ?? []).map((host) => ({
              key: host,
              label: <span translate="no">{host}</span>,
              onClick: () => act({ type: 'openAddress', host }),
            }))}
          />
        </>
      );
    case 'service':
      return (
        <>
          {heading(service)}
          <p>{t('service.text')}</p>
          <button type="button" className="button" onClick={() => act({ type: 'startLogin' })}>
            {t('service.login')}
          </button>
        </>
      );
    case 'gateway':
      return <Gateway heading={heading} service={service} act={act} />;
    case 'profileLogin':
      return (
        <>
          {heading(t('methods.trustedProfile.name'))}
          <LoginForm
            note={practiceData}
            loginLabel={t('profile.login')}
            passwordLabel={t('profile.password')}
            submitLabel={t('profile.submit')}
            onSubmit={(login, password) => act({ type: 'submitLogin', login, password })}
          >
            {back}
          </LoginForm>
        </>
      );
    case 'profileCaller':
      return (
        <>
          {heading(t('caller.title'))}
          <SmsBubble from={t('sms.from')} text={t('sms.text', { code: state.code })} />
          <div className="gateway-login__call">
            <p className="gateway-login__caller">{t('caller.who')}</p>
            <p>{t('caller.says')}</p>
          </div>
          <div className="sim-form__row">
            <button type="button" className="button" onClick={() => act({ type: 'refuseCode' })}>
              {t('caller.refuse')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => act({ type: 'giveCode' })}>
              {t('caller.give')}
            </button>
          </div>
        </>
      );
    case 'profileCode':
      return (
        <>
          {heading(t('code.title'))}
          <SmsBubble from={t('sms.from')} text={t('sms.text', { code: state.code })} />
          <CodeForm
            label={t('code.label')}
            submit={t('code.submit')}
            onSubmit={(code) => act({ type: 'submitCode', code })}
          >
            {back}
          </CodeForm>
        </>
      );
    case 'bankList':
      return (
        <>
          {heading(t('bankList.title'))}
          <p>{t('bankList.text')}</p>
          <ChoiceList
            className="gateway-login__list"
            buttonClassName="gateway-login__choice"
            choices={BANKS.map((bank) => ({
              key: bank,
              label: t(`banks.${bank}`),
              onClick: () => act({ type: 'chooseBank', bank }),
            }))}
          />
          {back}
        </>
      );
    case 'bankLogin': {
      const bank = t(`banks.${state.bank ?? BANKS[0]}`);
      return (
        <>
          {heading(t('bankLogin.title', { bank }))}
          <p>{t('bankLogin.text')}</p>
          <LoginForm
            note={practiceData}
            loginLabel={t('bankLogin.login')}
            passwordLabel={t('bankLogin.password')}
            submitLabel={t('bankLogin.submit')}
            onSubmit={(login, password) => act({ type: 'submitLogin', login, password })}
          >
            {back}
          </LoginForm>
        </>
      );
    }
    case 'bankConfirm':
      return (
        <>
          {heading(t('bankConfirm.title'))}
          <p className="gateway-login__confirm">{t('bankConfirm.text', { service })}</p>
          <p>{t('bankConfirm.check')}</p>
          {confirmButtons}
        </>
      );
    case 'cardApp':
    case 'cardConfirm':
    case 'cardCan':
      return (
        <CardAppScreens
          screen={state.screen}
          service={service}
          heading={heading}
          act={act}
          back={back}
          confirmButtons={confirmButtons}
        />
      );
    case 'cardTap':
      return (
        <>
          {heading(t('methods.eDowod.name'))}
          <p>{t('card.tap')}</p>
          <div className="sim-form__row">
            <button type="button" className="button" onClick={() => act({ type: 'tapCard' })}>
              {t('card.tapButton')}
            </button>
            {back}
          </div>
        </>
      );
    case 'cardPin':
      return (
        <>
          {heading(t('card.pinTitle'))}
          <CodeForm
            label={t('card.pinLabel', { digits: PIN1_LENGTH })}
            help={t('card.pinHelp')}
            submit={t('card.pinSubmit')}
            onSubmit={(pin) => act({ type: 'submitPin', pin })}
            secret
          >
            {back}
          </CodeForm>
        </>
      );
    case 'appConfirm':
      return (
        <>
          {heading(t('methods.mObywatel.name'))}
          <p>{t('app.text')}</p>
          <div className="gateway-login__phone">
            <p className="gateway-login__phone-title">{t('app.notification')}</p>
            <p className="gateway-login__confirm">{t('app.question', { service })}</p>
            {confirmButtons}
          </div>
          {back}
        </>
      );
    case 'loggedIn':
      return (
        <>
          {heading(service)}
          <p className="gateway-login__success">
            <span aria-hidden="true">✓ </span>
            {t('loggedIn.title')}
          </p>
          <p>{t('loggedIn.text')}</p>
          <button type="button" className="button button--quiet" onClick={() => act({ type: 'restart' })}>
            {t('finished.again')}
          </button>
        </>
      );
  }
}
