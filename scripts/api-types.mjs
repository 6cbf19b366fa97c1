/**
 * The web's API types, generated from the server's OpenAPI description (openapi-typescript),
 * written to apps/web/src/api/schema.d.ts and formatted with the repository's prettier settings so
 * the committed file is byte-for-byte what a fresh generation gives.
 *
 * Usage (after `npm run openapi` has written apps/server/dist/openapi.json):
 *   node scripts/api-types.mjs          regenerate schema.d.ts   (npm run api:types)
 *   node scripts/api-types.mjs --check  exit 1 when the committed file differs (npm run api:check, CI)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specFile = path.join(root, 'apps/server/dist/openapi.json');
const outFile = path.join(root, 'apps/web/src/api/schema.d.ts');
const check = process.argv.includes('--check');

if (!fs.existsSync(specFile)) {
  console.error(`找不到 ${path.relative(root, specFile)}：请先运行 npm run openapi`);
  process.exit(2);
}

const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
const ast = await openapiTS(spec, { alphabetize: true });
const header =
  "// Generated from the server's OpenAPI description by `npm run api:types` " +
  '(scripts/api-types.mjs). Do not edit: CI (`npm run api:check`) fails when it drifts.\n';
const options = (await prettier.resolveConfig(outFile)) ?? {};
const fresh = await prettier.format(header + astToString(ast), { ...options, filepath: outFile });

const relative = path.relative(root, outFile);
if (check) {
  const committed = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
  if (committed !== fresh) {
    console.error(`${relative} 与服务端 OpenAPI 描述不一致：请运行 npm run api:types 并提交生成的文件`);
    process.exit(1);
  }
  console.log(`${relative} is up to date`);
} else {
  fs.writeFileSync(outFile, fresh);
  console.log(`wrote ${relative}`);
}
