import type { ReactNode } from 'react';

/**
 * A right-aligned number, or a dash titled "unknown" when there is none: an unknown price is never $0.
 * Screen readers hear "unknown" (or `unknownText`) rather than a dash.
 */
export function NumberCell({
  value,
  title,
  unknownText = 'unknown',
}: {
  value: ReactNode | null;
  title?: string | undefined;
  unknownText?: string | undefined;
}) {
  if (value === null) {
    return (
      <td className="num" title={title ?? 'unknown'}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{unknownText}</span>
      </td>
    );
  }
  return (
    <td className="num" title={title}>
      {value}
    </td>
  );
}
