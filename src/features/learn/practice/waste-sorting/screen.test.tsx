import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WasteSorting } from '@/features/learn/practice/waste-sorting/screen';
import { renderSimulation } from '@/testing/render-simulation';

const basics = {
  component: WasteSorting,
  moduleId: 'waste',
  lessonId: 'five-colours',
  stepId: 'practiceBasics',
};
const mistakes = { ...basics, stepId: 'practiceMistakes' };
const pszok = { ...basics, lessonId: 'pszok-and-deposit', stepId: 'practiceWhere' };

const item = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });
const bin = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name} `) });

describe('WasteSorting', () => {
  it('names every bin in words with its colour, not by colour alone', async () => {
    await renderSimulation(basics);
    expect(screen.getByText('Do którego pojemnika? (ćwiczenie)')).toBeInTheDocument();
    for (const name of [
      'Papier pojemnik niebieski',
      'Szkło pojemnik zielony',
      'Metale i tworzywa sztuczne pojemnik żółty',
      'Bio pojemnik brązowy',
      'Zmieszane pojemnik czarny',
    ])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^PSZOK/ })).not.toBeInTheDocument();
  });

  it('sorts every thing into its bin and completes, explaining each one', async () => {
    const { user, onComplete, onMistake, word } = await renderSimulation(basics);
    const answers: [string, string][] = [
      ['Gazeta', 'Papier'],
      ['Pusty słoik po dżemie', 'Szkło'],
      ['Plastikowa butelka', 'Metale i tworzywa sztuczne'],
      ['Karton po mleku', 'Metale i tworzywa sztuczne'],
      ['Obierki z warzyw', 'Bio'],
      ['Pusta puszka po groszku', 'Metale i tworzywa sztuczne'],
    ];
    for (const [thing, where] of answers) {
      await user.click(item(thing));
      expect(item(thing)).toHaveAttribute('aria-pressed', 'true');
      expect(screen.getByRole('heading', { name: /^Gdzie wyrzucisz:/ })).toHaveFocus();
      await user.click(bin(where));
    }
    expect(screen.getByText(word('items.can.right'))).toBeInTheDocument();
    expect(screen.getByText('Wszystkie rzeczy są już na swoim miejscu.')).toBeInTheDocument();
    expect(screen.getByText('Posortowane: 6 z 6')).toBeInTheDocument();
    expect(
      screen.getByText(/^W środku: Plastikowa butelka po wodzie, bez kaucji, Karton po mleku/),
    ).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onMistake).not.toHaveBeenCalled();
    expect(screen.getByText(word('done'))).toBeInTheDocument();
  });

  it('explains a wrong bin for that thing, and names its bin in the hint after the second mistake', async () => {
    const { user, onMistake, onComplete, word } = await renderSimulation(mistakes);
    await user.click(item('Tłusty karton po pizzy'));
    await user.click(bin('Papier'));
    expect(
      screen.getByText(
        `„Tłusty karton po pizzy” nie pasuje do pojemnika: Papier. ${word('items.pizzaBox.wrong')}`,
      ),
    ).toBeInTheDocument();
    expect(item('Tłusty karton po pizzy')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByText('Podpowiedź')).not.toBeInTheDocument();

    await user.click(bin('Bio'));
    expect(onMistake).toHaveBeenCalledTimes(2);
    expect(
      screen.getByText('„Tłusty karton po pizzy” wyrzuć tutaj: Zmieszane (pojemnik czarny).'),
    ).toBeInTheDocument();

    await user.click(bin('Zmieszane'));
    const verdict = screen.getByText('Dobrze. „Tłusty karton po pizzy” — Zmieszane (pojemnik czarny).');
    expect(verdict.parentElement).toHaveFocus();
    expect(screen.getByText(word('items.pizzaBox.right'))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Tłusty karton po pizzy/ })).not.toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('asks for a thing first when a bin is chosen with nothing picked, without a mistake', async () => {
    const { user, onMistake } = await renderSimulation(mistakes);
    await user.click(bin('Szkło'));
    expect(
      screen.getByText('Najpierw wybierz rzecz, którą wyrzucasz. Potem wybierz pojemnik.'),
    ).toBeInTheDocument();
    expect(onMistake).not.toHaveBeenCalled();
  });

  it('can be done with the keyboard alone, with focus moving to the bins and to the result', async () => {
    const { user, onComplete } = await renderSimulation(pszok);
    expect(screen.getByRole('button', { name: /^PSZOK/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Sklep: zwrot kaucji/ })).toBeInTheDocument();
    const plan: [string, string][] = [
      ['Zużyte baterie', 'PSZOK'],
      ['Butelka po wodzie ze znakiem kaucji', 'Sklep: zwrot kaucji'],
      ['Przeterminowane leki', 'PSZOK'],
      ['Puszka po napoju ze znakiem kaucji', 'Sklep: zwrot kaucji'],
      ['Stary, zepsuty telefon', 'PSZOK'],
      ['Zniszczony sweter', 'PSZOK'],
      ['Pusty słoik po dżemie', 'Szkło'],
    ];
    for (const [thing, where] of plan) {
      // From the items' heading, Tab walks the things; Enter picks one and focus moves to the bins.
      item(thing).focus();
      await user.keyboard('{Enter}');
      expect(screen.getByRole('heading', { name: new RegExp(`^Gdzie wyrzucisz: ${thing}`) })).toHaveFocus();
      let guard = 0;
      while (document.activeElement !== bin(where) && guard < 12) {
        await user.tab();
        guard += 1;
      }
      await user.keyboard(' ');
      expect(document.activeElement).toHaveClass('waste-sorting__result');
      const next = screen.queryByRole('button', { name: 'Wybierz następną rzecz' });
      if (next) {
        await user.click(next);
        expect(screen.getByRole('heading', { name: 'Co wyrzucasz? Wybierz jedną rzecz.' })).toHaveFocus();
      }
    }
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('lists where each thing goes and offers to practise again when completed before', async () => {
    const { user, word } = await renderSimulation({ ...basics, completed: true });
    expect(screen.getByRole('heading', { name: 'Gdzie co wyrzucasz' })).toBeInTheDocument();
    expect(
      screen.getByText('Karton po mleku: Metale i tworzywa sztuczne (pojemnik żółty)'),
    ).toBeInTheDocument();
    expect(screen.getByText(word('items.peel.right'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ćwicz jeszcze raz' }));
    expect(screen.getByRole('heading', { name: 'Co wyrzucasz? Wybierz jedną rzecz.' })).toHaveFocus();
    expect(screen.getByText('Posortowane: 0 z 6')).toBeInTheDocument();
  });

  it('speaks English when the lesson is in English', async () => {
    const { user } = await renderSimulation({ ...mistakes, language: 'en' });
    expect(screen.getByText('Which bin? (practice)')).toBeInTheDocument();
    await user.click(item('Broken porcelain mug'));
    await user.click(bin('Glass'));
    expect(
      screen.getByText(/^“Broken porcelain mug” does not belong in this bin: Glass\. Porcelain is not glass/),
    ).toBeInTheDocument();
    await user.click(bin('Mixed waste'));
    expect(
      screen.getByText('Well done. “Broken porcelain mug” — Mixed waste (black bin).'),
    ).toBeInTheDocument();
  });
});
