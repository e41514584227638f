import { inOrderOnOneLine } from '../in-order-on-one-line.ts';

export interface ContentSignals {
  code: boolean;
  math: boolean;
  multiStep: boolean;
}

// Prompts are user text of up to 2 M characters, so every test here runs in linear time: no
// unbounded quantifier sits next to another, and "first … then" is a scan rather than /first.*then/.
const BLANK = '[^\\S\\n\\r\\u2028\\u2029]'; // whitespace that does not end the line

/** Fences, keywords, a line ending in `{`, `}` or `;`, arrows, stack traces. */
const CODE = new RegExp(
  `\`\`\`|\\b(function|class|def|import|return|const|let|SELECT|#include)\\b|[{};]${BLANK}*$|=>|\\bstack trace\\b|\\bTypeError\\b`,
  'im',
);
/** Proof words, math symbols, or arithmetic between two numbers ("12 * 3"). */
const MATH =
  /\b(prove|proof|theorem|lemma|integral|derivative|equation|solve for|probability)\b|[∑∫√≤≥≠]|\d\s*[+\-*/^]\s*\d/i;
const MULTI_STEP_WORDS =
  /\b(step by step|plan|design|architect|compare|trade-?offs?|analy[sz]e|refactor|migrate|debug)\b/i;
/** A numbered list item: "1. " or "  2) " at the start of a line. */
const NUMBERED_LINE = new RegExp(`^${BLANK}{0,40}\\d{1,9}[.)]\\s`, 'm');

/** What the prompt shows of code, math and multi-step reasoning. */
export function contentSignals(prompt: string): ContentSignals {
  return {
    code: CODE.test(prompt),
    math: MATH.test(prompt),
    multiStep:
      MULTI_STEP_WORDS.test(prompt) ||
      NUMBERED_LINE.test(prompt) ||
      inOrderOnOneLine(prompt, /\bfirst\b/i, /\bthen\b/i),
  };
}
