// The 'e-services' module: its lessons and their steps. Words live in locales/<lng>/e-services.json.
// Facts from FACTS.md §0 and §M1 (Public e-services); sources E1–E20 and, for codes and fake pages,
// M3, M7, M12, M14–M17. Activating mObywatel directly through a bank is UNCONFIRMED, so the
// simulation confirms the identity with the trusted profile only.
import type { ModuleDefinition } from '@/content/schema';

const src = (code: string, address: string) => ({ code, url: `https://${address}` });

const E1 = src('E1', 'iszd.pl/aplikacja-mobywatel-jako-dokument-potwierdzajacy-tozsamosc');
const E2 = src('E2', 'prawo.pl/samorzad/mobywatel-zmiany-w-aplikacji-z-podpisem-prezydenta,521807.html');
const E3 = src('E3', 'rp.pl/w-sadzie-i-w-urzedzie/art40779711');
const E4 = src('E4', 'bcg.com.pl/jak-zalozyc-profil-zaufany-prosta-instrukcja-krok-po-kroku');
const E5 = src('E5', 'pomoc.home.pl/?p=83009');
const E6 = src('E6', 'tojasenior.pl/2025/01/31/czym-jest-profil-zaufany-i-jak-go-utworzyc');
const E7 = src(
  'E7',
  'tvn24.pl/biznes/z-kraju/profil-zaufany-przedluzenie-waznosci-komunikat-ministerstwa-cyfryzacji-st7815845',
);
const E8 = src('E8', 'chip.pl/2026/01/mobywatel-zarzadzanie-e-dowodem');
const E9 = src('E9', 'forsal.pl/kraj/aktualnosci/artykuly/10609192');
const E10 = src('E10', 'dorzeczy.pl/ekonomia/824408');
const E11 = src('E11', 'gov.pl/web/e-doreczenia/dla-obywatela');
const E12 = src(
  'E12',
  'samorzad.pap.pl/kategoria/aktualnosci/mc-list-polecony-dla-osob-ktore-nie-aktywowaly-skrzynki-do-e-doreczen',
);
const E14 = src('E14', 'biznes.wprost.pl/poradnik/12245139');
const E15 = src('E15', 'wiadomosci.dziennik.pl/wydarzenia/artykuly/9787578');
const E16 = src(
  'E16',
  'polsatnews.pl/wiadomosc/2026-02-10/emerycie-czy-musisz-skladac-pit-odpowiedz-moze-zaskoczyc-1',
);
const E17 = src(
  'E17',
  'bip.zdunskawola.pl/sprawa-do-zalatwienia/9142/wydanie-oraz-wymiana-dowodu-osobistego',
);
const E20 = src('E20', 'prawo.gazetaprawna.pl/artykuly/9542824');
const M3 = src(
  'M3',
  'thehansindia.com/technology/tech-news/beware-of-this-whatsapp-verification-code-scam-703735',
);
const M7 = src('M7', 'support.signal.org/hc/en-us/articles/9932632052378');
const M14 = src(
  'M14',
  'radiokolor.pl/po-tym-telefonie-kobieta-stracila-80-tys-zlotych-policja-ostrzega-przed-oszustami',
);
const M15 = src('M15', 'wiadomosci.dziennik.pl/wydarzenia/artykuly/9361248');
const M16 = src(
  'M16',
  'dobreprogramy.pl/zapamietaj-numer-8080-apel-ministerstwa-cyfryzacji,6968360523484032a',
);
const M17 = src('M17', 'cert.pl/lista-ostrzezen');

/** The service most lessons log into: mObywatel.gov.pl, where e-Doręczenia is set up too (E11). */
const MOBYWATEL_SITE = 'mobywatel.gov.pl';

export const eServicesModule: ModuleDefinition = {
  id: 'e-services',
  key: 'eServices',
  namespace: 'e-services',
  lessons: [
    {
      id: 'trusted-profile',
      key: 'trustedProfile',
      digComp: ['2.3', '2.6'],
      sources: [E4, E5, E6, E7, E15],
      checkedOn: '2026-11-29',
      steps: [
        { kind: 'read', id: 'whatIs', picture: 'e-services/trusted-profile' },
        { kind: 'read', id: 'facts', callouts: ['tip'] },
        { kind: 'read', id: 'howToGet', callouts: ['tip'] },
        { kind: 'read', id: 'renewal', callouts: ['warning'] },
        { kind: 'read', id: 'loggingIn', callouts: ['warning'] },
        {
          kind: 'practice',
          id: 'practiceBank',
          simulation: { kind: 'gateway-login', route: 'bank', serviceHost: MOBYWATEL_SITE },
        },
        {
          kind: 'practice',
          id: 'practicePassword',
          simulation: { kind: 'gateway-login', route: 'trustedProfile', serviceHost: MOBYWATEL_SITE },
        },
        {
          kind: 'quiz',
          id: 'quizFacts',
          multiple: true,
          options: [
            { id: 'free', correct: true },
            { id: 'years', correct: true },
            { id: 'family', correct: false },
            { id: 'adultsOnly', correct: false },
          ],
        },
        {
          kind: 'quiz',
          id: 'quizRenewal',
          multiple: false,
          options: [
            { id: 'smsOrApp', correct: true },
            { id: 'bankStill', correct: false },
            { id: 'office', correct: false },
          ],
        },
        { kind: 'recap', id: 'summary', points: ['what', 'free', 'get', 'renewal', 'gateway'] },
      ],
    },
    {
      id: 'mobywatel',
      key: 'mObywatel',
      digComp: ['2.3', '2.6', '4.2'],
      sources: [E1, E2, E3, E8, E20],
      checkedOn: '2026-11-29',
      steps: [
        { kind: 'read', id: 'whatIs', picture: 'e-services/phone-id' },
        { kind: 'read', id: 'plastic', callouts: ['warning'] },
        { kind: 'read', id: 'firstStart', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceSetup',
          simulation: { kind: 'mobywatel-setup', task: 'setup' },
        },
        { kind: 'read', id: 'certificate', callouts: ['warning'] },
        { kind: 'read', id: 'pins', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceCard',
          simulation: { kind: 'gateway-login', route: 'eDowod', serviceHost: MOBYWATEL_SITE },
        },
        {
          kind: 'quiz',
          id: 'quizAbroad',
          multiple: false,
          options: [
            { id: 'plastic', correct: true },
            { id: 'app', correct: false },
            { id: 'either', correct: false },
          ],
        },
        {
          kind: 'checklist',
          id: 'onYourPhone',
          items: ['profile', 'install', 'password', 'expiry'],
        },
        { kind: 'recap', id: 'summary', points: ['valid', 'abroad', 'steps', 'certificate', 'pins'] },
      ],
    },
    {
      id: 'pesel-reservation',
      key: 'peselReservation',
      digComp: ['4.2', '2.3'],
      sources: [E9, E10],
      checkedOn: '2026-11-29',
      steps: [
        { kind: 'read', id: 'whatIs', picture: 'e-services/pesel-switch' },
        { kind: 'read', id: 'protects', callouts: ['warning'] },
        { kind: 'read', id: 'howTo', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceBlock',
          simulation: { kind: 'mobywatel-setup', task: 'block' },
        },
        { kind: 'read', id: 'lift', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceLift',
          simulation: { kind: 'mobywatel-setup', task: 'lift' },
        },
        {
          kind: 'quiz',
          id: 'quizProtects',
          multiple: true,
          options: [
            { id: 'loan', correct: true },
            { id: 'sim', correct: true },
            { id: 'fee', correct: false },
            { id: 'officeOnly', correct: false },
          ],
        },
        {
          kind: 'quiz',
          id: 'quizLoan',
          multiple: false,
          options: [
            { id: 'liftRestore', correct: true },
            { id: 'deleteApp', correct: false },
            { id: 'never', correct: false },
          ],
        },
        { kind: 'checklist', id: 'onYourOwn', items: ['check', 'office', 'remember'] },
        { kind: 'recap', id: 'summary', points: ['free', 'blocks', 'where', 'lift'] },
      ],
    },
    {
      id: 'e-delivery',
      key: 'eDelivery',
      digComp: ['2.3', '2.1'],
      sources: [E11, E12, E14, E15, E16, E17],
      checkedOn: '2026-11-29',
      steps: [
        { kind: 'read', id: 'whatIs', picture: 'e-services/letter' },
        { kind: 'read', id: 'setUp', callouts: ['tip'] },
        { kind: 'read', id: 'offices', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceLogin',
          simulation: { kind: 'gateway-login', route: 'mObywatel', serviceHost: MOBYWATEL_SITE },
        },
        { kind: 'read', id: 'ePit', callouts: ['tip'] },
        { kind: 'read', id: 'pensioners', callouts: ['warning'] },
        { kind: 'read', id: 'idCard', callouts: ['tip'] },
        {
          kind: 'quiz',
          id: 'quizPaper',
          multiple: false,
          options: [
            { id: 'paper', correct: true },
            { id: 'fine', correct: false },
            { id: 'lost', correct: false },
          ],
        },
        {
          kind: 'quiz',
          id: 'quizPit',
          multiple: false,
          options: [
            { id: 'settle', correct: true },
            { id: 'nothing', correct: false },
            { id: 'zus', correct: false },
          ],
        },
        { kind: 'recap', id: 'summary', points: ['letter', 'optional', 'offices', 'pit', 'idCard'] },
      ],
    },
    {
      id: 'safe-login',
      key: 'safeLogin',
      digComp: ['4.2', '2.6'],
      sources: [E9, E15, M3, M7, M14, M15, M16, M17],
      checkedOn: '2026-11-29',
      steps: [
        { kind: 'read', id: 'onlyGateway', picture: 'e-services/address-bar' },
        { kind: 'read', id: 'readAddress', callouts: ['tip'] },
        { kind: 'read', id: 'fakePages', callouts: ['warning'] },
        {
          kind: 'practice',
          id: 'practiceFake',
          simulation: {
            kind: 'gateway-login',
            route: 'bank',
            serviceHost: MOBYWATEL_SITE,
            // Real fakes add to the real address: before the first slash it must end in .gov.pl.
            fake: {
              host: 'login.gov.pl-weryfikacja.com',
              choices: ['mobywatel.gov.pl-logowanie.com', MOBYWATEL_SITE, 'mobywatel-gov.pl.info'],
            },
          },
        },
        { kind: 'read', id: 'codes', callouts: ['warning'] },
        {
          kind: 'practice',
          id: 'practiceCode',
          simulation: {
            kind: 'gateway-login',
            route: 'trustedProfile',
            serviceHost: MOBYWATEL_SITE,
            askForCode: true,
          },
        },
        { kind: 'read', id: 'pesel', callouts: ['tip'] },
        {
          kind: 'quiz',
          id: 'quizAddress',
          multiple: false,
          options: [
            { id: 'real', correct: true },
            { id: 'dash', correct: false },
            { id: 'longer', correct: false },
          ],
        },
        {
          kind: 'quiz',
          id: 'quizCaller',
          multiple: false,
          options: [
            { id: 'hangUp', correct: true },
            { id: 'give', correct: false },
            { id: 'half', correct: false },
          ],
        },
        { kind: 'recap', id: 'summary', points: ['gateway', 'address', 'fake', 'codes', 'report'] },
      ],
    },
  ],
};
