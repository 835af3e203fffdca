// Text in which web addresses may break only at sensible places: after a dot or a slash, before a
// hyphen. On a 360 px phone at 200 % text "mobywatel.gov.pl" then wraps as "mobywatel.gov." / "pl"
// at worst, never as "mObywatel.gov./pl." mid-name — the lesson that teaches reading addresses
// must show each part of an address whole.
import { Fragment, type ReactNode } from 'react';

const ADDRESS = /(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s"”),]*)?/gi;

/** An address with a break opportunity (<wbr>) after every "." and "/" and before every "-". */
function breakable(address: string): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const part of address.split(/(?<=[./])|(?=-)/)) {
    // Each part is keyed by where it starts in the address.
    out.push(
      <Fragment key={at}>
        {at > 0 ? <wbr /> : null}
        {part}
      </Fragment>,
    );
    at += part.length;
  }
  return out;
}

export function Wrappable({ text }: { text: string }) {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const start = match.index ?? 0;
    if (start > last) out.push(text.slice(last, start));
    out.push(<Fragment key={start}>{breakable(match[0])}</Fragment>);
    last = start + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}
