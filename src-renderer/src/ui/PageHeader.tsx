import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  /** One line under the title; a page short of height leaves it out. */
  summary?: string;
  /** Controls that share the title's line. */
  children?: ReactNode;
}

export function PageHeader({ title, summary, children }: PageHeaderProps) {
  return (
    <header className="page-header">
      <h1 tabIndex={-1}>{title}</h1>
      {summary ? <p>{summary}</p> : null}
      {children}
    </header>
  );
}
