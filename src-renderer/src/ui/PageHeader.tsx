interface PageHeaderProps {
  title: string;
  summary: string;
}

export function PageHeader({ title, summary }: PageHeaderProps) {
  return (
    <header className="page-header">
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
      <p>{summary}</p>
    </header>
  );
}
