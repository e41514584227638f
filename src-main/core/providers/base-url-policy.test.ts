import { describe, expect, it } from 'vitest';
import { baseUrlRefusal } from './base-url-policy.ts';
import { PROVIDERS } from './registry.ts';

describe('base URL policy', () => {
  it.each([
    ['minimax', 'https://api.minimaxi.com/anthropic'],
    ['minimax', 'https://api.minimax.io'],
    ['openai', 'https://api.openai.com/v1'],
    ['openai', 'http://127.0.0.1:4000/v1'],
    ['anthropic', 'http://localhost:8080'],
    ['custom', 'http://192.168.1.20:11434/v1'],
    ['custom', 'https://llm.example.com/v1'],
  ] as const)('%s may use %s', (provider, url) => {
    expect(baseUrlRefusal(PROVIDERS[provider], url)).toBeNull();
  });

  it.each([
    ['openai', 'https://attacker.example/v1', 'api.openai.com'],
    ['minimax', 'https://api.minimax.io.attacker.example/v1', 'api.minimax.io or api.minimaxi.com'],
    ['anthropic', 'http://api.anthropic.com', 'api.anthropic.com'],
    ['custom', 'https://user:secret@llm.example.com', 'Keys page'],
    ['custom', 'file:///etc/passwd', 'https://'],
  ] as const)('%s may not use %s', (provider, url, hint) => {
    expect(baseUrlRefusal(PROVIDERS[provider], url)).toContain(hint);
  });
});
