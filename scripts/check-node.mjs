// The Node version check, run before anything that needs a modern Node: first by every npm entry
// point (`node scripts/check-node.mjs && …`) and by bin/arena.js. Older Node cannot load the
// project's TypeScript, so this file is plain JavaScript that old versions parse (any Node with ES
// modules, 14 and up): no TypeScript, no ?. or ??, no top-level await.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The oldest Node the project runs on; package.json's engines field says the same (a test checks). */
export const MINIMUM_NODE = [22, 19, 0];

function parseVersion(version) {
  const parts = String(version).replace(/^v/, '').split('.');
  const numbers = [];
  for (let index = 0; index < 3; index++) {
    const part = parts[index] === undefined ? '0' : parts[index];
    if (!/^\d+$/.test(part)) return null;
    numbers.push(Number(part));
  }
  return numbers;
}

function atLeastMinimum(numbers) {
  for (let index = 0; index < MINIMUM_NODE.length; index++) {
    if (numbers[index] !== MINIMUM_NODE[index]) return numbers[index] > MINIMUM_NODE[index];
  }
  return true;
}

/** Why this Node version cannot run BYOK Arena, in one sentence, or null when it can. */
export function nodeVersionProblem(version, execPath) {
  const numbers = parseVersion(version);
  if (numbers && atLeastMinimum(numbers)) return null;
  const where = execPath ? ` (${execPath})` : '';
  const wanted = `${MINIMUM_NODE[0]}.${MINIMUM_NODE[1]}`;
  return `BYOK Arena needs Node ${wanted} or newer; you have ${String(version).replace(/^v/, '')}${where}.`;
}

/** On an unsupported Node: says so and what to do, on stderr, and exits 1. Otherwise returns quietly. */
export function exitUnlessSupportedNode() {
  const problem = nodeVersionProblem(process.versions.node, process.execPath);
  if (!problem) return;
  process.stderr.write(
    `${problem}\nInstall Node 24 (https://nodejs.org, or \`nvm install 24\`), check that \`node --version\` shows it, and run the command again.\n`,
  );
  process.exit(1);
}

const invokedPath = process.argv[1] ? resolve(process.argv[1]) : '';
if (invokedPath === fileURLToPath(import.meta.url)) exitUnlessSupportedNode();
