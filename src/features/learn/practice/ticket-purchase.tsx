import type { TicketPurchaseConfig } from '@/content/simulations/ticket-purchase';
import type { SimulationProps } from '@/features/learn/practice/simulation-props';

export function TicketPurchase({ config }: SimulationProps<TicketPurchaseConfig>) {
  return <p>{config.kind}</p>;
}
