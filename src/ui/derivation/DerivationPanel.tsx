import { Placeholder } from '../Placeholder';
import type { RunContext } from '../runContext';

/** Placeholder until the figure is built. */
export function DerivationPanel(props: { run: RunContext }) {
  void props;
  return <Placeholder shape="text" label="Derivation, step by step" />;
}
