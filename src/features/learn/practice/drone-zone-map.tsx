import type { DroneZoneMapConfig } from '@/content/simulations/drone-zone-map';
import type { SimulationProps } from '@/features/learn/practice/simulation-props';

export function DroneZoneMap({ config }: SimulationProps<DroneZoneMapConfig>) {
  return <p>{config.kind}</p>;
}
