import { SelectSetting } from '../settings/SelectSetting';
import type { AxisPair } from './axes';
import { parameterSymbol, shortName, withAxis } from './axes';

interface AxisSelectsProps {
  parameterNames: readonly string[];
  axes: AxisPair;
  onChange: (axes: AxisPair) => void;
}

/**
 * The two parameters the surface is drawn over, when there are more than three to choose from
 * (polynomial features). Picking the other axis's parameter swaps the axes.
 */
export function AxisSelects({ parameterNames, axes, onChange }: AxisSelectsProps) {
  const options = parameterNames.map((name, index) => ({
    value: index,
    label: index === 0 ? 'b (intercept)' : `${parameterSymbol(index)} (${shortName(name)})`,
  }));
  return (
    <div className="surface-axes">
      <SelectSetting
        label="Horizontal axis"
        value={axes.x}
        options={options}
        onChange={(parameter) => onChange(withAxis(axes, 'x', parameter))}
      />
      <SelectSetting
        label="Vertical axis"
        value={axes.y}
        options={options}
        onChange={(parameter) => onChange(withAxis(axes, 'y', parameter))}
      />
    </div>
  );
}
