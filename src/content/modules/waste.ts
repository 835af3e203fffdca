// The 'waste' module: its lessons and their steps. Words live in locales/<lng>/waste.json.
// Facts from FACTS.md §M3 (Waste sorting); sources W1–W19 (W13 no longer used: the Bielsko-Biała date was dropped, CORRECTIONS WA8). Zduńska Wola details (bins out before
// 6:00, the MPGK schedule, the PSZOK at ul. Sieradzka) are marked with the date they were checked.
import type { ModuleDefinition } from '@/content/schema';

const src = (code: string, address: string) => ({ code, url: `https://${address}` });

const W1 = src('W1', 'prawo.pl/akty/dz-u-2019-2028-t-j,18555891.html');
const W2 = src('W2', 'naszesmieci.mos.gov.pl/jednolity-system-segregacji-odpadow');
const W3 = src('W3', 'rp.pl/samorzad/art10730161-smieci-bedziemy-segregowac-kolorami');
const W4 = src('W4', 'nowogrod.com/index.php/dla-mieszkancow/zycie-codzienne/841-segregacja-odpadow');
const W5 = src('W5', 'rossosz.pl/wcag/index.php/dla-mieszkancow/gospodarka-odpadami?id=366');
const W6 = src('W6', 'wiadomosci.dziennik.pl/wydarzenia/artykuly/10617716');
const W7 = src('W7', 'segregujna5.um.warszawa.pl/jak-segregowac');
const W8 = src('W8', 'mpgkzdw.pl/segregacja/kiedy');
const W9 = src('W9', 'odpady.zdunskawola.pl/pszok-przy-sieradzkiej');
const W10 = src('W10', 'ecoharmonogram.pl');
const W11 = src(
  'W11',
  'polsatnews.pl/wiadomosc/2025-10-01/system-kaucyjny-w-polsce-rozpoczal-sie-okres-przejsciowy',
);
const W12 = src('W12', 'dorzeczy.pl/kraj/788802');
const W14 = src(
  'W14',
  'biznes.wprost.pl/twoj-portfel/12147400/kaucja-na-butelki-i-puszki-ile-wynosi-i-jak-oddac-opakowania-bez-paragonu.html',
);
const W15 = src('W15', 'spidersweb.pl/2025/08/system-kaucyjny-symbol-opakowania.html');
const W16 = src('W16', 'telepolis.pl/tech/biedronka-lidl-system-kaucyjny-zwrot-gotowki');
const W17 = src('W17', 'bezprawnik.pl/masz-zuzyte-baterie-zanies-je-do-zabki');
const W18 = src('W18', 'erp-recycling.org/pl-pl/gdzie-oddac-odpady');
const W19 = src(
  'W19',
  'komputerswiat.pl/artykuly/redakcyjne/wiesz-gdzie-wyrzucic-karton-po-pizzy-oto-prawda-o-segregacji-odpadow/y78cmth',
);

export const wasteModule: ModuleDefinition = {
  id: 'waste',
  key: 'waste',
  namespace: 'waste',
  lessons: [
    {
      id: 'five-colours',
      key: 'fiveColours',
      digComp: ['4.4', '1.1'],
      sources: [W1, W2, W3, W4, W5, W6, W7, W19],
      checkedOn: '2026-12-02',
      steps: [
        { kind: 'read', id: 'oneSystem', picture: 'waste/five-bins', callouts: ['tip'] },
        { kind: 'read', id: 'yellowBrown', callouts: ['tip'] },
        { kind: 'read', id: 'mixed', picture: 'waste/mixed-bin' },
        { kind: 'read', id: 'prepare', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceBasics',
          simulation: {
            kind: 'waste-sorting',
            items: [
              { id: 'newspaper', drawing: 'newspaper', bin: 'paper' },
              { id: 'jar', drawing: 'jar', bin: 'glass' },
              { id: 'plasticBottle', drawing: 'plasticBottle', bin: 'plastics' },
              { id: 'drinkCarton', drawing: 'drinkCarton', bin: 'plastics' },
              { id: 'peel', drawing: 'peel', bin: 'bio' },
              { id: 'can', drawing: 'can', bin: 'plastics' },
            ],
          },
        },
        { kind: 'read', id: 'mistakes', picture: 'waste/not-glass', callouts: ['warning'] },
        {
          kind: 'practice',
          id: 'practiceMistakes',
          simulation: {
            kind: 'waste-sorting',
            items: [
              { id: 'pizzaBox', drawing: 'pizzaBox', bin: 'mixed' },
              { id: 'mug', drawing: 'mug', bin: 'mixed' },
              { id: 'wineBottle', drawing: 'wineBottle', bin: 'glass' },
              { id: 'mirror', drawing: 'mirror', bin: 'mixed' },
              { id: 'cardboard', drawing: 'cardboard', bin: 'paper' },
              { id: 'tissues', drawing: 'tissues', bin: 'mixed' },
            ],
          },
        },
        {
          kind: 'quiz',
          id: 'quizGlass',
          multiple: true,
          options: [
            { id: 'jar', correct: true },
            { id: 'mug', correct: false },
            { id: 'bottle', correct: true },
            { id: 'mirror', correct: false },
            { id: 'window', correct: false },
          ],
        },
        { kind: 'checklist', id: 'atHome', items: ['look', 'empty', 'crush', 'doubt'] },
        { kind: 'recap', id: 'summary', points: ['colours', 'mixed', 'cartons', 'glass', 'greasy'] },
      ],
    },
    {
      id: 'collection-schedule',
      key: 'collectionSchedule',
      digComp: ['1.1', '5.2'],
      sources: [W8, W10],
      checkedOn: '2026-12-02',
      steps: [
        { kind: 'read', id: 'howOften', picture: 'waste/schedule' },
        { kind: 'read', id: 'findSchedule', callouts: ['tip'] },
        { kind: 'read', id: 'binOut', picture: 'waste/bin-out', callouts: ['warning'] },
        { kind: 'read', id: 'reminders', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceCalendar',
          simulation: {
            kind: 'waste-calendar',
            month: '2027-03',
            today: '2027-03-08',
            schedule: {
              paper: ['2027-03-19'],
              glass: ['2027-03-11'],
              plastics: ['2027-03-25'],
              bio: ['2027-03-09', '2027-03-23'],
              mixed: ['2027-03-02', '2027-03-16', '2027-03-30'],
            },
            questions: [
              { id: 'nextGlass', ask: 'next', fraction: 'glass' },
              { id: 'nextMixed', ask: 'next', fraction: 'mixed' },
              {
                id: 'binOut',
                ask: 'choice',
                options: [
                  { id: 'before6', correct: true },
                  { id: 'at10', correct: false },
                  { id: 'evening', correct: false },
                ],
              },
              { id: 'save', ask: 'export' },
            ],
          },
        },
        {
          kind: 'quiz',
          id: 'quizHowOften',
          multiple: true,
          options: [
            { id: 'glassMonthly', correct: true },
            { id: 'paperWeekly', correct: false },
            { id: 'bioSeason', correct: true },
            { id: 'mixedMonthly', correct: false },
          ],
        },
        { kind: 'checklist', id: 'onYourPhone', items: ['open', 'street', 'dates', 'reminder'] },
        { kind: 'recap', id: 'summary', points: ['often', 'where', 'before6', 'remind'] },
      ],
    },
    {
      id: 'pszok-and-deposit',
      key: 'pszokAndDeposit',
      digComp: ['4.4', '1.1'],
      sources: [W7, W9, W11, W12, W14, W15, W16, W17, W18],
      checkedOn: '2026-12-02',
      steps: [
        { kind: 'read', id: 'whatPszok', picture: 'waste/pszok', callouts: ['warning'] },
        { kind: 'read', id: 'pszokVisit', callouts: ['tip'] },
        { kind: 'read', id: 'deposit', picture: 'waste/deposit' },
        { kind: 'read', id: 'returning', callouts: ['warning'] },
        {
          kind: 'practice',
          id: 'practiceWhere',
          simulation: {
            kind: 'waste-sorting',
            extras: ['pszok', 'deposit'],
            items: [
              { id: 'battery', drawing: 'battery', bin: 'pszok' },
              { id: 'depositBottle', drawing: 'depositBottle', bin: 'deposit' },
              { id: 'medicines', drawing: 'medicines', bin: 'pszok' },
              { id: 'depositCan', drawing: 'depositCan', bin: 'deposit' },
              { id: 'phone', drawing: 'phone', bin: 'pszok' },
              { id: 'clothes', drawing: 'clothes', bin: 'pszok' },
              { id: 'jar', drawing: 'jar', bin: 'glass' },
            ],
          },
        },
        {
          kind: 'quiz',
          id: 'quizDeposit',
          multiple: false,
          options: [
            { id: 'crush', correct: false },
            { id: 'shop', correct: true },
            { id: 'receipt', correct: false },
            { id: 'label', correct: false },
          ],
        },
        {
          kind: 'quiz',
          id: 'quizPszok',
          multiple: true,
          options: [
            { id: 'batteries', correct: true },
            { id: 'medicines', correct: true },
            { id: 'newspaper', correct: false },
            { id: 'tyres', correct: true },
            { id: 'peel', correct: false },
          ],
        },
        { kind: 'checklist', id: 'beforeTrip', items: ['hours', 'proof', 'pack', 'bottles'] },
        { kind: 'recap', id: 'summary', points: ['pszok', 'never', 'deposit', 'noCrush', 'shops'] },
      ],
    },
  ],
};
