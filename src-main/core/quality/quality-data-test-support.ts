// The sourced quality data (data/quality/quality-scores.json) read as the tests read it: raw rows, so
// that expectations come from the data and not from the code that maps it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DATA_FILE = fileURLToPath(new URL('../../../data/quality/quality-scores.json', import.meta.url));

export interface SourcedScoreRow {
  /** The maker as the data names it ("MiniMax", "OpenAI"). */
  provider: string;
  model: string;
  /** The index's full name ("Artificial Analysis Intelligence Index", "LMArena Text Arena (overall)"). */
  index: string;
  version: string;
  score: number;
  source_model_name: string;
  source_model_slug?: string;
  estimated_by_aa?: boolean | null;
}

export function sourcedScoreRows(): SourcedScoreRow[] {
  return JSON.parse(readFileSync(DATA_FILE, 'utf8')) as SourcedScoreRow[];
}
