import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_DOCS } from '../src/platform/config.js';

const readme = fs.readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('documents every environment variable the server reads', () => {
    const missing = Object.keys(CONFIG_DOCS).filter(
      (key) => !new RegExp(`\\|\\s*\`${key}\`\\s*\\|`).test(readme),
    );
    expect(missing).toEqual([]);
  });

  it('shows the two commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });
});
