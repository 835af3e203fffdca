// The 'drones' module: its lessons and their steps. Words live in locales/<lng>/drones.json.
import type { ModuleDefinition } from '@/content/schema';

export const dronesModule: ModuleDefinition = {
  id: 'drones',
  key: 'drones',
  namespace: 'drones',
  // Lessons announced by title; their steps and simulations are being written.
  preparing: true,
  lessons: [
    {
      id: 'categories',
      key: 'categories',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'operator-registration',
      key: 'operatorRegistration',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'zones-check-in',
      key: 'zonesCheckIn',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'privacy',
      key: 'privacy',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
  ],
};
