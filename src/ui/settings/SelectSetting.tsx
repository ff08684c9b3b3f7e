import { useId } from 'react';

interface SelectSettingProps<T extends string | number> {
  label: string;
  value: T;
  options: readonly { readonly value: T; readonly label: string }[];
  onChange: (value: T) => void;
  disabled?: boolean;
}

/** A labelled select over a fixed list of values. */
export function SelectSetting<T extends string | number>({
  label,
  value,
  options,
  onChange,
  disabled,
}: SelectSettingProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={String(value)}
        disabled={disabled}
        onChange={(event) => {
          // Options are rendered from `options`, so the chosen index maps back to its typed value.
          const chosen = options[event.target.selectedIndex];
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={String(option.value)} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
