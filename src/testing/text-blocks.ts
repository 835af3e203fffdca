// Test helper: a step text may hold "- " and "1. " lists, which render as several elements, so a
// single getByText cannot find it whole. This checks that every line of the text is shown, without
// its list marker, inside the given element.
import { expect } from 'vitest';

export function expectTextShown(container: Element | null, text: string): void {
  expect(container, 'the element that should show the text').not.toBeNull();
  const shown = (container?.textContent ?? '').replace(/\s+/g, ' ');
  for (const line of text.split('\n')) {
    const plain = line.replace(/^\s*(-|\d+\.)\s+/, '').trim();
    if (plain) expect(shown).toContain(plain);
  }
}
