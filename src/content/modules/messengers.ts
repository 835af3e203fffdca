// The 'messengers' module: its lessons and their steps. Words live in locales/<lng>/messengers.json.
// Facts from FACTS.md §M4 (Messengers and scams); sources M1–M17.
import type { ModuleDefinition } from '@/content/schema';

const src = (code: string, address: string) => ({ code, url: `https://${address}` });

const M1 = src(
  'M1',
  'news18.com/amp/tech/how-to-activate-and-stop-two-step-verification-on-whatsapp-step-by-step-guide-7519573.html',
);
const M2 = src(
  'M2',
  'indiatoday.in/technology/tech-tips/story/tech-tips-how-to-enable-disable-and-reset-two-step-verification-password-on-whatsapp-1756153-2021-01-05',
);
const M3 = src(
  'M3',
  'thehansindia.com/technology/tech-news/beware-of-this-whatsapp-verification-code-scam-703735',
);
const M4 = src('M4', 'faq.whatsapp.com/iphone/voice-and-video-calls/how-to-make-a-group-video-call');
const M5 = src(
  'M5',
  'diariopopular.com.ar/tecnologia/paso-paso-como-hacer-una-videollamada-grupal-whatsapp-la-nueva-opcion-que-agrego-la-app-n888906',
);
const M6 = src('M6', 'guiadopc.com.br/noticias/47116');
const M7 = src('M7', 'support.signal.org/hc/en-us/articles/9932632052378');
const M8 = src('M8', 'grudziadz.policja.gov.pl/kb2/informacje/wiadomosci/164179');
const M9 = src('M9', 'jestemzgdanska.pl/n-aktualnosci-lista.qbpage?articleId=158003155');
const M10 = src(
  'M10',
  'rdc.pl/aktualnosci/mazowsze/dzien-babci-i-dziadka-okazja-do-rozmowy-o-bezpieczenstwie_8r2Xk5OFZNSh52l4mPmy',
);
const M11 = src('M11', 'sosnowiecki.pl/i,znajomy-prosi-o-blik-sprawdz-zanim-pomozesz,405147,845256.html');
const M12 = src('M12', 'sosnowiecki.pl/i,oszustwa-metoda-na-blik--policjanci-ostrzegaja,405147,844784.html');
const M13 = src('M13', 'tysol.pl/a103640');
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
const M18 = src(
  'M18',
  'geekweek.interia.pl/bezpieczenstwo/news-uwaga-na-falszywe-sms-y-podszywaja-sie-pod-czlonkow-rodziny,nId,21397729',
);
const M19 = src('M19', 'dobreprogramy.pl/atak-przez-sms-mamo-to-jest-moj-nowy-numer,6889809929357920a');
const M20 = src(
  'M20',
  'glogow.naszemiasto.pl/uwaga-na-oszustow-ktorzy-wyludzaja-kody-blik-i-kradna/ar/c15-7740873',
);
const M21 = src(
  'M21',
  'akadera.bialystok.pl/augustow-malzenstwo-stracilo-ponad-120-tysiecy-zlotych-przez-oszustwo-blik',
);
const M22 = src(
  'M22',
  'informacjakredytowa.com/oszustwo-na-znajomego-i-kod-blik-jak-dziala-jakie-sa-warianty-i-jak-zabezpieczyc-rodzine',
);
const M23 = src(
  'M23',
  'o2.pl/informacje/przyszedl-taki-sms-za-nic-nie-klikaj-to-nowa-metoda-oszustow-6901553648441920a',
);

export const messengersModule: ModuleDefinition = {
  id: 'messengers',
  key: 'messengers',
  namespace: 'messengers',
  lessons: [
    {
      id: 'messages-photos-voice',
      key: 'messagesPhotosVoice',
      digComp: ['2.1', '2.2'],
      sources: [M6],
      checkedOn: '2026-11-22',
      steps: [
        { kind: 'read', id: 'whatIs', picture: 'messengers/chat' },
        { kind: 'read', id: 'sendText', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceText',
          simulation: {
            kind: 'messenger-chat',
            task: 'text',
            contacts: ['ewa', 'ania', 'basia'],
            to: 'ania',
            history: [{ id: 'h1', fromMe: false }],
          },
        },
        { kind: 'read', id: 'sendPhoto' },
        {
          kind: 'practice',
          id: 'practicePhoto',
          simulation: {
            kind: 'messenger-chat',
            task: 'photo',
            contacts: ['ewa', 'ania', 'marek'],
            to: 'marek',
            history: [{ id: 'h1', fromMe: false }],
            photos: ['cat', 'cake', 'flowers'],
            photo: 'cake',
          },
        },
        { kind: 'read', id: 'voice', picture: 'messengers/voice', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceVoice',
          simulation: {
            kind: 'messenger-chat',
            task: 'voice',
            contacts: ['ewa', 'ania', 'marek'],
            to: 'ewa',
            listenFirst: true,
          },
        },
        {
          kind: 'quiz',
          id: 'quizHabits',
          multiple: true,
          options: [
            { id: 'checkName', correct: true },
            { id: 'voiceIsCall', correct: false },
            { id: 'listen', correct: true },
            { id: 'photoEveryone', correct: false },
            { id: 'lock', correct: true },
          ],
        },
        { kind: 'checklist', id: 'onYourPhone', items: ['findApp', 'sendText', 'sendPhoto', 'sendVoice'] },
        { kind: 'recap', id: 'summary', points: ['chat', 'checkName', 'photo', 'voice'] },
      ],
    },
    {
      id: 'video-calls',
      key: 'videoCalls',
      digComp: ['2.1', '2.4'],
      sources: [M4, M5, M1],
      checkedOn: '2026-11-22',
      steps: [
        { kind: 'read', id: 'whatIs', picture: 'messengers/video-call' },
        { kind: 'read', id: 'howTo', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceCall',
          simulation: {
            kind: 'messenger-chat',
            task: 'videoCall',
            contacts: ['marek', 'ewa', 'basia'],
            to: 'ewa',
          },
        },
        { kind: 'read', id: 'group', picture: 'messengers/group-call' },
        {
          kind: 'practice',
          id: 'practiceGroup',
          simulation: {
            kind: 'messenger-chat',
            task: 'videoCall',
            contacts: ['ewa', 'marek', 'ania'],
            to: 'ewa',
            addParticipant: 'marek',
          },
        },
        {
          kind: 'quiz',
          id: 'quizIcon',
          multiple: false,
          options: [
            { id: 'phone', correct: false },
            { id: 'camera', correct: true },
            { id: 'mic', correct: false },
            { id: 'photo', correct: false },
          ],
        },
        { kind: 'checklist', id: 'onYourPhone', items: ['askFamily', 'findCamera', 'tryCall', 'twoStep'] },
        { kind: 'recap', id: 'summary', points: ['camera', 'hangUp', 'addPerson'] },
      ],
    },
    {
      id: 'two-step-verification',
      key: 'twoStepVerification',
      digComp: ['4.2', '2.6'],
      sources: [M1, M2, M3, M7],
      checkedOn: '2026-12-02',
      steps: [
        { kind: 'read', id: 'whatIs', picture: 'messengers/two-step' },
        { kind: 'read', id: 'smsCode', callouts: ['warning'] },
        { kind: 'read', id: 'howTo', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceTurnOn',
          simulation: { kind: 'messenger-chat', task: 'twoStep', contacts: ['ewa', 'ania'] },
        },
        {
          kind: 'practice',
          id: 'practiceCodes',
          simulation: {
            kind: 'scam-check',
            items: [
              { id: 'codeMistake', channel: 'chat', scam: true, lines: [{ id: 'l1', fromMe: false }] },
              {
                id: 'pinCall',
                channel: 'call',
                scam: true,
                lines: [
                  { id: 'l1', fromMe: false },
                  { id: 'l2', fromMe: true },
                  { id: 'l3', fromMe: false },
                ],
              },
              { id: 'family', channel: 'chat', scam: false, lines: [{ id: 'l1', fromMe: false }] },
            ],
          },
        },
        {
          kind: 'quiz',
          id: 'quizCode',
          multiple: false,
          options: [
            { id: 'sendCode', correct: false },
            { id: 'callFriend', correct: true },
            { id: 'sendPin', correct: false },
            { id: 'askWhy', correct: false },
          ],
        },
        { kind: 'checklist', id: 'onYourPhone', items: ['turnOn', 'email', 'update', 'devices'] },
        { kind: 'recap', id: 'summary', points: ['pin', 'notSms', 'email', 'askForCode'] },
      ],
    },
    {
      id: 'scams',
      key: 'scams',
      digComp: ['4.2', '2.1'],
      sources: [M8, M9, M10, M11, M12, M13, M14, M15, M16, M17, M18, M19, M20, M21, M22, M23],
      checkedOn: '2026-12-02',
      steps: [
        { kind: 'read', id: 'grandchild', picture: 'messengers/scam-call' },
        { kind: 'read', id: 'police', callouts: ['warning'] },
        {
          kind: 'practice',
          id: 'practiceCalls',
          simulation: {
            kind: 'scam-check',
            items: [
              {
                id: 'guessWho',
                channel: 'call',
                scam: true,
                lines: [
                  { id: 'l1', fromMe: false },
                  { id: 'l2', fromMe: true },
                  { id: 'l3', fromMe: false },
                ],
              },
              {
                id: 'realGrandson',
                channel: 'call',
                scam: false,
                lines: [
                  { id: 'l1', fromMe: false },
                  { id: 'l2', fromMe: true },
                  { id: 'l3', fromMe: false },
                ],
              },
              {
                id: 'fakePolice',
                channel: 'call',
                scam: true,
                lines: [
                  { id: 'l1', fromMe: false },
                  { id: 'l2', fromMe: false },
                  { id: 'l3', fromMe: false },
                ],
              },
            ],
          },
        },
        { kind: 'read', id: 'blik', callouts: ['warning'] },
        { kind: 'read', id: 'bank', callouts: ['warning'] },
        { kind: 'read', id: 'alreadyHappened', callouts: ['warning'] },
        { kind: 'read', id: 'sms8080', picture: 'messengers/sms-8080', callouts: ['tip'] },
        {
          kind: 'practice',
          id: 'practiceMessages',
          simulation: {
            kind: 'scam-check',
            items: [
              {
                id: 'blikFriend',
                channel: 'chat',
                scam: true,
                lines: [
                  { id: 'l1', fromMe: false },
                  { id: 'l2', fromMe: true },
                  { id: 'l3', fromMe: false },
                ],
              },
              { id: 'familySms', channel: 'sms', scam: false, lines: [{ id: 'l1', fromMe: false }] },
              {
                id: 'fakeBank',
                channel: 'call',
                scam: true,
                lines: [
                  { id: 'l1', fromMe: false },
                  { id: 'l2', fromMe: true },
                  { id: 'l3', fromMe: false },
                ],
              },
              { id: 'blockSms', channel: 'sms', scam: true, lines: [{ id: 'l1', fromMe: false }] },
              { id: 'newNumber', channel: 'sms', scam: true, lines: [{ id: 'l1', fromMe: false }] },
            ],
          },
        },
        {
          kind: 'quiz',
          id: 'quizPolice',
          multiple: false,
          options: [
            { id: 'giveMoney', correct: false },
            { id: 'callBack', correct: false },
            { id: 'hangUp', correct: true },
            { id: 'keepSecret', correct: false },
          ],
        },
        {
          kind: 'checklist',
          id: 'onYourPhone',
          items: ['familyNumbers', 'bankNumber', 'number8080', 'twoStep', 'talk'],
        },
        { kind: 'recap', id: 'summary', points: ['guessWho', 'police', 'blik', 'bank', 'happened', 'sms'] },
      ],
    },
  ],
};
