import type { Tier } from '../../../src-shared/domain.ts';

/** A tier badge; hovering (or focusing) it says why the model got that tier. */
export function TierBadge({ tier, reason }: { tier: Tier | null; reason: string | null }) {
  if (!tier) return <span className="hint">—</span>;
  return (
    <span className={`badge tier tier-${tier.toLowerCase()}`} title={reason ?? undefined}>
      {tier}
      {reason ? <span className="visually-hidden">: {reason}</span> : null}
    </span>
  );
}
