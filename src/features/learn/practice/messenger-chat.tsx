import type { MessengerChatConfig } from '@/content/simulations/messenger-chat';
import type { SimulationProps } from '@/features/learn/practice/simulation-props';

export function MessengerChat({ config }: SimulationProps<MessengerChatConfig>) {
  return <p>{config.kind}</p>;
}
