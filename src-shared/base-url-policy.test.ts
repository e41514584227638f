import { describe, expect, it } from 'vitest';
import { baseUrlProblem } from './base-url-policy.ts';

describe('base URL policy', () => {
  it.each([
    ['minimax', 'https://api.minimaxi.com/anthropic'],
    ['minimax', 'https://api.minimax.io'],
    ['openai', 'https://api.openai.com/v1'],
    ['openai', 'https://api.openai.com/another/path'],
    ['openai', 'http://127.0.0.1:4000/v1'],
    ['openai', 'http://127.8.9.10:4000/v1'],
    ['anthropic', 'http://localhost:8080'],
    ['deepseek', 'http://[::1]:8000/v1'],
    ['moonshot', 'https://api.moonshot.cn/v1'],
    ['gemini', 'https://generativelanguage.googleapis.com/v1beta/openai'],
    ['openrouter', 'https://openrouter.ai/api/v1'],
    ['custom', 'http://192.168.1.20:11434/v1'],
    ['custom', 'https://llm.example.com/v1'],
  ] as const)('%s may use %s', (provider, url) => {
    expect(baseUrlProblem(provider, url)).toBeNull();
  });

  it.each([
    ['openai', 'https://attacker.example/v1', 'OpenAI keys are sent only to api.openai.com or to a server'],
    ['minimax', 'https://api.minimax.io.attacker.example/v1', 'api.minimax.io or api.minimaxi.com'],
    ['anthropic', 'http://api.anthropic.com', 'api.anthropic.com'],
    ['openai', 'https://api.openai.com:8443/v1', 'api.openai.com'],
    ['openai', 'http://127.0.0.1.attacker.example/v1', 'api.openai.com'],
    ['openai', 'http://localhost.attacker.example/v1', 'api.openai.com'],
    ['gemini', 'https://attacker.example/v1', 'Google Gemini keys'],
    ['deepseek', 'https://attacker.example/v1', 'use the OpenAI-compatible (custom) provider'],
    ['custom', 'https://user:secret@llm.example.com', 'Keys page'],
    ['openai', 'https://user@api.openai.com/v1', 'Keys page'],
    ['custom', 'file:///etc/passwd', 'https://'],
    ['custom', 'not a url', 'is not a URL'],
  ] as const)('%s may not use %s', (provider, url, hint) => {
    expect(baseUrlProblem(provider, url)).toContain(hint);
  });
});
