// The simulation component of each kind, each loaded only when a lesson needs it.
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { SimulationConfig, SimulationKind } from '@/content/schema';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';

type ConfigOf<K extends SimulationKind> = Extract<SimulationConfig, { kind: K }>;
export type SimulationComponent<K extends SimulationKind> = LazyExoticComponent<
  ComponentType<SimulationProps<ConfigOf<K>>>
>;

export const SIMULATIONS: { [K in SimulationKind]: SimulationComponent<K> } = {
  'gateway-login': lazy(() =>
    import('@/features/learn/practice/gateway-login/screen').then((m) => ({ default: m.GatewayLogin })),
  ),
  'mobywatel-setup': lazy(() =>
    import('@/features/learn/practice/mobywatel-setup/screen').then((m) => ({ default: m.MobywatelSetup })),
  ),
  'bus-timetable': lazy(() =>
    import('@/features/learn/practice/bus-timetable/screen').then((m) => ({ default: m.BusTimetable })),
  ),
  'ticket-purchase': lazy(() =>
    import('@/features/learn/practice/ticket-purchase/screen').then((m) => ({ default: m.TicketPurchase })),
  ),
  'waste-calendar': lazy(() =>
    import('@/features/learn/practice/waste-calendar/screen').then((m) => ({ default: m.WasteCalendar })),
  ),
  'waste-sorting': lazy(() =>
    import('@/features/learn/practice/waste-sorting/screen').then((m) => ({ default: m.WasteSorting })),
  ),
  'messenger-chat': lazy(() =>
    import('@/features/learn/practice/messenger-chat/screen').then((m) => ({ default: m.MessengerChat })),
  ),
  'scam-check': lazy(() =>
    import('@/features/learn/practice/scam-check/screen').then((m) => ({ default: m.ScamCheck })),
  ),
  'drone-checklist': lazy(() =>
    import('@/features/learn/practice/drone-checklist/screen').then((m) => ({ default: m.DroneChecklist })),
  ),
  'drone-zone-map': lazy(() =>
    import('@/features/learn/practice/drone-zone-map/screen').then((m) => ({ default: m.DroneZoneMap })),
  ),
};
