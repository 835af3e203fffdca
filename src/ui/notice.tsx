import type { ReactNode } from 'react';

type NoticeProps = {
  tone: 'info' | 'success' | 'warning';
  children: ReactNode;
  actions?: ReactNode;
  /** Polite live region: announced by screen readers without interrupting them. */
  live?: boolean;
};

/** A calm banner with optional actions, used for status messages in the app shell. */
export function Notice({ tone, children, actions, live = false }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={live ? 'status' : undefined}>
      <div className="notice__text">{children}</div>
      {actions ? <div className="notice__actions">{actions}</div> : null}
    </div>
  );
}
