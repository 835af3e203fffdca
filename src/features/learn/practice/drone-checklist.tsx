import type { DroneChecklistConfig } from '@/content/simulations/drone-checklist';
import type { SimulationProps } from '@/features/learn/practice/simulation-props';

export function DroneChecklist({ config }: SimulationProps<DroneChecklistConfig>) {
  return <p>{config.kind}</p>;
}
