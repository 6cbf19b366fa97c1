import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { scopeCondition, type DataScope } from '../../platform/access.js';
import { notFound } from '../../platform/errors.js';
import { rosterPeople, rosters } from './tables.js';

/** What owns a roster: e.g. `{ type: 'exchange_order', id: order.id }`. */
export type RosterSubject = { type: string; id: string };

export type RosterStatus = 'draft' | 'confirmed';

export type RosterRecord = {
  id: string;
  subjectType: string;
  subjectId: string;
  orgId: string;
  template: string;
  status: RosterStatus;
  importId: string | null;
  peopleCount: number;
  confirmedAt: Date | null;
};

const rosterColumns = {
  id: rosters.id,
  subjectType: rosters.subjectType,
  subjectId: rosters.subjectId,
  orgId: rosters.orgId,
  template: rosters.template,
  status: rosters.status,
  importId: rosters.importId,
  peopleCount: rosters.peopleCount,
  confirmedAt: rosters.confirmedAt,
};

const ofSubject = (subject: RosterSubject) =>
  and(eq(rosters.subjectType, subject.type), eq(rosters.subjectId, subject.id));

/** The subject's roster without a scope check (for callers that already checked the subject), or null. */
export async function findRosterState(
  executor: Executor,
  subject: RosterSubject,
  options: { forUpdate?: boolean } = {},
): Promise<RosterRecord | null> {
  const query = executor.select(rosterColumns).from(rosters).where(ofSubject(subject)).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return (row as RosterRecord | undefined) ?? null;
}

/** The subject's roster inside the data scope; one of another organization (or none) answers 404. */
export async function getRoster(
  executor: Executor,
  scope: DataScope,
  subject: RosterSubject,
): Promise<RosterRecord> {
  const [row] = await executor
    .select(rosterColumns)
    .from(rosters)
    .where(and(ofSubject(subject), scopeCondition(scope, { orgIdColumn: rosters.orgId })))
    .limit(1);
  if (!row) throw notFound('人员名单');
  return row as RosterRecord;
}

/** A person of a roster as stored (ID number encrypted, plus its blind index and masked form). */
export type RosterPersonRecord = {
  rowNo: number;
  name: string;
  idType: string;
  idNumberEnc: string;
  idNumberIdx: string;
  idNumberMasked: string;
  gender: string | null;
  birthDate: string | null;
  mobile: string | null;
  extra: Record<string, string>;
  userId: string | null;
};

const personColumns = {
  rowNo: rosterPeople.rowNo,
  name: rosterPeople.name,
  idType: rosterPeople.idType,
  idNumberEnc: rosterPeople.idNumberEnc,
  idNumberIdx: rosterPeople.idNumberIdx,
  idNumberMasked: rosterPeople.idNumberMasked,
  gender: rosterPeople.gender,
  birthDate: rosterPeople.birthDate,
  mobile: rosterPeople.mobile,
  extra: rosterPeople.extra,
  userId: rosterPeople.userId,
};

const peopleOf = (subject: RosterSubject) =>
  sql`${rosterPeople.rosterId} = (select id from ${rosters} where subject_type = ${subject.type} and subject_id = ${subject.id})`;

/**
 * The subject's people in row order (optionally a page of them; `unlinked` = no account yet,
 * locked `forUpdate`). The caller has checked the subject's scope.
 */
export async function findRosterPeople(
  executor: Executor,
  subject: RosterSubject,
  options: { limit?: number; offset?: number; unlinked?: boolean; forUpdate?: boolean } = {},
): Promise<RosterPersonRecord[]> {
  let query = executor
    .select(personColumns)
    .from(rosterPeople)
    .where(and(peopleOf(subject), options.unlinked ? isNull(rosterPeople.userId) : undefined))
    .orderBy(asc(rosterPeople.rowNo))
    .$dynamic();
  if (options.limit !== undefined) query = query.limit(options.limit);
  if (options.offset) query = query.offset(options.offset);
  if (options.forUpdate) query = query.for('update');
  return (await query) as RosterPersonRecord[];
}

/** How many people the subject's roster holds, and how many of them are linked to an account. */
export async function countRosterPeople(
  executor: Executor,
  subject: RosterSubject,
): Promise<{ total: number; linked: number }> {
  const [row] = await executor
    .select({ total: sql<number>`count(*)::int`, linked: sql<number>`count(${rosterPeople.userId})::int` })
    .from(rosterPeople)
    .where(peopleOf(subject));
  return { total: row?.total ?? 0, linked: row?.linked ?? 0 };
}

/**
 * The subject's people as a subquery a line may join with its own tables (the exchange's employee
 * list joins its invitations); read-only. Columns: roster_id, row_no, name, mobile, user_id.
 */
export function rosterPeopleQuery(executor: Executor, subject: RosterSubject) {
  return executor
    .select({
      rowNo: rosterPeople.rowNo,
      name: rosterPeople.name,
      mobile: rosterPeople.mobile,
      userId: rosterPeople.userId,
    })
    .from(rosterPeople)
    .where(peopleOf(subject))
    .as('roster_people_of_subject');
}

/**
 * Links people to the accounts a line opened for them (row no. → user id). Not a change of the
 * list: a confirmed roster's people stay as they are.
 */
export async function linkRosterPeople(
  executor: Executor,
  subject: RosterSubject,
  links: readonly { rowNo: number; userId: string }[],
): Promise<void> {
  if (links.length === 0) return;
  const json = JSON.stringify(links.map((l) => ({ row_no: l.rowNo, user_id: l.userId })));
  await executor.execute(sql`
    update ${rosterPeople} set user_id = x.user_id
    from json_to_recordset(${json}::json) as x(row_no integer, user_id uuid)
    where ${peopleOf(subject)} and ${rosterPeople.rowNo} = x.row_no`);
}
