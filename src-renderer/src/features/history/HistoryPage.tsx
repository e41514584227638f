import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';

export function HistoryPage() {
  return (
    <>
      <PageHeader
        title="History"
        summary="Past runs with their prompts, answers, usage, cost and timings, searchable."
      />
      <EmptyState title="No runs recorded">
        <p>Runs you make in the Playground will be listed here. None have been recorded.</p>
      </EmptyState>
    </>
  );
}
