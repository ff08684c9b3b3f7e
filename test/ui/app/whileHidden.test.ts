import { describe, expect, it } from 'vitest';
import { skipsRender } from '../../../src/ui/app/WhileHidden';

describe('WhileHidden', () => {
  const config = { speed: 30 };
  const info = { n: 100 };

  it('skips the content while it stays hidden and its inputs stay the same objects', () => {
    expect(
      skipsRender(
        { hidden: true, inputs: [config, info] },
        { hidden: true, inputs: [config, info] },
      ),
    ).toBe(true);
  });

  it('renders it when it is shown, is hidden now, or any input is another object', () => {
    expect(
      skipsRender({ hidden: true, inputs: [config] }, { hidden: false, inputs: [config] }),
    ).toBe(false);
    expect(
      skipsRender({ hidden: false, inputs: [config] }, { hidden: true, inputs: [config] }),
    ).toBe(false);
    expect(
      skipsRender({ hidden: false, inputs: [config] }, { hidden: false, inputs: [config] }),
    ).toBe(false);
    // An equal copy is another configuration as far as React's props go.
    expect(
      skipsRender({ hidden: true, inputs: [config] }, { hidden: true, inputs: [{ ...config }] }),
    ).toBe(false);
    expect(
      skipsRender({ hidden: true, inputs: [config] }, { hidden: true, inputs: [config, info] }),
    ).toBe(false);
  });
});
