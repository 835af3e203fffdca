// The made-up bank app of the 'ticket-purchase' simulation: it shows a BLIK code with a calm countdown
// (two minutes; when it runs out the learner simply takes a new code) and asks to confirm the payment
// after checking the amount and the recipient (FACTS.md M2.11, M12).
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type BlikCode,
  formatCountdown,
  groupDigits,
  secondsLeft,
} from '@/features/learn/practice/ticket-purchase/logic';

type BankHeaderProps = { headingRef: Ref<HTMLHeadingElement>; title: string };

function BankHeader({ headingRef, title }: BankHeaderProps) {
  const { t } = useTranslation('sim-ticket-purchase');
  return (
    <>
      <p className="sim__app ticket-purchase__app--bank">{t('bank.name')}</p>
      <h3 ref={headingRef} tabIndex={-1} className="ticket-purchase__title">
        {title}
      </h3>
    </>
  );
}

type BankCodeProps = {
  headingRef: Ref<HTMLHeadingElement>;
  code: BlikCode | undefined;
  now: number;
  onNewCode: () => void;
  onBack: () => void;
};

/** The BLIK screen of the bank app: a code to type in the ticket app, valid for two minutes. */
export function BankCode({ headingRef, code, now, onNewCode, onBack }: BankCodeProps) {
  const { t } = useTranslation('sim-ticket-purchase');
  const left = code ? secondsLeft(code, now) : 0;
  const valid = code !== undefined && left > 0;
  return (
    <div className="ticket-purchase__screen ticket-purchase__screen--bank">
      <BankHeader headingRef={headingRef} title={t('bank.blikTitle')} />
      {valid ? (
        <div className="ticket-purchase__code-box">
          <p>{t('bank.yourCode')}</p>
          <p className="ticket-purchase__code">{groupDigits(code.digits)}</p>
          {/* The countdown is for the eyes; screen readers hear only when the code has run out. */}
          <p className="ticket-purchase__countdown">
            <span aria-hidden="true">{t('bank.validFor', { time: formatCountdown(left) })}</span>
            <span className="visually-hidden">{t('bank.validTwoMinutes')}</span>
          </p>
        </div>
      ) : (
        <p>{t('bank.blikExplain')}</p>
      )}
      <div role="status" className="ticket-purchase__calm">
        {code && !valid ? t('bank.expired') : ''}
      </div>
      <p className="ticket-purchase__warning">{t('bank.never')}</p>
      <div className="ticket-purchase__row">
        {valid ? null : (
          <button type="button" className="button" onClick={onNewCode}>
            {code ? t('bank.newCode') : t('bank.showCode')}
          </button>
        )}
        <button type="button" className={valid ? 'button' : 'button button--quiet'} onClick={onBack}>
          {t('bank.backToTickets')}
        </button>
      </div>
    </div>
  );
}

type BankConfirmProps = {
  headingRef: Ref<HTMLHeadingElement>;
  amount: string;
  onConfirm: () => void;
  onReject: () => void;
};

/** The bank asks to confirm the payment: the learner checks the amount and the recipient first. */
export function BankConfirm({ headingRef, amount, onConfirm, onReject }: BankConfirmProps) {
  const { t } = useTranslation('sim-ticket-purchase');
  return (
    <div className="ticket-purchase__screen ticket-purchase__screen--bank">
      <BankHeader headingRef={headingRef} title={t('bank.confirmTitle')} />
      <p>{t('bank.checkFirst')}</p>
      <dl className="ticket-purchase__details">
        <div>
          <dt>{t('bank.recipient')}</dt>
          <dd>{t('appName')}</dd>
        </div>
        <div>
          <dt>{t('bank.amount')}</dt>
          <dd>{amount}</dd>
        </div>
      </dl>
      <div className="ticket-purchase__row">
        <button type="button" className="button" onClick={onConfirm}>
          {t('bank.confirm')}
        </button>
        <button type="button" className="button button--quiet" onClick={onReject}>
          {t('bank.reject')}
        </button>
      </div>
    </div>
  );
}
