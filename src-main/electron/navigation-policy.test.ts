import { describe, expect, it } from 'vitest';
import { decideWindowOpen, shouldAllowNavigation } from './navigation-policy.ts';

const APP = 'app://arena/index.html';
const DEV = 'http://127.0.0.1:5173/';

describe('navigation policy', () => {
  it('allows staying on the app origin (a hash change, a reload)', () => {
    expect(shouldAllowNavigation('app://arena/index.html#history', APP)).toBe(true);
    expect(shouldAllowNavigation('app://arena/index.html', APP)).toBe(true);
    expect(shouldAllowNavigation('http://127.0.0.1:5173/#keys', DEV)).toBe(true);
  });

  it('refuses every other origin, file: pages included', () => {
    for (const url of [
      'https://api.minimax.io/',
      'app://evil/index.html',
      'app://arena.evil/index.html',
      'app://arena:1/index.html',
      'app://evil@arena/index.html',
      'file:///etc/passwd',
      'file://other-host/share/out/renderer/index.html',
      'javascript:alert(1)',
      'data:text/html,hi',
      '',
    ]) {
      expect(shouldAllowNavigation(url, APP), url).toBe(false);
    }
    for (const url of [
      'http://127.0.0.1:5174/',
      'http://localhost:5173/',
      'https://127.0.0.1:5173/',
      'http://127.0.0.1:5173@evil.example/',
    ]) {
      expect(shouldAllowNavigation(url, DEV), url).toBe(false);
    }
  });

  it('denies every new window and hands only allow-listed https links to the system browser', () => {
    expect(decideWindowOpen('https://platform.minimax.io/docs')).toEqual({
      action: 'deny',
      openExternally: 'https://platform.minimax.io/docs',
    });
    for (const url of [
      'https://example.com/',
      'https://platform.openai.com.evil.com/',
      'https://evil.com/platform.openai.com',
      'https://platform.openai.com@evil.com/',
      'http://platform.openai.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      '',
    ]) {
      expect(decideWindowOpen(url), url).toEqual({ action: 'deny' });
    }
  });
});
