#!/usr/bin/env node
// Checks that the zh-CN and en-US catalogues have identical key sets and the same {placeholders}
// per key, and that no zh-CN text is left empty. Exits 1 on any difference.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'i18n');
const load = (name) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
const zh = load('zh-CN');
const en = load('en-US');

const problems = [];
const zhKeys = new Set(Object.keys(zh));
const enKeys = new Set(Object.keys(en));
for (const key of zhKeys) if (!enKeys.has(key)) problems.push(`en-US is missing "${key}"`);
for (const key of enKeys) if (!zhKeys.has(key)) problems.push(`zh-CN is missing "${key}"`);

const placeholders = (text) =>
  [...String(text).matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
for (const key of zhKeys) {
  if (typeof zh[key] !== 'string' || zh[key].trim() === '') problems.push(`zh-CN "${key}" is empty`);
  if (!enKeys.has(key)) continue;
  if (typeof en[key] !== 'string' || en[key].trim() === '') problems.push(`en-US "${key}" is empty`);
  if (placeholders(zh[key]) !== placeholders(en[key])) {
    problems.push(
      `"${key}" placeholders differ: zh-CN {${placeholders(zh[key])}} vs en-US {${placeholders(en[key])}}`,
    );
  }
}

if (problems.length > 0) {
  console.error(`i18n check failed (${problems.length}):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`i18n check passed: ${zhKeys.size} keys in zh-CN and en-US, placeholders match.`);
