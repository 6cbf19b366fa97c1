import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApprovalAction, ApprovalStatus, Label, Role } from '@policyhub/domain';
import { api } from './client';

/** One step of an approval request as GET /api/approvals answers it (who, when, what, why). */
export type ApprovalStep = {
  seq: number;
  action: ApprovalAction;
  level: number | null;
  fromStatus: ApprovalStatus;
  toStatus: ApprovalStatus;
  actor: {
    userId: string | null;
    name: string;
    role: Role | null;
    orgId: string | null;
    orgName: string | null;
  };
  reason: string | null;
  at: string;
};

export type ApprovalRequest = {
  id: string;
  subjectType: string;
  subjectId: string;
  status: ApprovalStatus;
  currentLevel: number | null;
  levels: { key: string; label: Label; orgId: string; orgName: string }[];
  decidedAt: string | null;
  steps: ApprovalStep[];
};

export const approvalKeys = {
  all: ['approvals'] as const,
  subject: (subjectType: string, subjectId: string) => ['approvals', subjectType, subjectId] as const,
};

/** The approval request of a subject with its timeline (null: none yet, or not visible). */
export function useApprovalTimeline(subjectType: string, subjectId: string | null | undefined) {
  return useQuery({
    queryKey: approvalKeys.subject(subjectType, subjectId ?? ''),
    queryFn: ({ signal }) =>
      api<{ items: ApprovalRequest[] }>('/api/approvals', {
        signal,
        query: { subjectType, subjectId: subjectId ?? '' },
      }),
    enabled: Boolean(subjectId),
    select: (data) => data.items[0] ?? null,
  });
}

/** Refreshes the timelines shown after a review decided something. */
export function useRefreshApprovals() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: approvalKeys.all });
}
