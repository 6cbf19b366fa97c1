import type { ReactNode } from 'react';
import { Tag } from 'antd';
import type { Org } from '../api/orgs';
import { isMessageKey, type Translate } from '../i18n';

export type OrgNode = {
  key: string;
  value: string;
  title: ReactNode;
  label: string;
  org: Org;
  children: OrgNode[];
};

const TYPE_COLOR: Record<string, string> = {
  platform: 'geekblue',
  insurer: 'purple',
  insurer_branch: 'purple',
  enterprise: 'cyan',
  union_hq: 'volcano',
  union_agency: 'orange',
  union_base: 'gold',
  travel_agency: 'green',
};

export function orgStatusText(status: string, t: Translate): string {
  const key = `orgStatus.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

/**
 * Builds the tree of a flat, scoped org list. Orgs whose parent is outside the caller's scope
 * become roots (an agency operator's tree starts at its own office).
 */
export function buildOrgTree(orgs: Org[], t: Translate): OrgNode[] {
  const sorted = [...orgs].sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name, 'zh-CN'));
  const nodes = new Map<string, OrgNode>();
  for (const org of sorted) {
    nodes.set(org.id, {
      key: org.id,
      value: org.id,
      label: org.name,
      org,
      children: [],
      title: (
        <span>
          {org.name}{' '}
          <Tag color={TYPE_COLOR[org.type] ?? 'default'} style={{ marginInlineStart: 4, fontSize: 11 }}>
            {t(`orgType.${org.type}`)}
          </Tag>
          {org.status !== 'active' ? <Tag>{orgStatusText(org.status, t)}</Tag> : null}
        </span>
      ),
    });
  }
  const roots: OrgNode[] = [];
  for (const org of sorted) {
    const node = nodes.get(org.id)!;
    const parent = org.parentId ? nodes.get(org.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export type TreeSelectNode = { value: string; title: ReactNode; label: string; children?: TreeSelectNode[] };

/** Tree data for a TreeSelect (text labels; children omitted when empty). */
export function toTreeSelectData(nodes: OrgNode[]): TreeSelectNode[] {
  return nodes.map((node) => ({
    value: node.value,
    title: node.title,
    label: node.label,
    children: node.children.length ? toTreeSelectData(node.children) : undefined,
  }));
}
