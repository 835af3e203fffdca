// The 'waste' module: its lessons and their steps. Words live in locales/<lng>/waste.json.
import type { ModuleDefinition } from '@/content/schema';

export const wasteModule: ModuleDefinition = {
  id: 'waste',
  key: 'waste',
  namespace: 'waste',
  // Lessons announced by title; their steps and simulations are being written.
  preparing: true,
  lessons: [
    {
      id: 'five-colours',
      key: 'fiveColours',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'collection-schedule',
      key: 'collectionSchedule',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'pszok-and-deposit',
      key: 'pszokAndDeposit',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
  ],
};
