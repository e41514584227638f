import { decodeHTMLStrict } from 'entities/decode';

/** Markdown text keeps character references ("&amp;", "&#39;") as written; React shows text literally. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}
