import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { closersFor } from './close-open-markers.ts';
import { StreamingMarkdown } from './StreamingMarkdown.tsx';

function render(text: string, streaming: boolean): string {
  return renderToStaticMarkup(createElement(StreamingMarkdown, { text, streaming }));
}

describe('closing unterminated markers on the last line', () => {
  it.each([
    ['Use **bold te', '**'],
    ['run `npm te', '`'],
    ['a ``code with ` inside', '``'],
    ['~~gone', '~~'],
    ['an *aside', '*'],
    ['**bold with *italic', '***'],
    ['- **item', '**'],
    ['> 12. **quoted item', '**'],
    ['`**` is not bold', ''],
    ['**done** and *done*', ''],
    ['5*3 = 15', ''],
    ['2 * 3 and 4 ** 2', ''],
    ['snake_case and _under', ''],
    ['\\*\\*escaped', ''],
    ['* bullet only', ''],
  ])('%j needs %j', (line, closers) => {
    expect(closersFor(line)).toBe(closers);
  });
});

describe('StreamingMarkdown while streaming', () => {
  it('shows the last line as it will end while streaming, and as typed once finished', () => {
    expect(render('Intro.\n\nSome **bold te', true)).toBe(
      '<div class="markdown"><div class="md-group"><p>Intro.</p><p>Some <strong>bold te</strong></p></div></div>',
    );
    expect(render('Some **bold te', false)).toBe(
      '<div class="markdown"><div class="md-group"><p>Some **bold te</p></div></div>',
    );
    expect(render('- one\n- run `npm te', true)).toBe(
      '<div class="markdown"><div class="md-group"><ul><li>one</li><li>run <code>npm te</code></li></ul></div></div>',
    );
  });

  it('leaves code blocks and tables alone', () => {
    expect(render('```\nx = **y', true)).toContain('<code>x = **y</code>');
    expect(render('| a |\n|---|\n| **b', true)).toContain('<td>**b</td>');
  });
});
