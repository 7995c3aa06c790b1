import { Dropdown, Field, Option } from "@fluentui/react-components";

/** A Dropdown over fixed choices, labelled, keyboard-usable as Fluent makes it. */
export function Choice<T extends string | number>(props: {
  label: string;
  value: T | undefined;
  options: readonly T[];
  text: (value: T) => string;
  onChange: (value: T) => void;
}) {
  const { label, value, options, text, onChange } = props;
  return (
    <Field label={label}>
      <Dropdown
        value={value === undefined ? "" : text(value)}
        selectedOptions={value === undefined ? [] : [String(value)]}
        onOptionSelect={(_, data) => onChange(options.find((option) => String(option) === data.optionValue) as T)}
      >
        {options.map((option) => (
          <Option key={String(option)} value={String(option)} text={text(option)}>
            {text(option)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
