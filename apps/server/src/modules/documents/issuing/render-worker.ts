import { parentPort } from 'node:worker_threads';
import {
  createHttpTimestampAuthority,
  createLocalTimestampAuthority,
  loadFont,
  loadSigningIdentity,
  renderSignedDocument,
  type DocumentDataMap,
  type DocumentKind,
  type KeyMaterialPem,
  type SigningIdentity,
  type TimestampAuthority,
} from '@policyhub/documents';

/** One render + sign request, sent by worker-pool.ts. Key material is cached here by key id. */
export type RenderJob = {
  id: number;
  kind: DocumentKind;
  data: DocumentDataMap[DocumentKind];
  verificationUrl: string;
  specimen: boolean;
  issuedAtMs: number;
  reason: string;
  signer: { keyId: string; material: KeyMaterialPem };
  tsa: { keyId: string; material: KeyMaterialPem } | { url: string };
  crls: Uint8Array[];
  /** The insurer's header logo and imported seal image (null: platform mark / drawn seal). */
  logo: Uint8Array | null;
  seal: Uint8Array | null;
};

export type RenderReply = { id: number; pdf?: Uint8Array; error?: string };

const identities = new Map<string, SigningIdentity>();
const identityOf = (keyId: string, material: KeyMaterialPem): SigningIdentity => {
  let identity = identities.get(keyId);
  if (!identity) identities.set(keyId, (identity = loadSigningIdentity(material)));
  return identity;
};
const httpTsas = new Map<string, TimestampAuthority>();

// Parse the fonts now, while the pool starts, not on the first document.
loadFont('regular');
loadFont('bold');

parentPort!.on('message', (job: RenderJob) => {
  void (async () => {
    try {
      const issuedAt = new Date(job.issuedAtMs);
      let tsa: TimestampAuthority;
      if ('url' in job.tsa) {
        const url = job.tsa.url;
        tsa = httpTsas.get(url) ?? createHttpTimestampAuthority(url);
        httpTsas.set(url, tsa);
      } else {
        tsa = createLocalTimestampAuthority(identityOf(job.tsa.keyId, job.tsa.material), {
          clock: () => issuedAt,
        });
      }
      const pdf = await renderSignedDocument(job.kind, job.data, {
        verificationUrl: job.verificationUrl,
        specimen: job.specimen,
        creationDate: issuedAt,
        ...(job.logo ? { insurerLogo: job.logo } : {}),
        ...(job.seal ? { insurerSeal: job.seal } : {}),
        signing: {
          signer: identityOf(job.signer.keyId, job.signer.material),
          timestampAuthority: tsa,
          crls: job.crls,
          signingTime: issuedAt,
          reason: job.reason,
        },
      });
      // Transfer, not copy; a view into a shared buffer is copied first so nothing else is detached.
      const own =
        pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : new Uint8Array(pdf);
      const reply: RenderReply = { id: job.id, pdf: own };
      parentPort!.postMessage(reply, [own.buffer as ArrayBuffer]);
    } catch (error) {
      const reply: RenderReply = { id: job.id, error: (error as Error).message ?? String(error) };
      parentPort!.postMessage(reply);
    }
  })();
});
