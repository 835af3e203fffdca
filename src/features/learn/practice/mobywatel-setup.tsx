import type { MobywatelSetupConfig } from '@/content/simulations/mobywatel-setup';
import type { SimulationProps } from '@/features/learn/practice/simulation-props';

export function MobywatelSetup({ config }: SimulationProps<MobywatelSetupConfig>) {
  return <p>{config.kind}</p>;
}
