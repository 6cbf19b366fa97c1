/** Kinds of document the platform issues (SPEC ED-1): the one list for documents, server and web. */
export const DOCUMENT_KINDS = [
  'policy',
  'endorsement',
  'application',
  'termination',
  'reconciliation',
  'receipt',
] as const;
export type DocumentKindCode = (typeof DOCUMENT_KINDS)[number];
