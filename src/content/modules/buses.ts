// The 'buses' module: its lessons and their steps. Words live in locales/<lng>/buses.json.
import type { ModuleDefinition } from '@/content/schema';

export const busesModule: ModuleDefinition = {
  id: 'buses',
  key: 'buses',
  namespace: 'buses',
  // Lessons announced by title; their steps and simulations are being written.
  preparing: true,
  lessons: [
    {
      id: 'stop-timetable',
      key: 'stopTimetable',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'phone-ticket',
      key: 'phoneTicket',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'request-stops',
      key: 'requestStops',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
    {
      id: 'reduced-fares',
      key: 'reducedFares',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    },
  ],
};
