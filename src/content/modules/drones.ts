// The 'drones' module: its lessons and their steps. Words live in locales/<lng>/drones.json.
// Facts from FACTS.md §0 and §M5 (Drone basics); sources D1–D16. DroneRadar is obsolete: flights are
// checked in with DroneTower, operators register at drony.gov.pl.
import type { ModuleDefinition } from '@/content/schema';

const src = (code: string, address: string) => ({ code, url: `https://${address}` });

const D1 = src('D1', 'upday.com/pl/news/dron-nad-budynkami-rzadowymi-zatrzymany-ulc-o-zasadach/h0lp3ze');
const D3 = src('D3', 'certrust.eu/en/drone-class-categories-c0-c6');
const D4 = src('D4', 'noflydrones.co.uk/eu-drone-regulations-blog/tag/C1');
const D5 = src('D5', 'dipul.de/homepage/en/information/categorizing-drone-operations/c-classified-drones');
const D6 = src(
  'D6',
  'businessinsider.com.pl/prawo/wazny-komunikat-dla-posiadaczy-dronow-kary-nawet-10-tys-zl/61qsf4q',
);
const D7 = src('D7', 'bzbuas.com/faq');
const D8 = src('D8', 'antyweb.pl/rejestracja-drona-jak-i-gdzie-co-trzeba-zglaszac');
const D9 = src('D9', 'swiatdronow.pl/oficjalne-systemy-pazp-i-ulc-dla-dronow-jak-sie-w-nich-polapac');
const D10 = src('D10', 'benchmark.pl/aktualnosci/dronetower-nowa-aplikacja-dla-dronow-ma-klopoty.html');
const D11 = src('D11', 'pansa.pl/checkin');
const D13 = src('D13', 'gesetze.legal/eu/vo_eu_2019_947/9');
const D14 = src('D14', 'air-drone.pl/filmowanie-dronem-ochrona-wizerunki-prywatnosci');
const D15 = src('D15', 'mamstartup.pl/rodo-i-drony');
const D16 = src('D16', 'infor.pl/prawo/nowosci-prawne/2720073');
const D18 = src('D18', 'eur-lex.europa.eu/eli/reg_impl/2019/947/oj');
const D19 = src('D19', 'pansa.pl/uas_open');
const D20 = src(
  'D20',
  'komputerswiat.pl/artykuly/redakcyjne/rejestrowanie-drona-jak-wyglada-oraz-co-trzeba-zrobic/14b0www',
);

export const dronesModule: ModuleDefinition = {
  id: 'drones',
  key: 'drones',
  namespace: 'drones',
  lessons: [
    {
      id: 'categories',
      key: 'categories',
      digComp: ['1.2', '5.2'],
      sources: [D1, D3, D4, D5, D18, D19],
      checkedOn: '2026-12-02',
      steps: [
        { kind: 'read', id: 'openCategory', picture: 'drones/open-category' },
        {
          kind: 'read',
          id: 'subcategories',
          picture: 'drones/subcategories',
          callouts: ['warning'],
        },
        { kind: 'read', id: 'classMarks', picture: 'drones/class-marks' },
        { kind: 'read', id: 'unmarked', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceWhere',
          simulation: {
            kind: 'drone-zone-map',
            answers: ['checkIn', 'no'],
            places: [
              { id: 'heavyField', ask: 'find', zone: 'field' },
              { id: 'smallPark', ask: 'judge', zone: 'park', answer: 'checkIn' },
              { id: 'smallFestival', ask: 'judge', zone: 'festival', answer: 'no' },
              { id: 'heavyEstate', ask: 'judge', zone: 'estate', answer: 'no' },
            ],
          },
        },
        {
          kind: 'quiz',
          id: 'quizClass',
          multiple: false,
          options: [
            { id: 'c0', correct: true },
            { id: 'c2', correct: false },
            { id: 'c4', correct: false },
            { id: 'none', correct: false },
          ],
        },
        {
          kind: 'quiz',
          id: 'quizRules',
          multiple: true,
          options: [
            { id: 'sight', correct: true },
            { id: 'crowd', correct: false },
            { id: 'height', correct: true },
            { id: 'weight', correct: false },
          ],
        },
        { kind: 'checklist', id: 'onYourDrone', items: ['findMark', 'weight', 'openPlace'] },
        { kind: 'recap', id: 'summary', points: ['open', 'subcategories', 'classes', 'unmarked'] },
      ],
    },
    {
      id: 'operator-registration',
      key: 'operatorRegistration',
      digComp: ['1.2', '2.3'],
      sources: [D6, D7, D8, D9, D13, D20],
      checkedOn: '2026-12-02',
      steps: [
        { kind: 'read', id: 'whoRegisters', picture: 'drones/register', callouts: ['warning'] },
        { kind: 'read', id: 'howTo', callouts: ['tip'] },
        { kind: 'read', id: 'courseTest', callouts: ['warning'] },
        { kind: 'read', id: 'label', picture: 'drones/operator-number' },
        { kind: 'read', id: 'age' },
        {
          kind: 'practice',
          id: 'practiceSteps',
          simulation: {
            kind: 'drone-checklist',
            list: 'registration',
            ordered: true,
            items: [
              { id: 'account', required: true },
              { id: 'droneRadar', required: false },
              { id: 'operator', required: true },
              { id: 'payTest', required: false },
              { id: 'course', required: true },
              { id: 'pilotNumber', required: false },
              { id: 'label', required: true },
              { id: 'checkIn', required: true },
            ],
          },
        },
        {
          kind: 'quiz',
          id: 'quizCamera',
          multiple: false,
          options: [
            { id: 'light', correct: false },
            { id: 'camera', correct: true },
            { id: 'abroad', correct: false },
          ],
        },
        {
          kind: 'quiz',
          id: 'quizNumber',
          multiple: false,
          options: [
            { id: 'pilot', correct: false },
            { id: 'operator', correct: true },
            { id: 'pesel', correct: false },
            { id: 'phone', correct: false },
          ],
        },
        {
          kind: 'checklist',
          id: 'onYourOwn',
          items: ['address', 'account', 'course', 'label', 'date'],
        },
        { kind: 'recap', id: 'summary', points: ['free', 'who', 'course', 'numbers', 'age'] },
      ],
    },
    {
      id: 'zones-check-in',
      key: 'zonesCheckIn',
      digComp: ['1.2', '2.3'],
      sources: [D1, D9, D10, D11, D18],
      checkedOn: '2026-12-02',
      steps: [
        { kind: 'read', id: 'droneTower', picture: 'drones/check-in', callouts: ['warning'] },
        { kind: 'read', id: 'zones', picture: 'drones/no-fly', callouts: ['warning'] },
        { kind: 'read', id: 'howCheckIn', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceMap',
          simulation: {
            kind: 'drone-zone-map',
            answers: ['checkIn', 'no', 'consent', 'free'],
            places: [
              { id: 'smallField', ask: 'judge', zone: 'field', answer: 'checkIn' },
              { id: 'office', ask: 'judge', zone: 'government', answer: 'no' },
              { id: 'airport', ask: 'judge', zone: 'airport', answer: 'consent' },
              { id: 'smallPark', ask: 'judge', zone: 'park', answer: 'checkIn' },
            ],
          },
        },
        {
          kind: 'quiz',
          id: 'quizEveryFlight',
          multiple: false,
          options: [
            { id: 'first', correct: false },
            { id: 'every', correct: true },
            { id: 'never', correct: false },
            { id: 'radar', correct: false },
          ],
        },
        {
          kind: 'practice',
          id: 'practicePreflight',
          simulation: {
            kind: 'drone-checklist',
            list: 'preflight',
            items: [
              { id: 'battery', required: true },
              { id: 'crowd', required: false },
              { id: 'operatorNumber', required: true },
              { id: 'weather', required: true },
              { id: 'signalOff', required: false },
              { id: 'zoneMap', required: true },
              { id: 'checkIn', required: true },
              { id: 'droneRadar', required: false },
              { id: 'distance', required: true },
              { id: 'height', required: true },
            ],
          },
        },
        {
          kind: 'checklist',
          id: 'onYourPhone',
          items: ['install', 'removeOld', 'map', 'habit'],
        },
        { kind: 'recap', id: 'summary', points: ['everyFlight', 'oldApps', 'map', 'fine', 'government'] },
      ],
    },
    {
      id: 'privacy',
      key: 'privacy',
      digComp: ['2.2', '4.2'],
      sources: [D14, D15, D16],
      checkedOn: '2026-11-22',
      steps: [
        { kind: 'read', id: 'camera', picture: 'drones/privacy' },
        { kind: 'read', id: 'objects', callouts: ['tip'] },
        { kind: 'read', id: 'publish', callouts: ['warning'] },
        {
          kind: 'practice',
          id: 'practiceSituations',
          simulation: {
            kind: 'drone-checklist',
            list: 'privacy',
            items: [
              { id: 'stopWhenAsked', required: true },
              { id: 'postNeighbour', required: false },
              { id: 'familyAtHome', required: true },
              { id: 'keepFilming', required: false },
              { id: 'askFirst', required: true },
              { id: 'landscape', required: true },
              { id: 'shareStranger', required: false },
            ],
          },
        },
        {
          kind: 'quiz',
          id: 'quizPublish',
          multiple: false,
          options: [
            { id: 'myDrone', correct: false },
            { id: 'ask', correct: true },
            { id: 'privateOk', correct: false },
          ],
        },
        {
          kind: 'checklist',
          id: 'beforePosting',
          items: ['watch', 'ask', 'cut', 'stop'],
        },
        { kind: 'recap', id: 'summary', points: ['stop', 'private', 'publish', 'consent'] },
      ],
    },
  ],
};
