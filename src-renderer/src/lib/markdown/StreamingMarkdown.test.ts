import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StreamingMarkdown } from './StreamingMarkdown.tsx';
import { TYPESCRIPT_SNIPPET } from './test-fixtures.ts';

function render(text: string): string {
  return renderToStaticMarkup(createElement(StreamingMarkdown, { text }));
}

/** Every tag name in the markup, to check that nothing unexpected became an element. */
function tagNames(html: string): Set<string> {
  return new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((match) => match[1]!));
}

describe('safe by construction', () => {
  it('shows raw HTML as text, in blocks and inline', () => {
    const html = render(
      '<script>alert(1)</script>\n\n<div onclick="alert(1)">hi</div>\n\nInline <img src=x onerror=alert(1)> <b>bold?</b>',
    );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;div onclick=&quot;alert(1)&quot;&gt;hi&lt;/div&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;bold?&lt;/b&gt;');
    for (const tag of ['script', 'img', 'b']) expect(tagNames(html)).not.toContain(tag);
    // The handlers stay inside text: no element carries them as attributes.
    expect(html).not.toMatch(/<[^>]*\son(?:click|error)=/);
  });

  it('renders links without an address to follow: the text shows, the address is only a hover title', () => {
    const html = render(
      '[click me](javascript:alert(1)) and [docs](https://example.com/a?b=1&amp;c=2 "Docs")',
    );
    expect(tagNames(html)).not.toContain('a');
    expect(html).not.toMatch(/href=|src=/);
    expect(html).toContain(
      '<button type="button" class="md-link" data-copy-state="idle" title="javascript:alert(1)',
    );
    expect(html).toContain('>click me</button>');
    expect(html).toContain('title="Docs\nhttps://example.com/a?b=1&amp;c=2\nClick to copy the address"');
  });

  it('never loads images: shows their description and address instead', () => {
    const html = render('![a *chart*](https://tracker.example.com/pixel.png)');
    expect(tagNames(html)).not.toContain('img');
    expect(html).toContain('[image: a chart]');
    expect(html).toContain('https://tracker.example.com/pixel.png');
  });

  it('shows character references as the characters they stand for, once', () => {
    expect(render('Tom &amp; Jerry &copy; &#65; &lt;tag&gt; `&amp; in code`')).toBe(
      '<div class="markdown"><div class="md-group"><p>Tom &amp; Jerry © A &lt;tag&gt; <code>&amp;amp; in code</code></p></div></div>',
    );
  });
});

describe('while an answer streams', () => {
  it('shows an open code fence as a plain code block, highlighted once the fence closes', () => {
    const open = render(`Here:\n\n\`\`\`ts\n${TYPESCRIPT_SNIPPET}`);
    expect(open).toContain('<pre><code>interface Column {');
    expect(open).not.toContain('hljs');
    const closed = render(`Here:\n\n\`\`\`ts\n${TYPESCRIPT_SNIPPET}\n\`\`\``);
    expect(closed).toContain('<code class="hljs">');
    expect(closed).toContain('<span class="hljs-keyword">interface</span>');
    expect(closed).toContain('<span class="hljs-keyword">export</span>');
    expect(closed).toContain('<span class="hljs-comment">// Sort a copy: the caller keeps its order.</span>');
  });

  it('gives every code block a language label and a Copy button', () => {
    const html = render('```python\nprint(1)\n```\n\n```\nplain\n```');
    expect(html.match(/aria-label="Copy code"/g)).toHaveLength(2);
    expect(html).toContain('<span class="md-code-lang">python</span>');
    expect(html).toContain('<span class="md-code-lang">text</span>');
  });

  it('leaves code in unknown languages plain', () => {
    expect(render('```brainfuck\n++>-\n```')).toContain('<pre><code>++&gt;-</code></pre>');
  });

  it('shows a half-written table as far as it goes: the header row first, then rows as they arrive', () => {
    expect(render('| Model | Cost |\n|---|--')).toContain(
      '<thead><tr><th>Model</th><th>Cost</th></tr></thead>',
    );
    expect(render('| Model | Cost |\n|---|---|\n| MiniMax | 0.3')).toContain(
      '<tbody><tr><td>MiniMax</td><td>0.3</td></tr></tbody>',
    );
  });
});

describe('markdown features', () => {
  it('renders GFM tables with column alignment', () => {
    const html = render('| Model | Price | Notes |\n|:--|--:|:-:|\n| a | **1** | ~~x~~ |');
    expect(html).toContain(
      '<thead><tr><th class="md-align-left">Model</th><th class="md-align-right">Price</th><th class="md-align-center">Notes</th></tr></thead>',
    );
    expect(html).toContain(
      '<td class="md-align-left">a</td><td class="md-align-right"><strong>1</strong></td><td class="md-align-center"><del>x</del></td>',
    );
  });

  it('renders nested lists, ordered lists that start elsewhere, and task lists', () => {
    expect(render('3. three\n4. four\n   - nested *item*\n     1. deeper')).toBe(
      '<div class="markdown"><div class="md-group"><ol start="3"><li>three</li><li>four<ul><li>nested <em>item</em><ol><li>deeper</li></ol></li></ul></li></ol></div></div>',
    );
    expect(render('- [x] done\n- [ ] todo')).toBe(
      '<div class="markdown"><div class="md-group"><ul><li class="md-task"><input type="checkbox" class="md-checkbox" disabled="" readOnly="" checked=""/>done</li><li class="md-task"><input type="checkbox" class="md-checkbox" disabled="" readOnly=""/>todo</li></ul></div></div>',
    );
  });

  it('renders headings, quotes, rules, inline code, emphasis and strikethrough', () => {
    expect(render('# Title\n\n> quoted *text*\n\n---\n\nUse `npm test`, **now** or ~~never~~.')).toBe(
      '<div class="markdown"><div class="md-group"><h1>Title</h1><blockquote><p>quoted <em>text</em></p></blockquote><hr/><p>Use <code>npm test</code>, <strong>now</strong> or <del>never</del>.</p></div></div>',
    );
  });

  it('leaves math as the text it is', () => {
    expect(render('Energy: $E = mc^2$')).toBe(
      '<div class="markdown"><div class="md-group"><p>Energy: $E = mc^2$</p></div></div>',
    );
  });
});
