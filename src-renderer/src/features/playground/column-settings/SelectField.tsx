import { type ReactNode, useId } from 'react';

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  className?: string;
}

/** A labelled select whose name is its label alone (not the label plus the chosen option). */
export function SelectField({ label, value, onChange, children, className }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={className ?? 'pg-field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}
