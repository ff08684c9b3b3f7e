import { Placeholder } from '../Placeholder';
import type { RunContext } from '../runContext';

/** Placeholder until the figure is built. */
export function ParameterSpacePanel(props: { run: RunContext }) {
  void props;
  return <Placeholder shape="figure" label="Loss contours and optimizer path" />;
}
