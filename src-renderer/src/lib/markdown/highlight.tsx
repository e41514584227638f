import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import css from 'highlight.js/lib/languages/css';
import go from 'highlight.js/lib/languages/go';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import markdown from 'highlight.js/lib/languages/markdown';
import python from 'highlight.js/lib/languages/python';
import rust from 'highlight.js/lib/languages/rust';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import { createLowlight } from 'lowlight';
import type { ReactNode } from 'react';

// A handful of common languages (each grammar adds to the bundle); their aliases come along
// (ts, js, py, sh, html, yml, md, rs, golang, c++ ...). Anything else is shown plain.
const lowlight = createLowlight({
  bash,
  c,
  cpp,
  css,
  go,
  java,
  javascript,
  json,
  markdown,
  python,
  rust,
  sql,
  typescript,
  xml,
  yaml,
});

type HighlightTree = ReturnType<typeof lowlight.highlight>;
type TreeNode = HighlightTree['children'][number];
type Element = Extract<TreeNode, { type: 'element' }>;
type ElementContent = Element['children'][number];

/** Past this, a code block is shown plain: highlighting time grows with the block and a provider sets its size. */
export const MAX_HIGHLIGHT_CHARS = 64 * 1024;
const MAX_LANGUAGE_CHARS = 32;

/** The grammar name for a fence's info string ("ts", "Python {linenos}"), or null when none is registered. */
export function highlightLanguage(info: string | undefined): string | null {
  const name = info?.trim().split(/\s/, 1)[0]?.toLowerCase();
  if (!name || name.length > MAX_LANGUAGE_CHARS) return null;
  return lowlight.registered(name) ? name : null;
}

function toReact(node: ElementContent, key: number): ReactNode {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return null;
  return (
    <span key={key} className={classNames(node)}>
      {node.children.map(toReact)}
    </span>
  );
}

function classNames(element: Element): string | undefined {
  const names = element.properties.className;
  return Array.isArray(names) ? names.join(' ') : undefined;
}

/**
 * Highlighted code as React spans with highlight.js classes (hljs-keyword ...), built from lowlight's tree:
 * no HTML strings, nothing evaluated. Null when the language is unknown or the code is too long.
 */
export function highlightCode(code: string, info: string | undefined): ReactNode[] | null {
  const language = highlightLanguage(info);
  if (language === null || code.length > MAX_HIGHLIGHT_CHARS) return null;
  const tree = lowlight.highlight(language, code);
  return tree.children.map((node, i) => (node.type === 'doctype' ? null : toReact(node, i)));
}
