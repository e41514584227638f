import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';

export function PlaygroundPage() {
  return (
    <>
      <PageHeader
        title="Playground"
        summary="One prompt, several providers and models side by side, streamed live with cost, time to first token, speed, quality and tier."
      />
      <EmptyState title="No comparison yet">
        <p>
          Streaming comparisons are not available in this build yet. When they are, you will pick up to 16
          models here and watch each answer arrive in its own column.
        </p>
      </EmptyState>
    </>
  );
}
