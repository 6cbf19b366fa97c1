import * as pkijs from 'pkijs';
import { publicKeyOf } from './algorithms.js';
import { type KeyMaterialPem, checkKeyMaterial } from './certificates.js';
import { OID, bytesEqual, encodeDer, namesEqual, parseAsn1, toArrayBuffer, toPem } from './der.js';

/**
 * Reads a PKCS#12 file (as exported by OpenSSL 3 or a CA: PBES2/AES or PBKDF2 MAC) into PEM key
 * material: the private key, the certificate matching it, and the other certificates as its chain.
 * Parsed with pkijs; node-forge is avoided on purpose (it mis-encodes Chinese names).
 */
export async function importPkcs12(p12: Uint8Array, password: string): Promise<KeyMaterialPem> {
  const pass = toArrayBuffer(new TextEncoder().encode(password));
  const pfx = new pkijs.PFX({ schema: parseAsn1(p12) });
  try {
    await pfx.parseInternalValues({ password: pass, checkIntegrity: true });
  } catch (err) {
    throw new Error(`PKCS#12 无法打开（密码错误或格式不受支持）：${(err as Error).message}`);
  }
  const safe = pfx.parsedValue?.authenticatedSafe;
  if (!safe) throw new Error('PKCS#12 中没有内容');
  await safe.parseInternalValues({ safeContents: safe.safeContents.map(() => ({ password: pass })) });

  const keys: Uint8Array[] = [];
  const certs: pkijs.Certificate[] = [];
  for (const contents of safe.parsedValue?.safeContents ?? []) {
    for (const bag of contents.value.safeBags) {
      if (bag.bagId === OID.pkcs8ShroudedKeyBag) {
        const shrouded = bag.bagValue as pkijs.PKCS8ShroudedKeyBag;
        // Protected in pkijs' typings, yet it is the documented way to decrypt a shrouded key bag.
        await (
          shrouded as unknown as { parseInternalValues(p: { password: ArrayBuffer }): Promise<void> }
        ).parseInternalValues({
          password: pass,
        });
        if (shrouded.parsedValue) keys.push(encodeDer(shrouded.parsedValue.toSchema()));
      } else if (bag.bagId === OID.keyBag) {
        keys.push(encodeDer((bag.bagValue as pkijs.PrivateKeyInfo).toSchema()));
      } else if (bag.bagId === OID.certBag) {
        const value = (bag.bagValue as pkijs.CertBag).parsedValue;
        if (value instanceof pkijs.Certificate) certs.push(value);
      }
    }
  }
  const key = keys[0];
  if (!key) throw new Error('PKCS#12 中没有私钥');
  const spki = publicKeyOf(key);
  const leaf = certs.find((c) => bytesEqual(encodeDer(c.subjectPublicKeyInfo.toSchema()), spki));
  if (!leaf) throw new Error('PKCS#12 中没有与私钥匹配的证书');
  // Order the rest as a chain from the leaf upwards.
  const chain: pkijs.Certificate[] = [];
  let current = leaf;
  for (let i = 0; i < certs.length; i++) {
    const issuer = certs.find(
      (c) => c !== current && !chain.includes(c) && namesEqual(current.issuer, c.subject),
    );
    if (!issuer || issuer === leaf) break;
    chain.push(issuer);
    current = issuer;
  }
  const material: KeyMaterialPem = {
    algorithm: 'RSA-2048',
    privateKeyPem: toPem(key, 'PRIVATE KEY'),
    certificatePem: toPem(encodeDer(leaf.toSchema()), 'CERTIFICATE'),
    chainPem: chain.map((c) => toPem(encodeDer(c.toSchema()), 'CERTIFICATE')),
  };
  material.algorithm = checkKeyMaterial(material);
  return material;
}
