import { useNavigation } from '../../app/navigation-store.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';

export function PlanPage() {
  return (
    <>
      <PageHeader
        title="Plan"
        summary="What a month of your traffic would cost on each provider and plan: pay-as-you-go against subscriptions."
      />
      <EmptyState title="Monthly projections are coming">
        <p>
          This page will project a month of your traffic on each provider and plan. Until then, Models &amp;
          Prices shows what every model costs per million tokens.
        </p>
        <button type="button" className="primary" onClick={() => useNavigation.getState().go('prices')}>
          Open Models &amp; Prices
        </button>
      </EmptyState>
    </>
  );
}
