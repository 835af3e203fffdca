import type { GatewayLoginConfig } from '@/content/simulations/gateway-login';
import type { SimulationProps } from '@/features/learn/practice/simulation-props';

export function GatewayLogin({ config }: SimulationProps<GatewayLoginConfig>) {
  return <p>{config.kind}</p>;
}
