import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// "A module writes only its own tables" (docs/ARCHITECTURE.md), checked on the source: each table
// in a tables.ts carries its owner(s) in a comment; a write (drizzle .insert/.update/.delete or raw
// `insert into ${table}` …) from any other module or platform part fails this test.
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

/** Writes that cross a boundary knowingly, each with its reason. Keep this list short. */
const KNOWN: Record<string, string> = {};

/** The files that define tables: every tables.ts, and the shared settings table. */
function tableFiles(): string[] {
  return [
    ...sourceFiles(SRC).filter((f) => path.basename(f) === 'tables.ts' && f !== path.join(SRC, 'tables.ts')),
    path.join(SRC, 'platform/db/settings.ts'),
  ];
}

/** Table variable → the modules/platform parts allowed to write it ('shared': anyone). */
function tableOwners(): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const file of tableFiles()) {
    let current: string[] = [];
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const owner = /\(owner: ([^)]+)\)/.exec(line);
      if (owner && /^\s*(\/\/|\/\*\*|\*)/.test(line))
        current = owner[1]!.split(',').map((o) => o.trim().split(/[\s;—]/)[0]!);
      const table = /^export const (\w+) = pgTable\(/.exec(line);
      if (table) owners.set(table[1]!, current);
    }
  }
  return owners;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('architecture: table ownership', () => {
  const owners = tableOwners();

  it('knows the owner of every table', () => {
    expect(owners.size).toBeGreaterThan(30);
    const unowned = [...owners].filter(([, o]) => o.length === 0).map(([t]) => t);
    expect(unowned).toEqual([]);
    expect(owners.get('users')).toEqual(['modules/accounts']);
    expect(owners.get('sessions')).toEqual(['modules/accounts', 'platform/http']);
  });

  it('no module or platform part writes a table it does not own (beyond the known, reasoned list)', () => {
    const found: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const rel = path.relative(SRC, file).split(path.sep).join('/');
      const part = /^((?:modules|platform|lines)\/[a-z-]+)\//.exec(rel)?.[1];
      if (!part) continue; // app wiring, CLI and demo seed stand outside the modules
      const text = fs.readFileSync(file, 'utf8');
      const writes = [
        ...text.matchAll(/\.(insert|update|delete)\((\w+)\)/g),
        ...text.matchAll(/\b(insert into|update|delete from) \$\{(\w+)\}/g),
      ];
      for (const [, verb, table] of writes) {
        const allowed = owners.get(table!);
        if (!allowed || allowed.includes('shared') || allowed.includes(part)) continue;
        found.push(`${rel} ${verb!.split(' ')[0]} ${table}`);
      }
    }
    const unexpected = [...new Set(found)].filter((w) => !(w in KNOWN));
    expect(unexpected, 'writes to another module’s table: call a function its index.ts exports').toEqual([]);
    // A known crossing that went away is removed from the list, so the list stays true.
    expect(Object.keys(KNOWN).filter((k) => !found.includes(k))).toEqual([]);
  });
});

// "Arrows point down only: lines → workflows → modules → platform" (docs/ARCHITECTURE.md). A module
// that needs a workflow (to combine modules) has it injected by app.ts, never imported.
describe('architecture: dependency direction', () => {
  it('no file under modules/ imports from workflows/ or lines/', () => {
    const found: string[] = [];
    for (const file of sourceFiles(path.join(SRC, 'modules'))) {
      const rel = path.relative(SRC, file).split(path.sep).join('/');
      const text = fs.readFileSync(file, 'utf8');
      const specifiers = [
        ...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g),
        ...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
      ].map((m) => m[1]!);
      for (const spec of specifiers) {
        if (!spec.startsWith('.')) continue;
        const target = path
          .relative(SRC, path.resolve(path.dirname(file), spec))
          .split(path.sep)
          .join('/');
        if (/^(workflows|lines)(\/|$)/.test(target)) found.push(`${rel} → ${spec}`);
      }
    }
    expect(found, 'a module imports a workflow or a line: inject it from app.ts instead').toEqual([]);
  });
});

/** Relative imports of a source file, resolved to paths under src/ (without the .js ending). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
  ]
    .map((m) => m[1]!)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) =>
      path
        .relative(SRC, path.resolve(path.dirname(file), spec))
        .split(path.sep)
        .join('/')
        .replace(/\.js$/, ''),
    );
}

/**
 * Reads of another module's tables that are still kept, each with its reason. A module reads another
 * module's data through that module's index.ts; keep this list short and empty it.
 */
const KNOWN_TABLE_IMPORTS: Record<string, string> = {};

// "A module never imports another module's tables.ts (it calls that module's index.ts)"; workflows
// combine modules through their index.ts only; a line imports no module's tables and no other line.
describe('architecture: borders between modules and lines', () => {
  const files = sourceFiles(SRC).map((file) => ({
    file,
    rel: path.relative(SRC, file).split(path.sep).join('/'),
  }));

  it('no module, workflow or line imports another module’s tables.ts', () => {
    const found: string[] = [];
    for (const { file, rel } of files) {
      const own = /^((?:modules|lines)\/[a-z-]+)\//.exec(rel)?.[1];
      if (!own && !rel.startsWith('workflows/')) continue;
      for (const target of importsOf(file)) {
        const owner = /^(modules\/[a-z-]+)\/tables$/.exec(target)?.[1];
        if (owner && owner !== own) found.push(`${rel} → ${target}`);
      }
    }
    const unexpected = [...new Set(found)].filter((k) => !(k in KNOWN_TABLE_IMPORTS));
    expect(unexpected, 'read another module’s data through its index.ts').toEqual([]);
    expect(Object.keys(KNOWN_TABLE_IMPORTS).filter((k) => !found.includes(k))).toEqual([]);
  });

  it('no module, workflow or line names another module’s table in raw SQL (which the import check cannot see)', () => {
    // SQL table name → the module whose tables.ts defines it.
    const sqlOwner = new Map<string, string>();
    for (const { file, rel } of files) {
      const owner = /^(modules\/[a-z-]+)\/tables\.ts$/.exec(rel)?.[1];
      if (!owner) continue;
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/pgTable\(\s*'(\w+)'/g))
        sqlOwner.set(m[1]!, owner);
    }
    expect(sqlOwner.get('product_versions')).toBe('modules/products');
    const found: string[] = [];
    for (const { file, rel } of files) {
      const own = /^((?:modules|lines)\/[a-z-]+)\//.exec(rel)?.[1];
      if (!own && !rel.startsWith('workflows/')) continue;
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/\b(?:from|join|into|update)\s+([a-z_]+)\b/gi)) {
        const owner = sqlOwner.get(m[1]!);
        if (owner && owner !== own) found.push(`${rel}: ${m[0]}`);
      }
    }
    expect(found, 'read another module’s data through its index.ts').toEqual([]);
  });

  it('no line imports another line', () => {
    const found: string[] = [];
    for (const { file, rel } of files) {
      const own = /^lines\/([a-z-]+)\//.exec(rel)?.[1];
      if (!own) continue;
      for (const target of importsOf(file)) {
        const other = /^lines\/([a-z-]+)(\/|$)/.exec(target)?.[1];
        if (other && other !== own && !/^lines\/registry/.test(target)) found.push(`${rel} → ${target}`);
      }
    }
    expect(found, 'lines are independent: share through a module or packages/domain').toEqual([]);
  });

  it('the platform imports no module, workflow or line', () => {
    const found: string[] = [];
    for (const { file, rel } of files) {
      if (!rel.startsWith('platform/')) continue;
      for (const target of importsOf(file))
        if (/^(modules|workflows|lines)(\/|$)/.test(target)) found.push(`${rel} → ${target}`);
    }
    expect(found).toEqual([]);
  });
});
