// Safety rules of the lessons (CORRECTIONS.md, checked 2026-12-02): each test fails if a wrong or
// unsafe teaching comes back, in Polish or English, in the words, the quiz grading, the simulation
// configs and logic, or the pictures.
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findLesson, findModule } from '@/content/catalogue';
import type { Step } from '@/content/schema';
import { findPicture } from '@/features/learn/pictures/registry';
import { addressOf, BANKS, gatewayStart } from '@/features/learn/practice/gateway-login/logic';
import {
  LIFT_FOR_HOURS,
  mobywatelStart,
  mobywatelStep,
} from '@/features/learn/practice/mobywatel-setup/logic';
import { BinDrawing, ItemDrawing } from '@/features/learn/practice/waste-sorting/pictures';

type Strings = [key: string, text: string][];

function strings(language: 'pl' | 'en', namespace: string, prefix = ''): Strings {
  const out: Strings = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') out.push([key, value]);
    else if (value && typeof value === 'object')
      for (const [child, inner] of Object.entries(value)) walk(inner, key ? `${key}.${child}` : child);
  };
  walk(JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8')), '');
  return out.filter(([key]) => key.startsWith(prefix));
}

const LANGUAGES = ['pl', 'en'] as const;
const ALL_LESSON_NAMESPACES = ['e-services', 'buses', 'waste', 'messengers', 'drones'];

function step(moduleId: string, lessonId: string, stepId: string): Step {
  const module = findModule(moduleId);
  const lesson = module && findLesson(module, lessonId);
  const found = lesson?.steps.find((candidate) => candidate.id === stepId);
  if (!found) throw new Error(`no step ${moduleId}/${lessonId}/${stepId}`);
  return found;
}

function correctOptions(moduleId: string, lessonId: string, stepId: string): string[] {
  const quiz = step(moduleId, lessonId, stepId);
  if (quiz.kind !== 'quiz') throw new Error(`${stepId} is not a quiz`);
  return quiz.options.filter((option) => option.correct).map((option) => option.id);
}

describe('BLIK codes (ME1)', () => {
  it('never suggests that a BLIK code may be sent once a friend is checked by phone', () => {
    for (const language of LANGUAGES)
      for (const namespace of ALL_LESSON_NAMESPACES)
        for (const [key, text] of strings(language, namespace)) {
          const mentionsCode = language === 'pl' ? /kod\w* BLIK/i : /BLIK code/i;
          const callFirst =
            language === 'pl'
              ? /najpierw zadzwoń|zanim cokolwiek zrobisz, zadzwoń/i
              : /call .* first|before you do anything, call/i;
          if (mentionsCode.test(text)) expect(text, `${language} ${namespace}:${key}`).not.toMatch(callFirst);
        }
  });

  it('says in the scams lesson that a BLIK code is given to nobody, not even a friend', () => {
    const [pl] = strings('pl', 'messengers', 'lessons.scams.steps.blik.body');
    const [en] = strings('en', 'messengers', 'lessons.scams.steps.blik.body');
    expect(pl?.[1]).toMatch(/Kodu BLIK nie dajesz nikomu, nawet prawdziwemu znajomemu/);
    expect(en?.[1]).toMatch(/never give a BLIK code to anyone, not even to a real friend/);
  });
});

describe('"It already happened" (ME2)', () => {
  it('has a step after the scams that sends the learner to the bank, the card and BLIK block, then 112', () => {
    expect(step('messengers', 'scams', 'alreadyHappened').kind).toBe('read');
    for (const language of LANGUAGES) {
      const [[, body] = ['', '']] = strings(
        language,
        'messengers',
        'lessons.scams.steps.alreadyHappened.body',
      );
      expect(body).toMatch(language === 'pl' ? /banku.*karty/s : /bank.*card/s);
      expect(body).toMatch(/BLIK/);
      expect(body).toMatch(/112/);
      expect(body).toMatch(language === 'pl' ? /nie wstyd/ : /no shame/);
    }
  });

  it('no longer tells a victim that the money cannot be recovered', () => {
    for (const [key, text] of strings('pl', 'messengers'))
      expect(text, key).not.toMatch(/nie da się odzyskać/);
    for (const [key, text] of strings('en', 'messengers'))
      expect(text, key).not.toMatch(/cannot be (got back|recovered)/);
  });
});

describe('banks and apps (ES4)', () => {
  it('never says a bank never asks to install an app without saying "by phone"', () => {
    for (const language of LANGUAGES)
      for (const namespace of ALL_LESSON_NAMESPACES)
        for (const [key, text] of strings(language, namespace)) {
          const sentences = text.split(/(?<=[.!?])\s+/);
          for (const sentence of sentences)
            if (
              language === 'pl'
                ? /Bank\w* (nigdy )?nie prosi o (za)?instal/i.test(sentence)
                : /bank (never|does not) asks? you to install/i.test(sentence)
            )
              expect(sentence, `${language} ${namespace}:${key}`).toMatch(
                language === 'pl' ? /przez telefon/ : /by phone|on the phone/,
              );
        }
  });
});

describe('the login rules (ES1, ES10)', () => {
  it("keeps bank passwords on the bank's own address, never on a .gov.pl page", () => {
    const config = { kind: 'gateway-login', route: 'bank', serviceHost: 'mobywatel.gov.pl' } as const;
    for (const bank of BANKS) {
      const address = addressOf(config, { ...gatewayStart(config, '1'), screen: 'bankLogin', bank });
      expect(address).not.toMatch(/\.gov\.pl$/);
    }
    for (const language of LANGUAGES) {
      const [[, warning] = ['', '']] = strings(
        language,
        'e-services',
        'lessons.trustedProfile.steps.loggingIn.warning',
      );
      expect(warning).toMatch(/login\.gov\.pl/);
      expect(warning).toMatch(language === 'pl' ? /Hasło do banku/ : /bank password/);
    }
  });

  it('never teaches "exactly login.gov.pl", which the address bar does not show', () => {
    for (const language of LANGUAGES)
      for (const namespace of ['e-services', 'sim-gateway-login'])
        for (const [key, text] of strings(language, namespace))
          expect(text, `${language} ${namespace}:${key}`).not.toMatch(
            /dokładnie:? login\.gov\.pl|exactly:? login\.gov\.pl/i,
          );
  });
});

describe('the PESEL block (ES5, ES6)', () => {
  it('is lifted for a set time in the practice and comes back by itself', () => {
    expect(LIFT_FOR_HOURS.length).toBeGreaterThan(0);
    let state = mobywatelStart('lift', 0);
    state = { ...state, screen: 'pesel' };
    state = mobywatelStep('lift', state, { type: 'toggle', at: 0 }).state;
    const lifted = mobywatelStep('lift', state, { type: 'confirm', at: 0, hours: LIFT_FOR_HOURS[0] }).state;
    expect(lifted.until).toBeGreaterThan(0);
  });

  it('warns about the 12-hour branch trap and says what "large cash" means', () => {
    const [[, warning] = ['', '']] = strings(
      'pl',
      'e-services',
      'lessons.peselReservation.steps.lift.warning',
    );
    expect(warning).toMatch(/12 godzin/);
    const [[, protects] = ['', '']] = strings(
      'pl',
      'e-services',
      'lessons.peselReservation.steps.protects.body',
    );
    expect(protects).toMatch(/oddziale banku/);
    expect(protects).toMatch(/14 418 zł/);
  });
});

describe('tax (ES2)', () => {
  it('grades checking the prepared PIT-37 as the right answer for a PIT-11A', () => {
    expect(correctOptions('e-services', 'taxes', 'quizPit')).toEqual(['check']);
    const [[, text] = ['', '']] = strings(
      'pl',
      'e-services',
      'lessons.taxes.steps.quizPit.options.check.text',
    );
    expect(text).toMatch(/Sprawdzić PIT-37/);
  });
});

describe('the deposit mark (WA1)', () => {
  it('is drawn as a rectangle with the word KAUCJA, never as a circle of arrows', () => {
    const Picture = findPicture('waste/deposit');
    if (!Picture) throw new Error('no deposit picture');
    for (const drawing of [
      <Picture key="lesson" />,
      <ItemDrawing key="bottle" drawing="depositBottle" />,
      <ItemDrawing key="can" drawing="depositCan" />,
      <BinDrawing key="shop" bin="deposit" />,
    ]) {
      const { container, unmount } = render(<svg aria-hidden="true">{drawing}</svg>);
      const marks = container.querySelectorAll('.deposit-mark');
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) {
        expect(mark.textContent).toContain('KAUCJA');
        expect(mark.querySelector('circle')).toBeNull();
      }
      unmount();
    }
    for (const language of LANGUAGES) {
      const [[, alt] = ['', '']] = strings(
        language,
        'waste',
        'lessons.pszokAndDeposit.steps.deposit.pictureAlt',
      );
      expect(alt).toMatch(/KAUCJA/);
      expect(alt).not.toMatch(/kółko|circle/i);
    }
  });
});

describe('drone subcategories (DR1, DR2) and zones (DR3)', () => {
  it('defines A3 by residential, recreational and other areas, parks and allotments included', () => {
    for (const language of LANGUAGES)
      for (const [key, text] of [
        ...strings(language, 'drones'),
        ...strings(language, 'sim-drone-zone-map'),
        ...strings(language, 'sim-drone-checklist'),
      ])
        for (const sentence of text.split(/\n|(?<=[.!?])\s+/))
          if (/A3/.test(sentence) && /150/.test(sentence))
            expect(sentence, `${language} ${key}`).toMatch(
              language === 'pl' ? /park|działk|odpoczywają/ : /park|allotment|relax/,
            );
  });

  it('says A2 needs a C2 drone', () => {
    for (const language of LANGUAGES) {
      const [[, body] = ['', '']] = strings(
        language,
        'drones',
        'lessons.categories.steps.subcategories.body',
      );
      expect(body).toMatch(/A2:[^\n]*C2/);
    }
  });

  it('grades the airport zone as "only with consent", not as a plain ban', () => {
    const practice = step('drones', 'zones-check-in', 'practiceMap');
    if (practice.kind !== 'practice' || practice.simulation.kind !== 'drone-zone-map')
      throw new Error('no map');
    const airport = practice.simulation.places.find((place) => place.zone === 'airport');
    expect(airport && 'answer' in airport ? airport.answer : undefined).toBe('consent');
  });
});

describe('the 70+ free ride (BU2)', () => {
  it('is not graded: the right answer is to check with MPK and carry an ID card', () => {
    expect(correctOptions('buses', 'reduced-fares', 'quizSeventy')).toEqual(['check']);
    const [[, text] = ['', '']] = strings(
      'pl',
      'buses',
      'lessons.reducedFares.steps.quizSeventy.options.check.text',
    );
    expect(text).toMatch(/MPK/);
    expect(text).toMatch(/dowód/);
  });
});
