// The catalogue of modules and lessons: ids and the i18n keys of their words. Lesson steps,
// simulations, DigComp tags and sources are added to this structure by the content model.

export type ModuleId = 'e-services' | 'buses' | 'waste' | 'messengers' | 'drones';

/** The key of a module's words in the `learn` namespace (`modules.<key>.title`). */
export type ModuleKey = 'eServices' | 'buses' | 'waste' | 'messengers' | 'drones';

export type LessonEntry = {
  /** Used in URLs and progress records: stable, kebab-case. */
  id: string;
  /** The key of the lesson's words in its module namespace (`lessons.<key>.title`). */
  key: string;
};

export type ModuleEntry = {
  id: ModuleId;
  key: ModuleKey;
  /** The i18next namespace holding the module's lesson text: `locales/<lng>/<id>.json`. */
  namespace: ModuleId;
  lessons: readonly LessonEntry[];
};

export const MODULES: readonly ModuleEntry[] = [
  {
    id: 'e-services',
    key: 'eServices',
    namespace: 'e-services',
    lessons: [
      { id: 'trusted-profile', key: 'trustedProfile' },
      { id: 'mobywatel', key: 'mObywatel' },
      { id: 'pesel-reservation', key: 'peselReservation' },
      { id: 'e-delivery', key: 'eDelivery' },
      { id: 'safe-login', key: 'safeLogin' },
    ],
  },
  {
    id: 'buses',
    key: 'buses',
    namespace: 'buses',
    lessons: [
      { id: 'stop-timetable', key: 'stopTimetable' },
      { id: 'phone-ticket', key: 'phoneTicket' },
      { id: 'request-stops', key: 'requestStops' },
      { id: 'reduced-fares', key: 'reducedFares' },
    ],
  },
  {
    id: 'waste',
    key: 'waste',
    namespace: 'waste',
    lessons: [
      { id: 'five-colours', key: 'fiveColours' },
      { id: 'collection-schedule', key: 'collectionSchedule' },
      { id: 'pszok-and-deposit', key: 'pszokAndDeposit' },
    ],
  },
  {
    id: 'messengers',
    key: 'messengers',
    namespace: 'messengers',
    lessons: [
      { id: 'messages-photos-voice', key: 'messagesPhotosVoice' },
      { id: 'video-calls', key: 'videoCalls' },
      { id: 'two-step-verification', key: 'twoStepVerification' },
      { id: 'scams', key: 'scams' },
    ],
  },
  {
    id: 'drones',
    key: 'drones',
    namespace: 'drones',
    lessons: [
      { id: 'categories', key: 'categories' },
      { id: 'operator-registration', key: 'operatorRegistration' },
      { id: 'zones-check-in', key: 'zonesCheckIn' },
      { id: 'privacy', key: 'privacy' },
    ],
  },
];

export function findModule(moduleId: string | undefined): ModuleEntry | undefined {
  return MODULES.find((module) => module.id === moduleId);
}

export function findLesson(module: ModuleEntry, lessonId: string | undefined): LessonEntry | undefined {
  return module.lessons.find((lesson) => lesson.id === lessonId);
}
