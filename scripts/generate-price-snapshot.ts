// Generates src-main/core/pricing/bundled-prices.json from LiteLLM's price list: chat models of
// the providers BYOK Arena supports, trimmed to the fields it reads. The app works offline from it.
// Usage: node scripts/generate-price-snapshot.ts PATH_TO/model_prices_and_context_window.json YYYY-MM-DD
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLiteLLM } from '../src-main/core/pricing/litellm-parse.ts';

const [source, asOf] = process.argv.slice(2);
if (!source || !asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
  console.error('usage: node scripts/generate-price-snapshot.ts LITELLM_JSON YYYY-MM-DD');
  process.exit(2);
}
const { entries, skipped } = parseLiteLLM(JSON.parse(readFileSync(source, 'utf8')), asOf);
const out = join(import.meta.dirname, '../src-main/core/pricing/bundled-prices.json');
writeFileSync(
  out,
  `${JSON.stringify(
    {
      attribution: 'Prices from BerriAI/litellm model_prices_and_context_window.json (MIT License)',
      asOf,
      entries,
    },
    null,
    1,
  )}\n`,
);
console.log(`wrote ${entries.length} entries to ${out} (${skipped} skipped)`);
