import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { Config } from '../config.js';
import { notFound } from '../errors.js';
import { assertSafeKey } from './local-store.js';
import type { ObjectStore } from './types.js';

function isNotFound(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.$metadata.httpStatusCode === 404 || error.name === 'NoSuchKey' || error.name === 'NotFound')
  );
}

/**
 * S3-compatible object storage (production: AWS S3, MinIO, OSS/COS S3 gateways). Checksums are
 * only sent when an operation requires them: several S3-compatible servers reject the newer
 * default (streaming CRC trailers) of the AWS SDK.
 */
export function createS3Store(s3: Config['files']['s3']): ObjectStore {
  if (!s3.bucket) throw new Error('FILE_STORE=s3 需要配置 S3_BUCKET');
  const client = new S3Client({
    region: s3.region,
    endpoint: s3.endpoint || undefined,
    forcePathStyle: s3.forcePathStyle,
    credentials: s3.accessKeyId
      ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey }
      : undefined,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = s3.bucket;
  async function getBody(key: string) {
    assertSafeKey(key);
    try {
      const res = await client.send(new GetObjectCommand({ Bucket, Key: key }));
      if (!res.Body) throw notFound('文件');
      return res.Body;
    } catch (error) {
      if (isNotFound(error)) throw notFound('文件');
      throw error;
    }
  }
  return {
    kind: 's3',
    async put(key, data) {
      assertSafeKey(key);
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: data, ContentLength: data.length }));
    },
    async get(key) {
      const body = await getBody(key);
      return Buffer.from(await body.transformToByteArray());
    },
    async stream(key) {
      const body = await getBody(key);
      return body instanceof Readable ? body : Readable.fromWeb(body.transformToWebStream() as any);
    },
    async exists(key) {
      assertSafeKey(key);
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },
    async delete(key) {
      assertSafeKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
