import type { WasteSortingConfig } from '@/content/simulations/waste-sorting';
import type { SimulationProps } from '@/features/learn/practice/simulation-props';

export function WasteSorting({ config }: SimulationProps<WasteSortingConfig>) {
  return <p>{config.kind}</p>;
}
