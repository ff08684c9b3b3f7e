import { Placeholder } from '../Placeholder';
import type { RunContext } from '../runContext';

/** Placeholder until the figure is built. */
export function DataSpacePanel(props: { run: RunContext }) {
  void props;
  return <Placeholder shape="figure" label="Points, boundary and probability field" />;
}
