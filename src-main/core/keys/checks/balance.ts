import type { KeyCheck } from '../../../../src-shared/keys.ts';
import { asJson } from '../../json-fields.ts';
import type { ProviderDefinition } from '../../providers/provider-definition.ts';
import { probe } from './probe.ts';
import { amountOf, currencyOf } from './reply-fields.ts';

type Balance = KeyCheck['balance'];

/** A balance only when both its parts read well: a wrong one is left out, never guessed. */
const balanceOf = (amount: number | null, currency: string | null): Balance =>
  amount !== null && currency !== null ? { amount, currency } : null;

/** Moonshot's balance reply names no currency: its China platform (api.moonshot.cn) bills in yuan, the global one in dollars. */
export function moonshotCurrency(base: string): 'CNY' | 'USD' {
  return new URL(base).hostname.endsWith('.cn') ? 'CNY' : 'USD';
}

/** The account balance where the provider has an endpoint for it; null when it has none or it failed. */
export async function readBalance(
  provider: ProviderDefinition,
  base: string,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<Balance | undefined> {
  if (provider.id === 'deepseek') {
    const result = await probe(
      { url: `${new URL(base).origin}/user/balance`, method: 'GET', headers },
      signal,
      // Stryker disable next-line ObjectLiteral: this context only shapes the error of a failed read, which is dropped for null
      { provider: 'deepseek' },
    );
    if (!result.ok) return null;
    const infos = asJson(result.body).balance_infos;
    const info = asJson(Array.isArray(infos) ? infos[0] : undefined);
    // DeepSeek names the currency; a reply without one is in US dollars.
    const currency = info.currency === undefined ? 'USD' : currencyOf(info.currency);
    return balanceOf(amountOf(info.total_balance), currency);
  }
  if (provider.id === 'moonshot') {
    const result = await probe(
      { url: `${base}/users/me/balance`, method: 'GET', headers },
      signal,
      // Stryker disable next-line ObjectLiteral: this context only shapes the error of a failed read, which is dropped for null
      { provider: 'moonshot' },
    );
    if (!result.ok) return null;
    const amount = amountOf(asJson(asJson(result.body).data).available_balance);
    return balanceOf(amount, moonshotCurrency(base));
  }
  return undefined;
}
