import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../providers/registry.ts';
import { allowedExternalLink, EXTERNAL_LINK_HOSTS } from './external-links.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe('external link allow-list', () => {
  it('opens https links to listed hosts, normalized', () => {
    expect(allowedExternalLink('https://platform.openai.com/api-keys')).toBe(
      'https://platform.openai.com/api-keys',
    );
    expect(allowedExternalLink('https://PLATFORM.MiniMax.io/docs?x=1#y')).toBe(
      'https://platform.minimax.io/docs?x=1#y',
    );
    expect(allowedExternalLink('https://github.com:443/BerriAI/litellm')).toBe(
      'https://github.com/BerriAI/litellm',
    );
  });

  it.each([
    ['a host that only starts like a listed one', 'https://platform.openai.com.evil.com/'],
    ['a listed host in the path', 'https://evil.com/platform.openai.com'],
    ['a listed host as the user name', 'https://platform.openai.com@evil.com/'],
    ['user name and password on a listed host', 'https://user:pass@platform.openai.com/'],
    ['a user name alone on a listed host', 'https://user@github.com/'],
    ['a subdomain of a listed host', 'https://evil.github.com/'],
    ['a trailing dot', 'https://github.com./'],
    ['plain http', 'http://platform.openai.com/'],
    ['another port', 'https://platform.openai.com:8443/'],
    ['a scheme-relative link', '//platform.openai.com/'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['a network share', 'smb://host/share'],
    ['not a URL', 'not a url'],
    ['empty', ''],
    ['an overlong link', `https://github.com/${'a'.repeat(5000)}`],
  ])('refuses %s', (_name, url) => {
    expect(allowedExternalLink(url)).toBeNull();
  });

  it('opens the sources the quality attribution line links to', () => {
    for (const link of [
      'https://artificialanalysis.ai/',
      'https://arena.ai/leaderboard/text',
      'https://lmarena.ai/',
    ]) {
      expect(allowedExternalLink(link), link).toBe(link);
    }
  });

  it('covers every provider docs link the app shows', () => {
    for (const provider of Object.values(PROVIDERS)) {
      expect(allowedExternalLink(provider.docsUrl), `${provider.id}: ${provider.docsUrl}`).toBe(
        new URL(provider.docsUrl).href,
      );
    }
  });

  it('covers every https link written in the renderer', () => {
    const files = readdirSync(join(ROOT, 'src-renderer'), { recursive: true, withFileTypes: true })
      // The app's own files: tests and their fixtures quote example URLs the app never opens.
      .filter((entry) => entry.isFile() && /\.(tsx?|html|css)$/.test(entry.name))
      .filter((entry) => !/\.test\.tsx?$|test-fixtures\.ts$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(5);
    const offenders: string[] = [];
    for (const file of files) {
      for (const [link] of readFileSync(file, 'utf8').matchAll(/https:\/\/[^\s'"`<>)\\]+/g)) {
        // "https://…" in a placeholder or a validation hint is not a link.
        if (!URL.canParse(link) || !new URL(link).hostname.includes('.')) continue;
        const host = new URL(link).hostname;
        if (!EXTERNAL_LINK_HOSTS.has(host)) offenders.push(`${relative(ROOT, file)}: ${link}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
