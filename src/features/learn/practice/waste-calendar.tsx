import type { WasteCalendarConfig } from '@/content/simulations/waste-calendar';
import type { SimulationProps } from '@/features/learn/practice/simulation-props';

export function WasteCalendar({ config }: SimulationProps<WasteCalendarConfig>) {
  return <p>{config.kind}</p>;
}
