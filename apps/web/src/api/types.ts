import type { OrgType, Portal, Role } from '@policyhub/domain';

/** Shapes of the foundation API (docs/API-FOUNDATION.md). */

export type SessionStage = 'sms' | 'password' | 'active';

export type OrgRef = { id: string; name: string; type: OrgType };

export type Profile = {
  gender?: 'M' | 'F' | null;
  age?: number | null;
  jobCategory?: string | null;
  address?: string | null;
  [key: string]: unknown;
};

export type Me = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  portal: Portal;
  stage: SessionStage;
  org: OrgRef | null;
  mobileMasked: string | null;
  email: string | null;
  smsTwoFactor: boolean;
  smsRequired: boolean;
  profile: Profile | null;
};

export type Org = {
  id: string;
  parentId: string | null;
  type: OrgType;
  name: string;
  code: string | null;
  status: string;
  path: string;
  depth: number;
};

export type UserStatus = 'active' | 'disabled' | 'pending';

export type AdminUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgId: string | null;
  orgName: string | null;
  status: UserStatus;
  mobileMasked: string | null;
  idNumberMasked: string | null;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
};

export type RevealedUser = {
  mobile: string | null;
  idNumber: string | null;
  bankCards: { id: string; cardNumber: string }[];
};

export type TaskStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export type Task = {
  id: string;
  type: string;
  title: string;
  status: TaskStatus;
  progressDone: number;
  progressTotal: number;
  result: Record<string, unknown> | null;
  error: string | null;
  resultFileId: string | null;
  /** Runs started so far; above 1 while running = resumed after an interrupted run. */
  attempts: number;
  createdAt: string;
  finishedAt: string | null;
};

export type OutboxMessage = {
  id: string;
  channel: 'sms' | 'email';
  recipientMasked: string;
  template: string;
  subject: string | null;
  body: string;
  status: 'pending' | 'sending' | 'sent' | 'dead';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};

export type AuditEntry = {
  seq: number;
  at: string;
  actorName: string | null;
  actorUserId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  detail: unknown;
};

export type AuditVerifyResult = {
  ok: boolean;
  rows: number;
  brokenAtSeq?: number | null;
  reason?: string | null;
};

export type ProblemLevel = 'error' | 'warning' | 'note';
export type ImportProblem = { row: number; column?: string | null; message: string; level: ProblemLevel };
export type ImportStatus = 'validated' | 'invalid' | 'executing' | 'done' | 'failed';

export type ImportRecord = {
  id: string;
  template: string;
  templateTitle: string;
  status: ImportStatus;
  orgId: string | null;
  fileName: string | null;
  totalRows: number;
  errorRows: number;
  /** Counts over all problems; `problems` holds at most the first 1,000 (errors first). */
  problemCounts: Record<ProblemLevel, number>;
  problems: ImportProblem[];
  problemsTruncated: boolean;
  taskId: string | null;
  succeededRows: number;
  failedRows: number;
  resultFileId: string | null;
  createdAt: string;
};

export type ImportTemplate = {
  name: string;
  title: string;
  columns: {
    key: string;
    header: string;
    required: boolean;
    example: string;
    rule: string | null;
    choices?: string[];
  }[];
};

export type BankCard = {
  id: string;
  holderName: string;
  bankName: string | null;
  cardMasked: string;
  createdAt: string;
};
