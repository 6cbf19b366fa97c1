#!/usr/bin/env node
// `npx policyhub …` — runs the built CLI when present, otherwise the TypeScript sources via tsx.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (existsSync(dist) && !process.env.POLICYHUB_FROM_SOURCE) {
  await import(new URL('../dist/cli.js', import.meta.url).href);
} else {
  const src = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const result = spawnSync(process.execPath, ['--conditions=development', '--import', 'tsx', src, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
