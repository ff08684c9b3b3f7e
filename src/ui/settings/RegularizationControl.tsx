import type { Regularization } from '../../engine';
import { REGULARIZATION_KINDS } from '../../engine';
import { PENALTY_VIEWS } from '../rules/penaltyViews';
import { NumberSetting } from './NumberSetting';
import { SelectSetting } from './SelectSetting';
import { LAMBDA_SCALE } from './logScale';
import { LogSlider } from './LogSlider';

const KIND_OPTIONS = REGULARIZATION_KINDS.map((value) => ({
  value,
  label: PENALTY_VIEWS[value].label,
}));

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
