import crypto from 'node:crypto';

/**
 * Field encryption for personal data at rest (PL-7, DOMAIN §9): AES-256-GCM with a key id in
 * every ciphertext so keys can rotate (old ids stay decryptable), and an HMAC-SHA256 blind index
 * so exact-match lookups work without decrypting.
 *
 * Ciphertext format: `v1.<keyId>.<iv b64url>.<ciphertext b64url>.<tag b64url>`.
 */
export type FieldCrypto = {
  activeKeyId: string;
  encrypt(plain: string): string;
  decrypt(cipher: string): string;
  blindIndex(value: string): string;
  keyIdOf(cipher: string): string;
  /** Ids of the configured field keys (the active one first). */
  keyIds(): string[];
  /**
   * A check value proving possession of a key without revealing it: HMAC-SHA256 of a fixed,
   * domain-separated text under the key (a PRF output says nothing about the key). Null when
   * the key id is not configured. Backups record these; a restore compares them.
   */
  keyCheck(keyId: string): string | null;
  /** The same for the blind-index key: a different key gives silently failing lookups. */
  blindIndexCheck(): string;
  /**
   * HMAC-SHA256 (base64url) under a subkey derived (HKDF) from the blind-index key for one
   * purpose, e.g. signing audit anchors: a stable, escrowed secret the database does not hold.
   */
  mac(purpose: string, data: string): string;
};

const KEY_CHECK_TEXT = 'policyhub field key check v1\n';
const BLIND_INDEX_CHECK_TEXT = 'policyhub blind index key check v1';

export function parseKeyList(spec: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const part of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [id, b64] = part.split(':');
    if (!id || !b64) throw new Error('FIELD_ENCRYPTION_KEYS 格式应为 id:base64,id:base64');
    const key = Buffer.from(b64, 'base64');
    if (key.length !== 32) throw new Error(`字段加密密钥 ${id} 必须是 32 字节（base64 编码）`);
    keys.set(id, key);
  }
  if (keys.size === 0) throw new Error('未配置字段加密密钥');
  return keys;
}

export function createFieldCrypto(keySpec: string, blindIndexKeyB64: string): FieldCrypto {
  const keys = parseKeyList(keySpec);
  const activeKeyId = [...keys.keys()][0]!;
  const activeKey = keys.get(activeKeyId)!;
  const indexKey = Buffer.from(blindIndexKeyB64, 'base64');
  if (indexKey.length < 16) throw new Error('BLIND_INDEX_KEY 至少 16 字节');
  return {
    activeKeyId,
    encrypt(plain) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', activeKey, iv);
      cipher.setAAD(Buffer.from(activeKeyId));
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [
        'v1',
        activeKeyId,
        iv.toString('base64url'),
        ct.toString('base64url'),
        tag.toString('base64url'),
      ].join('.');
    },
    decrypt(value) {
      const [version, keyId, iv, ct, tag] = value.split('.');
      if (version !== 'v1' || !keyId || !iv || ct === undefined || !tag) throw new Error('密文格式错误');
      const key = keys.get(keyId);
      if (!key) throw new Error(`缺少字段加密密钥 ${keyId}`);
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(keyId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
    blindIndex(value) {
      return crypto.createHmac('sha256', indexKey).update(value).digest('hex');
    },
    keyIdOf(value) {
      return value.split('.')[1] ?? '';
    },
    keyIds() {
      return [...keys.keys()];
    },
    keyCheck(keyId) {
      const key = keys.get(keyId);
      if (!key) return null;
      return crypto
        .createHmac('sha256', key)
        .update(KEY_CHECK_TEXT + keyId)
        .digest('base64url');
    },
    mac(purpose, data) {
      const subkey = Buffer.from(
        crypto.hkdfSync('sha256', indexKey, Buffer.alloc(0), `policyhub ${purpose} v1`, 32),
      );
      return crypto.createHmac('sha256', subkey).update(data).digest('base64url');
    },
    blindIndexCheck() {
      return crypto.createHmac('sha256', indexKey).update(BLIND_INDEX_CHECK_TEXT).digest('base64url');
    },
  };
}
