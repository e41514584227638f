import type { ReactNode } from 'react';
import { useCopy } from './use-copy.ts';

function describe(href: string, title: string | null | undefined): string {
  return title ? `${title}\n${href}` : href;
}

/**
 * A link from a model's answer. It never navigates (no href: whatever its scheme, it is inert); the address
 * shows on hover and a click copies it, so the user decides where to paste it.
 */
export function InertLink({
  href,
  title,
  children,
}: {
  href: string;
  title?: string | null;
  children: ReactNode;
}) {
  const [state, copy] = useCopy();
  return (
    <button
      type="button"
      className="md-link"
      data-copy-state={state}
      title={`${describe(href, title)}\nClick to copy the address`}
      onClick={() => copy(href)}
    >
      {children}
    </button>
  );
}

/** An image from a model's answer: never loaded; its description and address are shown instead. */
export function ImagePlaceholder({ href, alt, title }: { href: string; alt: string; title?: string | null }) {
  return (
    <span className="md-image" title={describe(href, title)}>
      <span className="md-image-alt">{alt ? `[image: ${alt}]` : '[image]'}</span>{' '}
      <span className="md-image-url">{href}</span>
    </span>
  );
}
