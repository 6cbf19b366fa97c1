import { Suspense, useMemo, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import {
  App as AntApp,
  Avatar,
  Button,
  Divider,
  Drawer,
  Flex,
  Grid,
  Layout,
  Menu,
  Space,
  Tag,
  Typography,
} from 'antd';
import { LockOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import type { Portal } from '@policyhub/domain';
import { useLogout } from '../api/auth';
import { useT } from '../i18n';
import { BRAND } from '../theme';
import { Brand } from './brand';
import { FullPageSpin, useCurrentUser } from './guards';
import { LanguageSwitch } from './language-switch';
import { PORTALS, portalPath, visibleEntries } from './portal-config';

/** The menu key of the current location: the longest entry path that prefixes it. */
function useSelectedKey(portal: Portal, role: Parameters<typeof visibleEntries>[1]): string {
  const { pathname } = useLocation();
  return useMemo(() => {
    const entries = PORTALS[portal].entries.filter((e) => !e.roles || e.roles.includes(role));
    let best = 'home';
    let bestLength = -1;
    for (const entry of entries) {
      const path = portalPath(portal, entry.path);
      if ((pathname === path || pathname.startsWith(`${path}/`)) && path.length > bestLength) {
        // users/import belongs to 用户管理 in the menu
        best = entry.key === 'users-import' ? 'users' : entry.key;
        bestLength = path.length;
      }
    }
    return best;
  }, [pathname, portal, role]);
}

/** The shell of every portal: side menu (a drawer on phones), header with user, org, language. */
export function PortalLayout({ portal }: { portal: Portal }) {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const isDesktop = Boolean(screens.lg);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const logout = useLogout();
  const { message } = AntApp.useApp();
  const selectedKey = useSelectedKey(portal, me.role);

  const items = visibleEntries(portal, me.role).map((entry) => ({
    key: entry.key,
    icon: entry.icon,
    label: (
      <Link to={portalPath(portal, entry.path)} data-testid={`menu-${entry.key}`}>
        {t(entry.label)}
      </Link>
    ),
  }));

  const onLogout = () => {
    logout.mutate(undefined, {
      onSettled: () => {
        void message.success(t('auth.loggedOut'));
        navigate('/login', { replace: true });
      },
    });
  };

  const roleText = t(`role.${me.role}`);
  const orgText = me.org?.name ?? t('common.noOrg');

  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selectedKey]}
      items={items}
      onClick={() => setDrawerOpen(false)}
      style={{ borderInlineEnd: 'none' }}
      data-testid="portal-menu"
    />
  );

  let header: ReactNode;
  if (isDesktop) {
    header = (
      <Flex align="center" justify="space-between" style={{ height: '100%' }} gap={16}>
        <Typography.Text strong style={{ fontSize: 16, color: BRAND.navy }} data-testid="portal-title">
          {t(PORTALS[portal].title)}
        </Typography.Text>
        <Space size={16} align="center">
          <Space size={6}>
            <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="header-org">
              {orgText}
            </Tag>
            <Avatar size="small" icon={<UserOutlined />} style={{ background: BRAND.blue }} />
            <Typography.Text data-testid="header-user">{me.displayName}</Typography.Text>
            <Typography.Text type="secondary">（{roleText}）</Typography.Text>
          </Space>
          <LanguageSwitch remember />
          <Link to={portalPath(portal, 'password')} data-testid="header-change-password">
            <Button type="text" size="small" icon={<LockOutlined />}>
              {t('menu.password')}
            </Button>
          </Link>
          <Button
            type="text"
            size="small"
            icon={<LogoutOutlined />}
            onClick={onLogout}
            loading={logout.isPending}
            data-testid="logout-button"
          >
            {t('auth.logout')}
          </Button>
        </Space>
      </Flex>
    );
  } else {
    header = (
      <Flex align="center" justify="space-between" style={{ height: '100%' }} gap={8}>
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          <Button
            type="text"
            icon={<MenuOutlined />}
            onClick={() => setDrawerOpen(true)}
            aria-label={t('common.openMenu')}
            data-testid="mobile-menu-button"
          />
          <Brand compact />
        </Flex>
        <Typography.Text
          strong
          ellipsis
          style={{ color: BRAND.navy, maxWidth: '45%' }}
          data-testid="portal-title"
        >
          {t(PORTALS[portal].title)}
        </Typography.Text>
      </Flex>
    );
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isDesktop ? (
        <Layout.Sider
          width={224}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          <Link to={portalPath(portal)} style={{ display: 'block', padding: '16px 20px' }}>
            {collapsed ? <Brand dark compact /> : <Brand dark />}
          </Link>
          {menu}
        </Layout.Sider>
      ) : (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={280}
          styles={{ body: { padding: 0, background: BRAND.navy }, header: { display: 'none' } }}
          data-testid="mobile-menu"
        >
          <div style={{ padding: '20px 20px 12px' }}>
            <Brand dark />
            <div style={{ marginTop: 16, color: '#fff' }}>
              <div style={{ fontWeight: 600 }} data-testid="header-user">
                {me.displayName}
                <span style={{ opacity: 0.75, fontWeight: 400 }}>（{roleText}）</span>
              </div>
              <div style={{ opacity: 0.75, fontSize: 13, marginTop: 4 }} data-testid="header-org">
                {orgText}
              </div>
            </div>
          </div>
          {menu}
          <Divider style={{ borderColor: 'rgba(255,255,255,0.15)', margin: '12px 0' }} />
          <Flex vertical gap={12} style={{ padding: '0 20px 20px' }}>
            <LanguageSwitch size="middle" remember />
            <Button
              icon={<LogoutOutlined />}
              onClick={onLogout}
              loading={logout.isPending}
              data-testid="logout-button"
            >
              {t('auth.logout')}
            </Button>
          </Flex>
        </Drawer>
      )}
      <Layout>
        <Layout.Header
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            borderBottom: '1px solid #e6ebf2',
            padding: isDesktop ? '0 24px' : '0 8px',
          }}
        >
          {header}
        </Layout.Header>
        <Layout.Content style={{ padding: isDesktop ? 24 : 12 }}>
          <div style={{ maxWidth: 1280, margin: '0 auto' }}>
            <Suspense fallback={<FullPageSpin />}>
              <Outlet />
            </Suspense>
          </div>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: '#8c96a5', padding: '12px 24px', fontSize: 12 }}>
          {t('common.footer')}
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
