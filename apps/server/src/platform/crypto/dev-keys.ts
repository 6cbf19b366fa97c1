import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';

/**
 * Outside production, field keys missing from the environment are generated once and kept in
 * DATA_DIR/keys (never committed). Production refuses to start without explicit keys (config.ts).
 */
export function resolveFieldKeys(
  config: Config,
  log: (msg: string) => void,
): { keys: string; blindIndexKey: string } {
  if (config.fieldEncryptionKeys && config.blindIndexKey) {
    return { keys: config.fieldEncryptionKeys, blindIndexKey: config.blindIndexKey };
  }
  const dir = path.join(config.dataDir, 'keys');
  const file = path.join(dir, 'field-keys.json');
  if (fs.existsSync(file)) {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { keys: string; blindIndexKey: string };
    return {
      keys: config.fieldEncryptionKeys ?? saved.keys,
      blindIndexKey: config.blindIndexKey ?? saved.blindIndexKey,
    };
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const generated = {
    keys: `dev1:${crypto.randomBytes(32).toString('base64')}`,
    blindIndexKey: crypto.randomBytes(32).toString('base64'),
  };
  fs.writeFileSync(file, JSON.stringify(generated), { mode: 0o600 });
  log(
    `⚠️  未配置字段加密密钥，已为开发环境生成 ${file}。生产环境请设置 FIELD_ENCRYPTION_KEYS 与 BLIND_INDEX_KEY。`,
  );
  return {
    keys: config.fieldEncryptionKeys ?? generated.keys,
    blindIndexKey: config.blindIndexKey ?? generated.blindIndexKey,
  };
}

/** The field keys as configured (environment) or kept in DATA_DIR/keys, e.g. to carry them in a backup. */
export type FieldKeyMaterial = { keys: string; blindIndexKey: string };

/** True when the environment sets the field keys: then a key file cannot replace them. */
export function fieldKeysFromEnvironment(config: Config): boolean {
  return Boolean(config.fieldEncryptionKeys || config.blindIndexKey);
}

/**
 * Installs field keys carried by a backup as DATA_DIR/keys/field-keys.json (development keys),
 * keeping the file it replaces next to it. Written to a temporary file first and renamed, so the
 * key file is either the old one or the new one, never half written.
 */
export function installFieldKeys(
  config: Config,
  material: FieldKeyMaterial,
): { file: string; previous: string | null } {
  const dir = path.join(config.dataDir, 'keys');
  const file = path.join(dir, 'field-keys.json');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  let previous: string | null = null;
  if (fs.existsSync(file)) {
    previous = path.join(
      dir,
      `field-keys.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    );
    fs.copyFileSync(file, previous);
    fs.chmodSync(previous, 0o600);
  }
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(material), { mode: 0o600 });
  fs.renameSync(temp, file);
  return { file, previous };
}
