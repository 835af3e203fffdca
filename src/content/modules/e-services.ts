// The 'e-services' module: its lessons and their steps. Words live in locales/<lng>/e-services.json.
import type { ModuleDefinition } from '@/content/schema';

export const eServicesModule: ModuleDefinition = {
  id: 'e-services',
  key: 'eServices',
  namespace: 'e-services',
  // Lessons announced by title; their steps and simulations are being written.
  preparing: true,
  lessons: [
    {
      id: 'trusted-profile',
      key: 'trustedProfile',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'mobywatel',
      key: 'mObywatel',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'pesel-reservation',
      key: 'peselReservation',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'e-delivery',
      key: 'eDelivery',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'safe-login',
      key: 'safeLogin',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
  ],
};
