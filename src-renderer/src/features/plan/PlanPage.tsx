import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';

export function PlanPage() {
  return (
    <>
      <PageHeader
        title="Plan"
        summary="What a month of your traffic would cost on each provider and plan: pay-as-you-go against subscriptions."
      />
      <EmptyState title="No projection yet">
        <p>
          Monthly projections need the price catalog and your usage profile; neither is in this build yet.
        </p>
      </EmptyState>
    </>
  );
}
