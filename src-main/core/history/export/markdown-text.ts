// Putting text of any origin (answers, prompts, model names, provider messages) into Markdown
// without letting it change the report's structure. Linear in the text's length.

/**
 * A fenced code block that `text` cannot close: the fence is one backtick longer than the longest
 * run of backticks inside (CommonMark closes a fence only with a run at least as long).
 */
export function fenced(text: string, info: string): string {
  let longest = 0;
  let run = 0;
  for (let index = 0; index < text.length; index++) {
    run = text.charCodeAt(index) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `${fence}${info}\n${body}${fence}`;
}

/** Characters that could start emphasis, code, links, HTML, a table cell or a heading. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&#]/g;

/** One line of plain text: line breaks become spaces, Markdown and HTML syntax is escaped. */
export function inline(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(INLINE_SPECIAL, '\\$&');
}
