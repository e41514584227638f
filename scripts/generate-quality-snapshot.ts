// Generates src-main/core/quality/bundled-quality.json from the sourced quality data in data/quality/
// (see its PROVENANCE.md): validated, mapped to index ids, short versions, variants and our provider
// ids. The app works offline from it; a refresh with an Artificial Analysis key adds newer versions.
// Usage: node scripts/generate-quality-snapshot.ts [PATH_TO/quality-scores.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AA_ATTRIBUTION,
  buildQualitySet,
  LMARENA_ATTRIBUTION,
} from '../src-main/core/quality/quality-snapshot.ts';

const source = process.argv[2] ?? join(import.meta.dirname, '../data/quality/quality-scores.json');
const set = buildQualitySet(JSON.parse(readFileSync(source, 'utf8')));
const out = join(import.meta.dirname, '../src-main/core/quality/bundled-quality.json');
writeFileSync(
  out,
  `${JSON.stringify(
    {
      attribution: [
        `${AA_ATTRIBUTION}: Intelligence and Coding Index, via github.com/oolong-tea-2026/artificial-analysis-leaderboards (MIT)`,
        `${LMARENA_ATTRIBUTION}: Text Arena, via github.com/SmallAi-API/LLM-Ranking`,
      ],
      compiled: '2026-11-27',
      provenance: 'data/quality/PROVENANCE.md',
      ...set,
    },
    null,
    1,
  )}\n`,
);
const scores = set.models.reduce((sum, model) => sum + model.scores.length, 0);
console.log(
  `wrote ${scores} scores for ${set.models.length} models on ${set.indexes.length} index versions to ${out}`,
);
