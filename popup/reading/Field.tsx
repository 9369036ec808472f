// A labelled text or date input whose every change is handed on at once (the draft saves as it is typed).

export interface FieldProps {
  label: string;
  name: string;
  value: string;
  type?: 'text' | 'date';
  onValue(value: string): void;
}

export function Field({ label, name, value, type = 'text', onValue }: FieldProps) {
  return (
    <label class="field">
      {label}
      <input
        // (Preact types an input's attributes by a literal type; both of these take the same ones.)
        type={type as 'text'}
        name={name}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </label>
  );
}
