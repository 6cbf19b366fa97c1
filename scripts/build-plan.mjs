// Which parts of the build `npm start` may skip. Each step is one part of a workspace's `build`
// script (the steps of a workspace, joined with ' && ', are exactly that script: a test checks
// it). A step is up to date when the SHA-256 of its inputs' contents (and of the steps it
// depends on) equals the one recorded after its last successful run AND its outputs are still
// the files that run left (paths, sizes and modification times), so a changed source, a changed
// lockfile, a deleted or rebuilt dist all run the step again. Contents, not times, decide about
// inputs: a checkout that touches files without changing them skips.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Inputs of every step: dependency versions, patches, compiler settings, this plan, Node itself. */
export const SHARED_INPUTS = ['package-lock.json', 'patches', 'tsconfig.base.json', 'scripts/build-plan.mjs'];

/**
 * `label` is how the build line names a step it ran; `inputs` are files or folders (relative
 * to the repository); `deps` are steps whose inputs this step's output depends on; `outputs`
 * are folders the step writes, `outputFiles` the ones of those files that matter (npm run
 * openapi, for one, writes apps/server/dist/openapi.json). Test files are no input of a build
 * (each tsconfig excludes them, vite never imports them), except for the i18n check, which
 * reads every server source for audit actions.
 */
export const BUILD_STEPS = [
  {
    id: 'domain',
    label: 'domain (tsc)',
    workspace: 'packages/domain',
    command: 'tsc -b',
    inputs: ['packages/domain/src', 'packages/domain/package.json', 'packages/domain/tsconfig.json'],
    deps: [],
    outputs: ['packages/domain/dist'],
    outputFiles: /\.js$/,
  },
  {
    id: 'documents',
    label: 'documents (tsc)',
    workspace: 'packages/documents',
    command: 'tsc -b',
    inputs: ['packages/documents/src', 'packages/documents/package.json', 'packages/documents/tsconfig.json'],
    deps: ['domain'],
    outputs: ['packages/documents/dist'],
    outputFiles: /\.js$/,
  },
  {
    id: 'server',
    label: 'server (tsc)',
    workspace: 'apps/server',
    command: 'tsc -b && node scripts/copy-assets.mjs',
    inputs: [
      'apps/server/src',
      'apps/server/scripts',
      'apps/server/package.json',
      'apps/server/tsconfig.json',
    ],
    deps: ['domain', 'documents'],
    outputs: ['apps/server/dist'],
    outputFiles: /\.js$/,
  },
  {
    id: 'web-i18n',
    label: 'web i18n check',
    workspace: 'apps/web',
    command: 'node scripts/check-i18n.mjs',
    inputs: ['apps/web/src/i18n', 'apps/web/scripts/check-i18n.mjs', 'apps/server/src'],
    includeTests: true,
    deps: [],
    outputs: [],
  },
  {
    id: 'web',
    label: 'web (vite)',
    workspace: 'apps/web',
    command: 'vite build',
    // vite bundles @policyhub/domain from its TypeScript sources (the 'development' condition).
    inputs: [
      'apps/web/src',
      'apps/web/public',
      'apps/web/index.html',
      'apps/web/vite.config.ts',
      'apps/web/package.json',
      'apps/web/tsconfig.json',
    ],
    deps: ['domain'],
    outputs: ['apps/web/dist'],
    outputFiles: /./,
  },
];

const TEST_FILE = /\.test\.tsx?$/;

/** Every file under `target` (a file or a folder), as sorted paths relative to `root`. */
export function listFiles(root, target, { includeTests = false } = {}) {
  const absolute = path.join(root, target);
  if (!fs.existsSync(absolute)) return [];
  if (!fs.statSync(absolute).isDirectory()) return [target];
  return fs
    .readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => includeTests || !TEST_FILE.test(file))
    .sort();
}

/** SHA-256 over the paths and contents of `files` (a missing input counts as its absence). */
function hashFiles(root, files, hash) {
  for (const file of files) {
    const content = fs.readFileSync(path.join(root, file));
    hash.update(`${file}\0${content.length}\0`);
    hash.update(content);
  }
}

/** Hashes of every step's inputs, a step's including those of its `deps`. */
export function inputHashes(root, steps = BUILD_STEPS, env = { node: process.version }) {
  const shared = crypto.createHash('sha256');
  shared.update(`node ${env.node}\0`);
  hashFiles(
    root,
    SHARED_INPUTS.flatMap((input) => listFiles(root, input)),
    shared,
  );
  const sharedHash = shared.digest('hex');
  const hashes = new Map();
  for (const step of steps) {
    const hash = crypto.createHash('sha256');
    hash.update(`${sharedHash}\0${step.id}\0${step.command}\0`);
    for (const dep of step.deps) {
      if (!hashes.has(dep)) throw new Error(`build step ${step.id} depends on ${dep}, which must come first`);
      hash.update(`${dep}=${hashes.get(dep)}\0`);
    }
    const files = step.inputs.flatMap((input) => listFiles(root, input, { includeTests: step.includeTests }));
    hashFiles(root, [...new Set(files)], hash);
    hashes.set(step.id, hash.digest('hex'));
  }
  return hashes;
}

/** What a step left behind: each output file's path, size and modification time ('' = none expected). */
export function outputsFingerprint(root, step) {
  if (step.outputs.length === 0) return '';
  const hash = crypto.createHash('sha256');
  let count = 0;
  for (const output of step.outputs) {
    for (const file of listFiles(root, output, { includeTests: true })) {
      if (!step.outputFiles.test(file)) continue;
      const stat = fs.statSync(path.join(root, file));
      hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\0`);
      count++;
    }
  }
  return count === 0 ? 'missing' : hash.digest('hex');
}

/**
 * The plan: for each step, whether it must run and why ('never built', 'inputs changed',
 * 'outputs changed') or null when up to date. `stamps` is what `stampFor` recorded last time.
 */
export function planBuild(root, stamps, steps = BUILD_STEPS, hashes = inputHashes(root, steps)) {
  return steps.map((step) => {
    const stamp = stamps[step.id];
    const inputs = hashes.get(step.id);
    const reason = !stamp
      ? 'never built'
      : stamp.inputs !== inputs
        ? 'inputs changed'
        : stamp.outputs !== outputsFingerprint(root, step)
          ? 'outputs changed'
          : null;
    return { step, inputs, reason };
  });
}

/** The record of a successful run of `step` built from `inputs`. */
export function stampFor(root, step, inputs) {
  return { inputs, outputs: outputsFingerprint(root, step), at: new Date().toISOString() };
}

/** Stamps live with the installed dependencies: `npm ci` starts from a full build. */
export const STAMPS_FILE = 'node_modules/.cache/policyhub/build-stamps.json';

export function readStamps(root) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, STAMPS_FILE), 'utf8'));
  } catch {
    return {};
  }
}

export function writeStamps(root, stamps) {
  const file = path.join(root, STAMPS_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(stamps, null, 2));
  fs.renameSync(`${file}.tmp`, file);
}
