import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Wrappable } from '@/ui/wrappable';

describe('Wrappable', () => {
  it('lets addresses break only after a dot or a slash and before a hyphen, keeping the text', () => {
    const { container } = render(
      <p>
        <Wrappable text="Wejdź na mobywatel.gov.pl albo login.gov.pl-weryfikacja.com/logowanie. Dziękuję." />
      </p>,
    );
    expect(container.textContent).toBe(
      'Wejdź na mobywatel.gov.pl albo login.gov.pl-weryfikacja.com/logowanie. Dziękuję.',
    );
    const html = container.innerHTML;
    expect(html).toContain('mobywatel.<wbr>gov.<wbr>pl');
    expect(html).toContain('login.<wbr>gov.<wbr>pl<wbr>-weryfikacja.<wbr>com/<wbr>logowanie');
    // Ordinary words and numbers get no breaks.
    expect(html).toContain('Wejdź na ');
    expect(container.querySelectorAll('wbr')).toHaveLength(7);
  });
});
