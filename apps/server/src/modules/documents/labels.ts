import type { DocumentKind } from '@policyhub/documents';

/** The one list of document kinds lives in @policyhub/domain (the web's archive filter uses it too). */
export { DOCUMENT_KINDS } from '@policyhub/domain';

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  policy: '电子保单',
  endorsement: '电子批单',
  application: '电子投保单',
  termination: '保单提前终止申请表',
  reconciliation: '对账单',
  receipt: '收据',
};

export const KEY_KIND_LABELS: Record<string, string> = {
  ca: '根证书',
  signing: '签章证书',
  tsa: '时间戳证书',
};
