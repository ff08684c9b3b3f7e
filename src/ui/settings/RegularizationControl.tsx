import type { Regularization, RegularizationKind } from '../../engine';
import { NumberSetting } from './NumberSetting';
import { SelectSetting } from './SelectSetting';
import { LAMBDA_SCALE } from './logScale';
import { LogSlider } from './LogSlider';

const KIND_OPTIONS: { value: RegularizationKind; label: string }[] = [
  { value: 'none', label: 'none' },
  { value: 'l2', label: 'L2: (λ/2)‖w‖²' },
  { value: 'l1', label: 'L1: λ‖w‖₁' },
];

/** λ when a penalty is switched on from none: small enough to leave a fit nearly as it was. */
const DEFAULT_LAMBDA = 0.01;

interface RegularizationControlProps {
  value: Regularization;
  onChange: (regularization: Regularization) => void;
}

/** The penalty on the weights (never the bias) and its strength λ on a log slider. */
export function RegularizationControl({ value, onChange }: RegularizationControlProps) {
  const off = value.kind === 'none';
  return (
    <>
      <SelectSetting
        label="Regularization"
        value={value.kind}
        options={KIND_OPTIONS}
        onChange={(kind) =>
          onChange({
            kind,
            lambda: kind !== 'none' && value.lambda === 0 ? DEFAULT_LAMBDA : value.lambda,
          })
        }
      />
      {!off && (
        <div className="learning-rate">
          <LogSlider
            label="λ (regularization strength)"
            scale={LAMBDA_SCALE}
            value={Math.max(value.lambda, 10 ** LAMBDA_SCALE.minExponent)}
            onChange={(lambda) => onChange({ ...value, lambda })}
          />
          <NumberSetting
            label="λ"
            value={value.lambda}
            limit="lambda"
            onCommit={(lambda) => onChange({ ...value, lambda })}
          />
        </div>
      )}
    </>
  );
}
