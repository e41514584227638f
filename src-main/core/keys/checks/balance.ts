import type { KeyCheck } from '../../../../src-shared/keys.ts';
import { asJson } from '../../json-fields.ts';
import type { ProviderDefinition } from '../../providers/provider-definition.ts';
import { probe } from './probe.ts';

/** The account balance where the provider has an endpoint for it; null when it has none or it failed. */
export async function readBalance(
  provider: ProviderDefinition,
  base: string,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<KeyCheck['balance']> {
  if (provider.id === 'deepseek') {
    const result = await probe(
      { url: `${new URL(base).origin}/user/balance`, method: 'GET', headers },
      signal,
      { provider: 'deepseek' },
    );
    if (!result.ok) return null;
    const info = asJson((asJson(result.body).balance_infos as unknown[] | undefined)?.[0]);
    const amount = Number(info.total_balance);
    return Number.isFinite(amount) ? { amount, currency: String(info.currency ?? 'USD') } : null;
  }
  if (provider.id === 'moonshot') {
    const result = await probe({ url: `${base}/users/me/balance`, method: 'GET', headers }, signal, {
      provider: 'moonshot',
    });
    if (!result.ok) return null;
    const amount = Number(asJson(asJson(result.body).data).available_balance);
    const currency = new URL(base).host.endsWith('.cn') ? 'CNY' : 'USD';
    return Number.isFinite(amount) ? { amount, currency } : null;
  }
  return undefined;
}
