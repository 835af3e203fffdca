// The 'messengers' module: its lessons and their steps. Words live in locales/<lng>/messengers.json.
import type { ModuleDefinition } from '@/content/schema';

export const messengersModule: ModuleDefinition = {
  id: 'messengers',
  key: 'messengers',
  namespace: 'messengers',
  lessons: [
    {
      id: 'messages-photos-voice',
      key: 'messagesPhotosVoice',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'video-calls',
      key: 'videoCalls',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'two-step-verification',
      key: 'twoStepVerification',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'scams',
      key: 'scams',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
  ],
};
