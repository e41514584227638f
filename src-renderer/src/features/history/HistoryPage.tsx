import { useNavigation } from '../../app/navigation-store.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';

const CLI_EXAMPLE =
  'npm run arena --silent -- compare --prompt "Say hi" --model minimax/MiniMax-M2.7 --model openai/gpt-5-mini';

export function HistoryPage() {
  return (
    <>
      <PageHeader
        title="History"
        summary="Past runs with their prompts, answers, usage, cost and timings, searchable."
      />
      <EmptyState title="No runs kept yet">
        <p>
          Runs will be kept here once the Playground can run comparisons. Until then, the command line
          compares models side by side, with keys from environment variables and model ids as listed on Models
          &amp; Prices:
        </p>
        <pre className="command">
          <code>{CLI_EXAMPLE}</code>
        </pre>
        <button type="button" className="primary" onClick={() => useNavigation.getState().go('prices')}>
          Open Models &amp; Prices
        </button>
      </EmptyState>
    </>
  );
}
