import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TicketPurchase } from '@/features/learn/practice/ticket-purchase/screen';
import { renderSimulation } from '@/testing/render-simulation';

const phoneTicket = {
  component: TicketPurchase,
  moduleId: 'buses',
  lessonId: 'phone-ticket',
  stepId: 'practiceBuy',
};
const reduced = { ...phoneTicket, lessonId: 'reduced-fares', stepId: 'practiceReduced' };

type User = Awaited<ReturnType<typeof renderSimulation>>['user'];
const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** The code the pretend bank shows, without its space. */
function shownCode(): string {
  return screen.getByText(/^\d{3} \d{3}$/).textContent?.replace(' ', '') ?? '';
}

async function chooseTicket(user: User, city: string, ticket: RegExp) {
  await user.click(button('Komunikacja miejska'));
  await user.click(button(city));
  await user.click(button(ticket));
}

async function takeCode(user: User): Promise<string> {
  await user.click(button('Zapłać kodem BLIK'));
  await user.click(button('Otwórz aplikację banku'));
  await user.click(button('Pokaż kod BLIK'));
  const code = shownCode();
  await user.click(button('Wróć do aplikacji Bilety'));
  return code;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('TicketPurchase', () => {
  it('buys the ticket that fits, pays with BLIK and shows the ticket with its validity', async () => {
    const { user, onComplete, onMistake, word } = await renderSimulation(phoneTicket);
    expect(screen.getByText(word('situation'))).toBeInTheDocument();
    await chooseTicket(user, 'Bielsko-Biała', /^Bilet 60-minutowy normalny/);
    expect(screen.getByRole('heading', { name: 'Sprawdź, co kupujesz' })).toHaveFocus();
    expect(screen.getByText('5,00 zł')).toBeInTheDocument();

    await user.click(button('Zapłać kodem BLIK'));
    expect(screen.getByText('Do zapłaty: 5,00 zł')).toBeInTheDocument();
    await user.click(button('Otwórz aplikację banku'));
    expect(screen.getByText('Twój bank (ćwiczenie)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kod BLIK' })).toHaveFocus();
    await user.click(button('Pokaż kod BLIK'));
    expect(screen.getByText('Ważny jeszcze 2:00')).toBeInTheDocument();
    const code = shownCode();
    await user.click(button('Wróć do aplikacji Bilety'));
    expect(screen.getByText(/^Kod z banku jest ważny jeszcze [12]:\d\d\.$/)).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Kod BLIK' }), code);
    await user.click(button('Zapłać'));
    expect(screen.getByRole('heading', { name: 'Potwierdź płatność BLIK' })).toHaveFocus();
    expect(screen.getByText('Bilety (ćwiczenie)')).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();
    await user.click(button('Potwierdzam'));

    expect(screen.getByRole('heading', { name: 'Twój bilet' })).toHaveFocus();
    expect(screen.getByText(/^do godziny \d{1,2}:\d\d$/)).toBeInTheDocument();
    expect(screen.getByText(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/)).toBeInTheDocument();
    expect(screen.getByText('Przy kontroli pokaż ten ekran.')).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onMistake).not.toHaveBeenCalled();
    expect(screen.getByText(word('done'))).toBeInTheDocument();
  });

  it('gives a specific hint for a wrong place, city or ticket', async () => {
    const { user, onMistake, word } = await renderSimulation(phoneTicket);
    await user.click(button('Parkowanie'));
    expect(screen.getByText(/^W tym ćwiczeniu kupujesz bilet na autobus\./)).toBeInTheDocument();
    await user.click(button('Komunikacja miejska'));
    await user.click(button('Kraków'));
    expect(screen.getAllByText(/Jedziesz do miasta: Bielsko-Biała\.$/).length).toBeGreaterThan(0);
    await user.click(button('Bielsko-Biała'));
    await user.click(button(/^Bilet jednorazowy ulgowy/));
    const noRight = /^W tej sytuacji nie masz prawa do ulgi\./;
    // Shown on the screen and, after the second mistake, as the frame's hint.
    expect(screen.getAllByText(noRight)).toHaveLength(2);
    await user.click(button(/^Bilet jednorazowy normalny/));
    expect(screen.getAllByText(`Ten bilet nie pasuje do Twojej podróży. ${word('tripHint')}`)).toHaveLength(
      2,
    );
    expect(onMistake).toHaveBeenCalledTimes(4);
    expect(onMistake).toHaveBeenLastCalledWith(`Ten bilet nie pasuje do Twojej podróży. ${word('tripHint')}`);
  });

  it('suggests the reduced ticket to someone with a right to it', async () => {
    const { user, onMistake } = await renderSimulation(reduced);
    await chooseTicket(user, 'Lipowo', /^Bilet jednorazowy normalny/);
    expect(screen.getByText(/^Masz prawo do ulgi\./)).toBeInTheDocument();
    expect(onMistake).toHaveBeenCalledTimes(1);
    await user.click(button(/^Bilet jednorazowy ulgowy/));
    expect(screen.getByText('2,00 zł')).toBeInTheDocument();
  });

  it('counts a wrong or short code as a mistake and keeps the focus in the field', async () => {
    const { user, onMistake, onComplete } = await renderSimulation(phoneTicket);
    await chooseTicket(user, 'Bielsko-Biała', /^Bilet 60-minutowy normalny/);
    const code = await takeCode(user);
    const field = screen.getByRole('textbox', { name: 'Kod BLIK' });
    await user.type(field, '123');
    await user.click(button('Zapłać'));
    expect(screen.getByText(/^Kod BLIK ma dokładnie 6 cyfr\./)).toBeInTheDocument();
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field);
    const wrong = code === '000000' ? '111111' : '000000';
    await user.type(field, wrong);
    await user.click(button('Zapłać'));
    expect(screen.getByText(/^Ten kod nie zgadza się z kodem w aplikacji banku\./)).toBeInTheDocument();
    expect(onMistake).toHaveBeenCalledTimes(2);
    await user.clear(field);
    await user.type(field, code);
    await user.click(button('Zapłać'));
    await user.click(button('Potwierdzam'));
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('lets the learner take a new code when one expires, without counting a mistake', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], shouldAdvanceTime: true });
    const { user, onMistake, onComplete } = await renderSimulation(phoneTicket);
    await chooseTicket(user, 'Bielsko-Biała', /^Bilet 60-minutowy normalny/);
    const old = await takeCode(user);
    act(() => {
      vi.advanceTimersByTime(121_000);
    });
    expect(screen.getByText('Kod z banku wygasł. Weź nowy kod w aplikacji banku.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Kod BLIK' }), old);
    await user.click(button('Zapłać'));
    expect(screen.getByText(/^Ten kod już wygasł\. To nic złego/)).toBeInTheDocument();
    expect(onMistake).not.toHaveBeenCalled();

    await user.click(button('Otwórz aplikację banku'));
    expect(screen.getByRole('status')).toHaveTextContent('Kod wygasł. To nic złego: weź nowy kod.');
    await user.click(button('Weź nowy kod'));
    const fresh = shownCode();
    await user.click(button('Wróć do aplikacji Bilety'));
    await user.type(screen.getByRole('textbox', { name: 'Kod BLIK' }), fresh);
    await user.click(button('Zapłać'));
    await user.click(button('Potwierdzam'));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onMistake).not.toHaveBeenCalled();
  });

  it('goes back to the summary when the payment is rejected in the bank', async () => {
    const { user, onMistake } = await renderSimulation(phoneTicket);
    await chooseTicket(user, 'Bielsko-Biała', /^Bilet 60-minutowy normalny/);
    const code = await takeCode(user);
    await user.type(screen.getByRole('textbox', { name: 'Kod BLIK' }), code);
    await user.click(button('Zapłać'));
    await user.click(button('Odrzuć'));
    expect(screen.getByRole('heading', { name: 'Sprawdź, co kupujesz' })).toHaveFocus();
    expect(screen.getByText(/^Płatność odrzucona\. Nic nie zapłacono\./)).toBeInTheDocument();
    expect(onMistake).not.toHaveBeenCalled();
  });

  it('can be done with the keyboard alone', async () => {
    const { user, onComplete } = await renderSimulation(reduced);
    const press = async (name: string | RegExp) => {
      button(name).focus();
      await user.keyboard('{Enter}');
    };
    await press('Komunikacja miejska');
    await press('Lipowo');
    await press(/^Bilet jednorazowy ulgowy/);
    await press('Zapłać kodem BLIK');
    await press('Otwórz aplikację banku');
    await press('Pokaż kod BLIK');
    const code = shownCode();
    await press('Wróć do aplikacji Bilety');
    // The heading has the focus; the field is reached with Tab.
    await user.tab();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Kod BLIK' })).toHaveFocus();
    await user.keyboard(`${code}{Enter}`);
    await press('Potwierdzam');
    expect(screen.getByText('Miej przy sobie dokument, który potwierdza prawo do ulgi.')).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('shows the ticket bought before and offers to practise again when completed', async () => {
    const { user } = await renderSimulation({ ...phoneTicket, completed: true });
    expect(screen.getByRole('heading', { name: 'Bilet kupiony' })).toBeInTheDocument();
    expect(
      screen.getByText('Twój bilet z ćwiczenia: Bilet 60-minutowy normalny, miasto: Bielsko-Biała.'),
    ).toBeInTheDocument();
    await user.click(button('Ćwicz jeszcze raz'));
    expect(screen.getByRole('heading', { name: 'Co chcesz kupić?' })).toHaveFocus();
  });

  it('speaks English when the lesson is in English', async () => {
    const { user, onComplete } = await renderSimulation({ ...phoneTicket, language: 'en' });
    await user.click(button('Public transport'));
    await user.click(button('Bielsko-Biała'));
    await user.click(button(/^60-minute ticket, normal fare/));
    await user.click(button('Pay with a BLIK code'));
    await user.click(button('Open the bank app'));
    await user.click(button('Show a BLIK code'));
    const code = shownCode();
    await user.click(button('Back to the Tickets app'));
    await user.type(screen.getByRole('textbox', { name: 'BLIK code' }), code);
    await user.click(button('Pay'));
    await user.click(button('I confirm'));
    expect(screen.getByRole('heading', { name: 'Your ticket' })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});
