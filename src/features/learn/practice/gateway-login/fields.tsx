// Small form parts shared by the screens of the 'gateway-login' and 'mobywatel-setup' simulations:
// a labelled text field and a login form (any practice data is accepted, but never left empty).
import '@/features/learn/practice/gateway-login/fields.css';
import { type FormEvent, type ReactNode, useId, useState } from 'react';

type TextFieldProps = {
  label: string;
  help?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password';
  numeric?: boolean;
  className?: string;
};

export function TextField({
  label,
  help,
  value,
  onChange,
  type = 'text',
  numeric,
  className,
}: TextFieldProps) {
  const fieldId = useId();
  const helpId = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={fieldId}>{label}</label>
      {help ? (
        <p id={helpId} className="hint">
          {help}
        </p>
      ) : null}
      <input
        id={fieldId}
        type={type}
        inputMode={numeric ? 'numeric' : undefined}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={value}
        aria-describedby={help ? helpId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

type LoginFormProps = {
  loginLabel: string;
  passwordLabel: string;
  submitLabel: string;
  /** Shown above the fields: practice data only. */
  note: string;
  onSubmit: (login: string, password: string) => void;
  children?: ReactNode;
};

/** A login and a password; the simulation's logic decides what is accepted. */
export function LoginForm({
  loginLabel,
  passwordLabel,
  submitLabel,
  note,
  onSubmit,
  children,
}: LoginFormProps) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(login, password);
  }
  return (
    <form className="sim-form" noValidate onSubmit={submit}>
      <p className="sim-form__note">{note}</p>
      <TextField label={loginLabel} value={login} onChange={setLogin} />
      <TextField label={passwordLabel} value={password} onChange={setPassword} type="password" />
      <div className="sim-form__row">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}

/** A text message as it appears on the learner's pretend phone. */
export function SmsBubble({ from, text }: { from: string; text: string }) {
  return (
    <div className="gateway-login__phone">
      <p className="gateway-login__phone-title">{from}</p>
      <p>{text}</p>
    </div>
  );
}

/** A field for a code or a PIN (digits), with its submit button and any extra buttons. */
export function CodeForm({
  label,
  help,
  submit,
  secret,
  onSubmit,
  children,
}: {
  label: string;
  help?: string;
  submit: string;
  secret?: boolean;
  onSubmit: (typed: string) => void;
  children?: ReactNode;
}) {
  const [typed, setTyped] = useState('');
  function send(event: FormEvent) {
    event.preventDefault();
    onSubmit(typed);
  }
  return (
    <form className="sim-form" noValidate onSubmit={send}>
      <TextField
        label={label}
        help={help}
        value={typed}
        onChange={setTyped}
        type={secret ? 'password' : 'text'}
        numeric
        className="gateway-login__code"
      />
      <div className="sim-form__row">
        <button type="submit" className="button">
          {submit}
        </button>
        {children}
      </div>
    </form>
  );
}
