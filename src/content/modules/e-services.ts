// The 'e-services' module: its lessons and their steps. Words live in locales/<lng>/e-services.json.
// Facts from FACTS.md §0 and §M1 (Public e-services); sources E1–E33 and, for codes and fake pages,
// M3, M7, M12, M14–M17. Activating mObywatel through a bank or the e-dowód is UNCONFIRMED, so the
// simulation confirms the identity with the trusted profile and the lesson says "check on screen".
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
const E21 = src(
  'E21',
  'wydarzenia.interia.pl/kraj/news-zus-nie-zawsze-rozliczy-emeryta-i-renciste-kiedy-trzeba-to-z,nId,7922165',
);
const E22 = src(
  'E22',
  'infor.pl/twoje-pieniadze/7530633,emeryci-i-rencisci-a-roczny-pit-kas-przypomina-kiedy-nie-skladac-zeznania.html',
);
const E23 = src(
  'E23',
  'podatki.gazetaprawna.pl/artykuly/9787560,ostatni-moment-na-zlozenie-rocznego-pit.html',
);
const E24 = src('E24', 'sip.lex.pl/akty-prawne/dzu-dziennik-ustaw/ewidencja-ludnosci-17659012/art-23-d');
const E25 = src(
  'E25',
  'tvn24.pl/biznes/z-kraju/na-zmiane-statusu-zastrzezenia-pesel-trzeba-poczekac-od-30-minut-do-12-godzin-st8024969',
);
const E26 = src('E26', 'bsglogowmlp.pl/informacja-o-zastrzezeniu-numeru-pesel.html');
const E27 = src('E27', 'pkobp.pl/aktualnosci/bezpieczenstwo/zastrzezenie-pesel-1-czerwca-2024');
const E28 = src(
  'E28',
  'natemat.pl/587858,malo-osob-wie-o-tym-limicie-przy-zastrzezeniu-pesel-nie-wyplacimy-pieniedzy',
);
const E29 = src(
  'E29',
  'gazetaprawna.pl/praca/artykuly/10589087,placa-minimalna-2026-znow-w-gore-wiemy-ile-wyniesie.html',
);
const E30 = src('E30', 'porady.pl/dowody-doreczenia-elektronicznego-co-musisz-wiedziec-jako-przedsiebiorca');
const E31 = src('E31', 'lexai.pl/post/e-doreczenia-cyfrowy-sposob-doreczania-pism---co-warto-wiedziec');
const E32 = src('E32', 'warszawa19115.pl/web/guest/-/e-dowod');
const E33 = src('E33', 'tabletowo.pl/nowa-funkcja-w-aplikacji-mobywatel-moze-ci-sie-przydac');
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
      checkedOn: '2026-12-02',
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
      // E20 is no longer cited: it gives the mDowód a 12-month validity; the lesson's 5 years is E1/E2.
      sources: [E1, E2, E3, E7, E8, E32, E33],
      checkedOn: '2026-12-02',
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
      sources: [E9, E10, E24, E25, E26, E27, E28, E29],
      checkedOn: '2026-12-02',
      steps: [
        { kind: 'read', id: 'whatIs', picture: 'e-services/pesel-switch' },
        { kind: 'read', id: 'protects', callouts: ['tip'] },
        { kind: 'read', id: 'howTo', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceBlock',
          simulation: { kind: 'mobywatel-setup', task: 'block' },
        },
        { kind: 'read', id: 'lift', callouts: ['warning'] },
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
      sources: [E11, E12, E15, E17, E30, E31],
      checkedOn: '2026-12-02',
      steps: [
        { kind: 'read', id: 'whatIs', picture: 'e-services/letter' },
        { kind: 'read', id: 'setUp', callouts: ['tip'] },
        { kind: 'read', id: 'offices', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceLogin',
          simulation: { kind: 'gateway-login', route: 'mObywatel', serviceHost: MOBYWATEL_SITE },
        },
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
        { kind: 'checklist', id: 'onYourOwn', items: ['notify', 'look', 'renew'] },
        {
          kind: 'recap',
          id: 'summary',
          points: ['letter', 'renew', 'optional', 'offices', 'fourteen', 'idCard'],
        },
      ],
    },
    {
      // Tax matters, split out of e-Doręczenia (CORRECTIONS ES2): the most time-bound content.
      id: 'taxes',
      key: 'taxes',
      digComp: ['2.3', '2.1'],
      sources: [E14, E16, E21, E22, E23],
      checkedOn: '2026-12-02',
      steps: [
        { kind: 'read', id: 'ePit', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceLogin',
          simulation: { kind: 'gateway-login', route: 'trustedProfile', serviceHost: 'podatki.gov.pl' },
        },
        { kind: 'read', id: 'pensioners', callouts: ['warning'] },
        { kind: 'read', id: 'reliefs', callouts: ['tip'] },
        {
          kind: 'quiz',
          id: 'quizPit',
          multiple: false,
          options: [
            { id: 'check', correct: true },
            { id: 'zus', correct: false },
            { id: 'paper', correct: false },
          ],
        },
        { kind: 'recap', id: 'summary', points: ['ePit', 'forty', 'eleven', 'relief'] },
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
