/** Markdown answers for the tests and the benchmark: what models write, plus the constructs that trip parsers. */

export const TYPESCRIPT_SNIPPET = [
  'interface Column {',
  '  id: string;',
  '  tokens: number;',
  '}',
  '',
  'export function cheapest(columns: Column[]): Column | undefined {',
  '  // Sort a copy: the caller keeps its order.',
  '  return [...columns].sort((a, b) => a.tokens - b.tokens)[0];',
  '}',
].join('\n');

const PYTHON_SNIPPET = [
  'import json',
  '',
  'def load(path: str) -> dict:',
  '    """Read a JSON file."""',
  '    with open(path, encoding="utf-8") as handle:',
  '        return json.load(handle)',
].join('\n');

const BASH_SNIPPET = ['set -euo pipefail', 'for f in *.md; do', '  wc -c "$f"', 'done'].join('\n');

/** A typical long answer: headings, prose with inline markup, nested and numbered lists, a table, code. */
export const REALISTIC_ANSWER = `# Choosing a provider

Short answer: **MiniMax-M2.7** is the cheapest model that handles this well, and *gpt-5-mini* is close behind.
Prices come from the [pricing page](https://example.com/pricing "Prices") and change often; see ${'`arena prices`'}.

## What matters

1. **Cost** per million tokens, input and output.
2. Time to first token:
   - streaming starts sooner on small models
   - the *region* matters too
     1. nearest first
     2. then the cheapest
3. Quality on ~~easy~~ hard prompts.

- [x] keys checked
- [ ] budget set

| Model | Input $/M | Output $/M | Notes |
|:------|----------:|:----------:|-------|
| MiniMax-M2.7 | 0.30 | 1.20 | reasoning by default |
| gpt-5-mini | 0.25 | 2.00 | \`reasoning_effort\` |
| claude-haiku-4-5 | 1.00 | 5.00 | fast |

> Measure before you choose: a benchmark on *your* prompts beats any table.
> It takes minutes.

Here is a helper:

${'```'}ts
${TYPESCRIPT_SNIPPET}
${'```'}

And the same idea in Python:

${'```'}python
${PYTHON_SNIPPET}
${'```'}

Count the files with:

${'```'}bash
${BASH_SNIPPET}
${'```'}

---

The energy is $E = mc^2$ and that's all.
`;

/** Constructs where a block's extent or meaning depends on what follows, or that must come out inert. */
export const TRICKY_MARKDOWN = `Setext heading
==============

Another one
---

1. one

2. two

10) ten
11) eleven

- a

  continued in a

- b
* other marker

Lazy
continuation line
> quote
lazy quote line

    indented code

    still code

<div onclick="alert(1)">
<b>raw html</b>
</div>

<script>alert(1)</script>

Inline <img src=x onerror=alert(1)> and [click](javascript:alert(1)) and ![pic](https://example.com/p.png).

See [the docs][docs] and [later][fwd].

[docs]: https://example.com/docs "Docs"

~~~
tilde fence
~~~

| a | b |
|---|---|
| 1 | 2 |
no blank line after the table
# heading right after

Entities: &amp; &copy; &#65; &#x42; and \\*escaped\\*.

***bold italic*** and **bold with \`code\`** and _underscored_.

[fwd]: https://example.com/forward

Final paragraph with a trailing hard break  
and a soft one.
`;

/** A realistic answer of about `targetBytes`: the realistic answer's sections repeated with numbered headings. */
export function answerOfSize(targetBytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let section = 1; size < targetBytes; section++) {
    const part = REALISTIC_ANSWER.replace('# Choosing a provider', `# Part ${section}: choosing a provider`);
    parts.push(part);
    size += part.length + 1;
  }
  return parts.join('\n');
}

const PROSE = [
  'Latency depends on **where** the request lands and how long the prompt is; a *warm* connection saves a round trip.',
  'Prices are per million tokens, so a short prompt with a long answer is mostly output cost (see `usage.output_tokens`).',
  'Reasoning models think before they answer: the first visible token comes later, but the answer is often ~~worse~~ better.',
  'If the provider reports cached input, the cached part is billed at the cache-read price, which is far lower.',
];

function codeBlockOf(bytes: number, language: string): string {
  const lines: string[] = [];
  for (let size = 0, n = 0; size < bytes; n++) {
    const line = n % 10 === 9 ? '' : `const value${n} = compute(${n}, "column-${n % 16}"); // step ${n}`;
    lines.push(line);
    size += line.length + 1;
  }
  return `\`\`\`${language}\n${lines.join('\n')}\n\`\`\``;
}

const COMPARISON_TABLE = [
  '| Model | Input $/M | Output $/M | First token |',
  '|:------|----------:|-----------:|------------:|',
  ...Array.from(
    { length: 12 },
    (_, i) =>
      `| model-${i} | ${(0.1 * (i + 1)).toFixed(2)} | ${(0.4 * (i + 1)).toFixed(2)} | ${200 + 40 * i} ms |`,
  ),
].join('\n');

/**
 * A long answer of about `targetBytes` shaped like a real one: sections of prose and lists, one table and
 * three code blocks (each a sixteenth of the answer) spread through it.
 */
export function benchmarkAnswer(targetBytes: number): string {
  const codeBytes = Math.floor(targetBytes / 16);
  const inserts = new Map<number, string>([
    [2, COMPARISON_TABLE],
    [3, codeBlockOf(codeBytes, 'ts')],
    [6, codeBlockOf(codeBytes, 'python')],
    [9, codeBlockOf(codeBytes, 'bash')],
  ]);
  const parts = ['# Comparing providers'];
  let size = parts[0]!.length;
  for (let section = 1; size < targetBytes; section++) {
    const block = [
      `## ${section}. Section ${section}`,
      PROSE[section % PROSE.length]!,
      PROSE[(section + 1) % PROSE.length]!,
      `1. first point about item ${section}\n2. second point, with \`code\`\n   - a nested detail\n   - another one\n3. third point`,
      inserts.get(section) ?? `> ${PROSE[(section + 2) % PROSE.length]!}`,
    ].join('\n\n');
    parts.push(block);
    size += block.length + 2;
  }
  return parts.join('\n\n');
}

const PIECES = [
  'Plain words here.',
  '**bold',
  'text**',
  '`code',
  '1. first',
  '2',
  '2. second',
  '3) third',
  '- item',
  '* star item',
  '  indented continuation',
  '    indented code',
  '> quote',
  '> > nested quote',
  '# Heading',
  '===',
  '---',
  '***',
  '```ts',
  '```',
  '~~~',
  'const x = 1;',
  '| h1 | h2 |',
  '|---|---|',
  '| c1 | c2 |',
  '<div>',
  '</div>',
  '<!-- comment',
  '-->',
  '[ref]: https://example.com/ref',
  'see [ref] and [x][ref]',
  '- [ ] task',
  '',
  '',
  '',
];

/** A random document from markdown pieces, biased towards constructs whose extent depends on what follows. */
export function randomDocument(random: () => number, lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(PIECES[Math.floor(random() * PIECES.length)]!);
  return out.join('\n');
}
