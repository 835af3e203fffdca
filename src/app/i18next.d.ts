// Typed translation keys: every key used in code must exist in the Polish locale files.
import type accessibility from '@locales/pl/accessibility.json';
import type buses from '@locales/pl/buses.json';
import type common from '@locales/pl/common.json';
import type drones from '@locales/pl/drones.json';
import type eServices from '@locales/pl/e-services.json';
import type learn from '@locales/pl/learn.json';
import type messengers from '@locales/pl/messengers.json';
import type progress from '@locales/pl/progress.json';
import type reports from '@locales/pl/reports.json';
import type settings from '@locales/pl/settings.json';
import type simBusTimetable from '@locales/pl/sim-bus-timetable.json';
import type simDroneChecklist from '@locales/pl/sim-drone-checklist.json';
import type simDroneZoneMap from '@locales/pl/sim-drone-zone-map.json';
import type simGatewayLogin from '@locales/pl/sim-gateway-login.json';
import type simMessengerChat from '@locales/pl/sim-messenger-chat.json';
import type simMobywatelSetup from '@locales/pl/sim-mobywatel-setup.json';
import type simScamCheck from '@locales/pl/sim-scam-check.json';
import type simTicketPurchase from '@locales/pl/sim-ticket-purchase.json';
import type simWasteCalendar from '@locales/pl/sim-waste-calendar.json';
import type simWasteSorting from '@locales/pl/sim-waste-sorting.json';
import type sync from '@locales/pl/sync.json';
import type waste from '@locales/pl/waste.json';

import type workshops from '@locales/pl/workshops.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      accessibility: typeof accessibility;
      learn: typeof learn;
      progress: typeof progress;
      settings: typeof settings;
      sync: typeof sync;
      workshops: typeof workshops;
      reports: typeof reports;
      'e-services': typeof eServices;
      buses: typeof buses;
      waste: typeof waste;
      messengers: typeof messengers;
      drones: typeof drones;
      'sim-gateway-login': typeof simGatewayLogin;
      'sim-mobywatel-setup': typeof simMobywatelSetup;
      'sim-bus-timetable': typeof simBusTimetable;
      'sim-ticket-purchase': typeof simTicketPurchase;
      'sim-waste-calendar': typeof simWasteCalendar;
      'sim-waste-sorting': typeof simWasteSorting;
      'sim-messenger-chat': typeof simMessengerChat;
      'sim-scam-check': typeof simScamCheck;
      'sim-drone-checklist': typeof simDroneChecklist;
      'sim-drone-zone-map': typeof simDroneZoneMap;
    };
  }
}
