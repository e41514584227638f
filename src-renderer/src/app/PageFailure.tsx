import { PageHeader } from '../ui/PageHeader.tsx';

/** A page whose display failed: what happened and the way out; the sidebar and other pages work on. */
export function PageFailure({ error, hidden }: { error: Error; hidden: boolean }) {
  return (
    <section className="page-failure" hidden={hidden}>
      <PageHeader title="This page stopped working" />
      <div className="banner" role="alert">
        <p>
          Something on this page could not be displayed. Your keys, settings and Playground columns are saved:
          reload the page to start it again (answers still arriving are stopped).
        </p>
        <p className="hint">Error: {error.message}</p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload page
        </button>
      </div>
    </section>
  );
}
