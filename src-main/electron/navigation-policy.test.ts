import { describe, expect, it } from 'vitest';
import { decideWindowOpen, shouldAllowNavigation } from './navigation-policy.ts';

const APP = 'file:///app/out/renderer/index.html';

describe('navigation policy', () => {
  it('allows only the app page itself', () => {
    expect(shouldAllowNavigation('file:///app/out/renderer/index.html#history', APP)).toBe(true);
    expect(shouldAllowNavigation('https://api.minimax.io/', APP)).toBe(false);
    expect(shouldAllowNavigation('file:///etc/passwd', APP)).toBe(false);
    expect(shouldAllowNavigation('javascript:alert(1)', APP)).toBe(false);
  });

  it('denies every new window and hands only https links to the system browser', () => {
    expect(decideWindowOpen('https://platform.minimax.io/docs')).toEqual({
      action: 'deny',
      openExternally: 'https://platform.minimax.io/docs',
    });
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      '',
    ]) {
      expect(decideWindowOpen(url)).toEqual({ action: 'deny' });
    }
  });
});
