import type { ScamCheckConfig } from '@/content/simulations/scam-check';
import type { SimulationProps } from '@/features/learn/practice/simulation-props';

export function ScamCheck({ config }: SimulationProps<ScamCheckConfig>) {
  return <p>{config.kind}</p>;
}
