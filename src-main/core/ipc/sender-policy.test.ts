import { describe, expect, it } from 'vitest';
import { createSenderPolicy } from './sender-policy.ts';

const top = (url: string) => ({ url, isMainFrame: true });

describe('sender policy', () => {
  it('trusts every page of the app:// origin, whatever the path, hash or query', () => {
    const trusted = createSenderPolicy('app://arena/index.html');
    expect(trusted(top('app://arena/index.html'))).toBe(true);
    expect(trusted(top('app://arena/index.html#/keys'))).toBe(true);
    expect(trusted(top('app://arena/?x=1'))).toBe(true);
  });

  it('refuses any other app:// host, including look-alikes (Node gives them all the origin "null")', () => {
    const trusted = createSenderPolicy('app://arena/index.html');
    for (const url of [
      'app://evil/index.html',
      'app://arena.evil/index.html',
      'app://evil.arena/index.html',
      'app://arena:8080/index.html',
      'app:///index.html',
      'app:arena/index.html',
      'app://%61rena/index.html',
    ]) {
      expect(trusted(top(url)), url).toBe(false);
    }
  });

  it('refuses URLs with user info, even when the host after the @ is ours', () => {
    const app = createSenderPolicy('app://arena/index.html');
    expect(app(top('app://evil@arena/index.html'))).toBe(false);
    expect(app(top('app://arena@evil/index.html'))).toBe(false);
    const dev = createSenderPolicy('http://127.0.0.1:5173/');
    expect(dev(top('http://user:pass@127.0.0.1:5173/'))).toBe(false);
    expect(dev(top('http://127.0.0.1:5173@evil.example/'))).toBe(false);
  });

  it('never trusts file: pages, from this machine or from a network share', () => {
    const trusted = createSenderPolicy('app://arena/index.html');
    for (const url of [
      'file:///app/out/renderer/index.html',
      'file://other-host/share/out/renderer/index.html',
      'file://arena/index.html',
    ]) {
      expect(trusted(top(url)), url).toBe(false);
    }
  });

  it('refuses to be built for a file: page: the app is served from app:// instead', () => {
    expect(() => createSenderPolicy('file:///app/out/renderer/index.html')).toThrow(/app:\/\//);
    expect(() => createSenderPolicy('file://other-host/share/index.html')).toThrow(/app:\/\//);
  });

  it('trusts the dev or test server by its whole origin: scheme, host and port', () => {
    const trusted = createSenderPolicy('http://127.0.0.1:5173/');
    expect(trusted(top('http://127.0.0.1:5173/index.html'))).toBe(true);
    expect(trusted(top('http://127.0.0.1:5174/index.html'))).toBe(false);
    expect(trusted(top('http://127.0.0.1/index.html'))).toBe(false);
    expect(trusted(top('https://127.0.0.1:5173/index.html'))).toBe(false);
    expect(trusted(top('http://localhost:5173/'))).toBe(false);
    expect(trusted(top('app://arena/index.html'))).toBe(false);
  });

  it('refuses senders that are not URLs or have no origin', () => {
    const trusted = createSenderPolicy('app://arena/index.html');
    for (const url of ['', 'not a url', 'about:blank', 'data:text/html,hi', 'javascript:alert(1)']) {
      expect(trusted(top(url)), url).toBe(false);
    }
  });

  it('never trusts a subframe', () => {
    expect(
      createSenderPolicy('http://127.0.0.1:5173/')({ url: 'http://127.0.0.1:5173/', isMainFrame: false }),
    ).toBe(false);
    expect(createSenderPolicy('app://arena/index.html')({ url: 'app://arena/', isMainFrame: false })).toBe(
      false,
    );
  });
});
