import { Suspense } from 'react';
import { Link } from 'react-router-dom';
import { Avatar, Card, Col, Descriptions, Flex, Row, Spin, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import type { Portal } from '@policyhub/domain';
import { useCurrentUser } from '../../components/guards';
import { PORTALS, portalPath, visibleEntries } from '../../components/portal-config';
import { lineHomePanels } from '../../lines/registry';
import { useT, type MessageKey } from '../../i18n';
import { BRAND } from '../../theme';

const PORTAL_INTRO: Record<Portal, MessageKey> = {
  enterprise: 'home.portal.enterprise',
  personal: 'home.portal.personal',
  admin: 'home.portal.admin',
  union: 'home.portal.union',
  insurer: 'home.portal.insurer',
  travel: 'home.portal.travel',
};

/**
 * Portal home: who is signed in, for which organization, the panels the lines add for the role
 * (the exchange admin's pending work), and the entries of the menu.
 */
export function PortalHome({ portal }: { portal: Portal }) {
  const t = useT();
  const me = useCurrentUser();
  const entries = visibleEntries(portal, me.role).filter((entry) => entry.key !== 'home');
  const panels = lineHomePanels(portal, me.role);

  return (
    <div data-testid="portal-home">
      <Card style={{ marginBottom: 16 }} data-testid="welcome-card">
        <Flex gap={16} align="center" wrap>
          <Avatar size={56} icon={<UserOutlined />} style={{ background: BRAND.blue, flex: 'none' }} />
          <div style={{ minWidth: 0, flex: 1 }}>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="welcome-title">
              {t('home.welcome', { name: me.displayName })}
            </Typography.Title>
            <Typography.Text type="secondary">
              {t(PORTALS[portal].title)} · {t(PORTAL_INTRO[portal])}
            </Typography.Text>
          </div>
        </Flex>
        <Descriptions
          style={{ marginTop: 20 }}
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'username', label: t('user.username'), children: me.username },
            {
              key: 'role',
              label: t('user.role'),
              children: (
                <Tag color="blue" data-testid="welcome-role">
                  {t(`role.${me.role}`)}
                </Tag>
              ),
            },
            {
              key: 'org',
              label: t('user.org'),
              children: <span data-testid="welcome-org">{me.org?.name ?? t('common.noOrg')}</span>,
            },
            ...(me.org
              ? [{ key: 'orgType', label: t('org.type'), children: t(`orgType.${me.org.type}`) }]
              : []),
            { key: 'mobile', label: t('user.mobile'), children: me.mobileMasked ?? t('common.none') },
            {
              key: 'sms',
              label: t('user.smsTwoFactor'),
              children:
                me.smsRequired || me.smsTwoFactor ? (
                  <Tag icon={<SafetyCertificateOutlined />} color="green">
                    {me.smsRequired ? t('user.smsRequired') : t('common.enabled')}
                  </Tag>
                ) : (
                  <Tag>{t('common.notEnabled')}</Tag>
                ),
            },
          ]}
        />
      </Card>
      {panels.map(({ key, panel: Panel }) => (
        <Suspense key={key} fallback={<Spin />}>
          <Panel />
        </Suspense>
      ))}
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {t('home.shortcuts')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {entries.map((entry) => (
          <Col xs={24} sm={12} xl={8} key={entry.key}>
            <Link to={portalPath(portal, entry.path)} data-testid={`shortcut-${entry.key}`}>
              <Card hoverable size="small" style={{ height: '100%' }}>
                <Flex gap={12} align="flex-start">
                  <div style={{ fontSize: 22, color: BRAND.blue, lineHeight: 1 }}>{entry.icon}</div>
                  <div>
                    <Typography.Text strong>{t(entry.label)}</Typography.Text>
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                      {t(entry.description)}
                    </Typography.Paragraph>
                  </div>
                </Flex>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </div>
  );
}
