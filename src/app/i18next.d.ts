// Typed translation keys: every key used in code must exist in the Polish locale files.
import type buses from '@locales/pl/buses.json';
import type common from '@locales/pl/common.json';
import type drones from '@locales/pl/drones.json';
import type eServices from '@locales/pl/e-services.json';
import type learn from '@locales/pl/learn.json';
import type messengers from '@locales/pl/messengers.json';
import type progress from '@locales/pl/progress.json';
import type settings from '@locales/pl/settings.json';
import type waste from '@locales/pl/waste.json';
import type workshops from '@locales/pl/workshops.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      learn: typeof learn;
      progress: typeof progress;
      settings: typeof settings;
      workshops: typeof workshops;
      'e-services': typeof eServices;
      buses: typeof buses;
      waste: typeof waste;
      messengers: typeof messengers;
      drones: typeof drones;
    };
  }
}
