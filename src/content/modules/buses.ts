// The 'buses' module: its lessons and their steps. Words live in locales/<lng>/buses.json.
// Facts from FACTS.md §0 and §M2 (Buses and tickets); sources B1–B14 and M12. Whether Zduńska Wola's
// MPK sells tickets in a phone app is unconfirmed, so the phone-ticket practice is set in Bielsko-Biała
// (moBILET, B9) and the reduced-fares practice in a made-up town with MPK Zduńska Wola's rules.
import type { ModuleDefinition } from '@/content/schema';

const src = (code: string, address: string) => ({ code, url: `https://${address}` });

const B1 = src('B1', 'mpk.zdunskawola.net/dla-pasazerow/znizki-i-ulgi/przejazdy-ulgowe');
const B2 = src('B2', 'mpk.zdunskawola.net/dla-pasazerow/znizki-i-ulgi/przejazdy-bezplatne');
const B3 = src('B3', 'nasze.fm/news,18689');
const B4 = src('B4', 'mpk.zdunskawola.net/wraca-rozklad-wakacyjno-feryjny');
const B5 = src('B5', 'mpk.lublin.pl/?przy=5102');
const B6 = src('B6', 'pks.gdansk.pl/liniowe-rozklady-jazdy/?przystanek=rozklad-854_20241101-23-1.html');
const B7 = src('B7', 'pks-gorzow.pl/index.php/dla-pasazera/legenda');
const B8 = src('B8', 'komunikacjapabianice.pl/faq');
const B9 = src('B9', 'komunikacja.bielsko-biala.pl/index.php/bilety-mobilne-mobilet');
const B10 = src('B10', 'komunikacjapabianice.pl/bilety/bilet-przez-telefon/mobilet');
const B11 = src('B11', 'mobilet.pl/?page_id=12');
const B12 = src(
  'B12',
  'bankier.pl/amp/wiadomosc/Kupujesz-bilet-w-aplikacji-Uwazaj-przy-wejsciu-do-autobusu-9002964',
);
const B13 = src('B13', 'portel.pl/spoleczenstwo/jak-dojade-w-elblagu/140737');
const B14 = src('B14', 'fenige.com/post/how-to-generate-and-use-a-blik-code');
const B15 = src(
  'B15',
  'fakt.pl/pieniadze/kupujesz-bilet-w-aplikacji-uwazaj-bo-moze-byc-niewazny-i-zaplacisz-kare/5k35ck3',
);
const B16 = src(
  'B16',
  'szczecin.eska.pl/aktywacja-zakupionych-biletow-w-aplikacji-na-nowych-zasadach-aa-S84y-tA8f-1FSC.html',
);
const B17 = src(
  'B17',
  '24kurier.pl/aktualnosci/wiadomosci/przesuneli-obowiazek-aktywacji-cyfrowego-biletu-komunikacji-miejskiej-w-szczecinie',
);
const B19 = src('B19', 'ekspresbus.pl/regulamin');
const B20 = src(
  'B20',
  'rzeszow.eska.pl/od-jutra-ponad-230-rzeszowskich-przystankow-bedzie-na-zadanie-aa-nB9b-UHwP-bmF7.html',
);
const M12 = src('M12', 'sosnowiecki.pl/i,oszustwa-metoda-na-blik--policjanci-ostrzegaja,405147,844784.html');

/** Example tickets of the practice app. FACTS.md gives no prices: the app says they are examples. */
const EXAMPLE_TICKETS = [
  { id: 'singleNormal', fare: 'normal', type: 'single', price: 400 },
  { id: 'singleReduced', fare: 'reduced', type: 'single', price: 200 },
  { id: 'hourNormal', fare: 'normal', type: 'time', minutes: 60, price: 500 },
  { id: 'hourReduced', fare: 'reduced', type: 'time', minutes: 60, price: 250 },
] as const;

export const busesModule: ModuleDefinition = {
  id: 'buses',
  key: 'buses',
  namespace: 'buses',
  lessons: [
    {
      id: 'stop-timetable',
      key: 'stopTimetable',
      digComp: ['1.1', '5.2'],
      sources: [B5, B6, B7, B4],
      checkedOn: '2026-11-29',
      steps: [
        { kind: 'read', id: 'stopAndDirection', picture: 'buses/timetable-board', callouts: ['tip'] },
        { kind: 'read', id: 'hoursMinutes', picture: 'buses/hours-minutes' },
        { kind: 'read', id: 'dayTypes', callouts: ['warning'] },
        { kind: 'read', id: 'letters', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceNextBus',
          simulation: {
            kind: 'bus-timetable',
            line: '4',
            days: [
              {
                type: 'weekdays',
                departures: [
                  '5:20',
                  '6:00',
                  '6:35',
                  '7:15s',
                  '7:40',
                  '8:20',
                  '9:05',
                  '10:05',
                  '11:05',
                  '12:05',
                  '13:05',
                  '13:45s',
                  '14:20',
                  '15:10',
                  '16:00',
                  '17:00',
                  '18:10',
                  '19:20',
                  '21:00',
                ],
              },
              {
                type: 'saturdays',
                departures: [
                  '6:15',
                  '7:15',
                  '8:15',
                  '9:15',
                  '9:55',
                  '10:35',
                  '11:35',
                  '12:35',
                  '13:35',
                  '14:35',
                  '16:35',
                  '18:15',
                  '20:15',
                ],
              },
              {
                type: 'sundays',
                departures: ['7:30b', '9:30', '11:30', '13:30', '15:30', '17:30', '19:30b'],
              },
            ],
            legend: [
              { letter: 's', runs: 'only', when: 'schoolDay' },
              { letter: 'b', runs: 'except', when: 'bigHoliday' },
            ],
            questions: [
              { id: 'saturday', day: 'saturdays', now: '9:40' },
              { id: 'schoolDay', day: 'weekdays', now: '7:10', conditions: ['schoolDay'] },
              { id: 'winterBreak', day: 'weekdays', now: '13:30' },
            ],
          },
        },
        {
          kind: 'quiz',
          id: 'quizLetter',
          multiple: false,
          options: [
            { id: 'legend', correct: true },
            { id: 'ignore', correct: false },
            { id: 'sameEverywhere', correct: false },
          ],
        },
        {
          kind: 'quiz',
          id: 'quizDay',
          multiple: false,
          options: [
            { id: 'weekdays', correct: false },
            { id: 'saturdays', correct: false },
            { id: 'sundays', correct: true },
          ],
        },
        {
          kind: 'checklist',
          id: 'atYourStop',
          items: ['findBoard', 'direction', 'dayType', 'letters', 'notices'],
        },
        { kind: 'recap', id: 'summary', points: ['direction', 'hoursMinutes', 'dayType', 'letters'] },
      ],
    },
    {
      id: 'phone-ticket',
      key: 'phoneTicket',
      digComp: ['1.1', '5.2', '4.2'],
      sources: [B9, B10, B11, B12, B13, B14, B15, B16, B17, M12],
      checkedOn: '2026-12-02',
      steps: [
        { kind: 'read', id: 'whatIs', picture: 'buses/phone-ticket', callouts: ['tip'] },
        { kind: 'read', id: 'howToBuy' },
        { kind: 'read', id: 'blik', picture: 'buses/blik-code', callouts: ['warning'] },
        { kind: 'read', id: 'expired', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceBuy',
          simulation: {
            kind: 'ticket-purchase',
            cities: ['krakow', 'bielskoBiala', 'czestochowa', 'warszawa'],
            city: 'bielskoBiala',
            tickets: [...EXAMPLE_TICKETS],
            expected: 'hourNormal',
            reducedRight: false,
          },
        },
        { kind: 'read', id: 'inspection', callouts: ['warning'] },
        {
          kind: 'quiz',
          id: 'quizBlik',
          multiple: false,
          options: [
            { id: 'give', correct: false },
            { id: 'hangUp', correct: true },
            { id: 'sms', correct: false },
          ],
        },
        {
          kind: 'quiz',
          id: 'quizRules',
          multiple: true,
          options: [
            { id: 'offline', correct: true },
            { id: 'battery', correct: false },
            { id: 'before', correct: true },
            { id: 'sameEverywhere', correct: false },
          ],
        },
        {
          kind: 'checklist',
          id: 'onYourPhone',
          items: ['whichApp', 'install', 'bankApp', 'charge', 'paper'],
        },
        { kind: 'recap', id: 'summary', points: ['app', 'blik', 'never', 'inspection', 'battery'] },
      ],
    },
    {
      id: 'request-stops',
      key: 'requestStops',
      digComp: ['1.1', '5.2'],
      sources: [B8, B4, B6, B7, B19, B20],
      checkedOn: '2026-12-02',
      steps: [
        { kind: 'read', id: 'requestStop', picture: 'buses/stop-button', callouts: ['warning'] },
        { kind: 'read', id: 'holidayTimetables', callouts: ['warning'] },
        { kind: 'read', id: 'allSaints', callouts: ['tip'] },
        { kind: 'read', id: 'lettersYear' },
        {
          kind: 'practice',
          id: 'practiceHoliday',
          simulation: {
            kind: 'bus-timetable',
            line: '9',
            days: [
              {
                type: 'weekdays',
                departures: [
                  '5:45',
                  '6:25',
                  '7:05',
                  '7:45',
                  '8:30',
                  '9:30k',
                  '10:30',
                  '11:30k',
                  '12:30',
                  '13:30',
                  '14:15',
                  '15:00',
                  '16:00',
                  '17:10',
                  '18:30',
                  '20:00',
                ],
              },
              {
                type: 'saturdays',
                departures: [
                  '6:30',
                  '7:30',
                  '8:30',
                  '9:30k',
                  '10:30',
                  '11:30k',
                  '12:30',
                  '13:40',
                  '14:50k',
                  '16:00',
                  '18:00',
                ],
              },
              {
                type: 'sundays',
                departures: [
                  '7:20b',
                  '8:20',
                  '9:20k',
                  '10:00',
                  '10:20k',
                  '11:20',
                  '12:20k',
                  '13:20',
                  '14:20k',
                  '15:20',
                  '17:20b',
                ],
              },
            ],
            legend: [
              { letter: 'k', runs: 'always' },
              { letter: 'b', runs: 'except', when: 'bigHoliday' },
            ],
            questions: [
              { id: 'allSaints', day: 'sundays', now: '9:30', needLetter: 'k' },
              { id: 'christmas', day: 'sundays', now: '7:00', conditions: ['bigHoliday'] },
              { id: 'saturday', day: 'saturdays', now: '13:45' },
            ],
          },
        },
        {
          kind: 'quiz',
          id: 'quizButton',
          multiple: false,
          options: [
            { id: 'press', correct: true },
            { id: 'wait', correct: false },
            { id: 'driverKnows', correct: false },
          ],
        },
        {
          kind: 'quiz',
          id: 'quizLetterB',
          multiple: false,
          options: [
            { id: 'no', correct: true },
            { id: 'yes', correct: false },
            { id: 'later', correct: false },
          ],
        },
        {
          kind: 'checklist',
          id: 'beforeHoliday',
          items: ['notices', 'website', 'table', 'letters'],
        },
        { kind: 'recap', id: 'summary', points: ['button', 'holidayTable', 'schoolBreaks', 'letters'] },
      ],
    },
    {
      id: 'reduced-fares',
      key: 'reducedFares',
      digComp: ['1.1', '5.2'],
      sources: [B1, B2, B3],
      checkedOn: '2026-12-02',
      steps: [
        { kind: 'read', id: 'whatAre', picture: 'buses/documents' },
        { kind: 'read', id: 'reduced', callouts: ['tip'] },
        { kind: 'read', id: 'free' },
        { kind: 'read', id: 'seventy', callouts: ['warning'] },
        {
          kind: 'practice',
          id: 'practiceReduced',
          simulation: {
            kind: 'ticket-purchase',
            cities: ['debowo', 'lipowo', 'klonowo'],
            city: 'lipowo',
            tickets: [...EXAMPLE_TICKETS],
            expected: 'singleReduced',
            reducedRight: true,
          },
        },
        {
          kind: 'quiz',
          id: 'quizSeventy',
          multiple: false,
          options: [
            // The 70+ rule of 2015 is UNCONFIRMED today (CORRECTIONS BU2): what is graded is checking.
            { id: 'check', correct: true },
            { id: 'guess', correct: false },
            { id: 'noId', correct: false },
          ],
        },
        {
          kind: 'quiz',
          id: 'quizDocument',
          multiple: false,
          options: [
            { id: 'nothing', correct: false },
            { id: 'idAndSlip', correct: true },
            { id: 'pesel', correct: false },
          ],
        },
        {
          kind: 'practice',
          id: 'practiceNoRight',
          simulation: {
            kind: 'ticket-purchase',
            cities: ['debowo', 'lipowo', 'klonowo'],
            city: 'debowo',
            tickets: [...EXAMPLE_TICKETS],
            expected: 'singleNormal',
            reducedRight: false,
          },
        },
        { kind: 'checklist', id: 'check', items: ['website', 'document', 'ask', 'otherTown'] },
        { kind: 'recap', id: 'summary', points: ['reduced', 'free', 'seventy', 'document'] },
      ],
    },
  ],
};
