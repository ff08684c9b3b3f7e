import { Placeholder } from '../Placeholder';
import type { RunContext } from '../runContext';

/** Placeholder until the figure is built. */
export function LossCurve(props: { run: RunContext }) {
  void props;
  return <Placeholder shape="strip" label="Loss per iteration" />;
}
