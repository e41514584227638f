import { describe, expect, it } from 'vitest';
import { createSenderPolicy } from './sender-policy.ts';

describe('sender policy', () => {
  it('trusts the app page in a file: build, ignoring hash and query', () => {
    const trusted = createSenderPolicy('file:///app/out/renderer/index.html');
    expect(trusted({ url: 'file:///app/out/renderer/index.html#/keys', isMainFrame: true })).toBe(true);
    expect(trusted({ url: 'file:///app/out/renderer/other.html', isMainFrame: true })).toBe(false);
  });

  it('trusts the dev or test server by origin only', () => {
    const trusted = createSenderPolicy('http://127.0.0.1:5173/');
    expect(trusted({ url: 'http://127.0.0.1:5173/index.html', isMainFrame: true })).toBe(true);
    expect(trusted({ url: 'http://127.0.0.1:5174/index.html', isMainFrame: true })).toBe(false);
    expect(trusted({ url: 'http://localhost:5173/', isMainFrame: true })).toBe(false);
  });

  it('never trusts a subframe', () => {
    const trusted = createSenderPolicy('http://127.0.0.1:5173/');
    expect(trusted({ url: 'http://127.0.0.1:5173/', isMainFrame: false })).toBe(false);
  });
});
