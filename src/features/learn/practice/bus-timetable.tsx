import type { BusTimetableConfig } from '@/content/simulations/bus-timetable';
import type { SimulationProps } from '@/features/learn/practice/simulation-props';

export function BusTimetable({ config }: SimulationProps<BusTimetableConfig>) {
  return <p>{config.kind}</p>;
}
