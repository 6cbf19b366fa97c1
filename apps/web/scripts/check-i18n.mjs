#!/usr/bin/env node
// Checks that the zh-CN and en-US catalogues have identical key sets and the same {placeholders}
// per key, that no zh-CN text is left empty, and that every audit action the server writes
// (`action: '…'` in apps/server/src) has a label, so the audit page never shows a raw code.
// Exits 1 on any difference.
import { readdirSync, readFileSync } from 'node:fs';
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

// Audit actions written as literals (also both arms of a conditional); actions built from a
// variable are listed here by hand.
const serverSrc = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'src');
const DYNAMIC_ACTIONS = [
  'exchange_application.accept',
  'exchange_application.decline',
  'exchange_application.manual',
  'approval.approve',
  'approval.return',
  'approval.reject',
];
const actions = new Set(DYNAMIC_ACTIONS);
for (const entry of readdirSync(serverSrc, { recursive: true })) {
  if (!String(entry).endsWith('.ts')) continue;
  for (const line of readFileSync(join(serverSrc, String(entry)), 'utf8').split('\n')) {
    if (!/\baction: /.test(line)) continue;
    for (const m of line.matchAll(/'([a-z_]+\.[a-z_.]+)'/g)) actions.add(m[1]);
  }
}
for (const action of actions) {
  if (!zhKeys.has(`auditAction.${action}`))
    problems.push(`audit action "${action}" has no label auditAction.${action}`);
}

if (problems.length > 0) {
  console.error(`i18n check failed (${problems.length}):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(
  `i18n check passed: ${zhKeys.size} keys in zh-CN and en-US, placeholders match, ${actions.size} audit actions labelled.`,
);
