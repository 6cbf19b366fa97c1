import { Suspense, type ReactNode } from 'react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { Button, Flex, Grid, Layout, Tooltip } from 'antd';
import { FileSearchOutlined, SafetyCertificateOutlined, ShopOutlined } from '@ant-design/icons';
import { useMe } from '../api/auth';
import { useT, type MessageKey } from '../i18n';
import { ROLE_PORTAL } from '@policyhub/domain';
import { BRAND } from '../theme';
import { Brand, BrandMark } from './brand';
import { FullPageSpin } from './guards';
import { LanguageSwitch } from './language-switch';

const PUBLIC_SERVICES: { to: string; label: MessageKey; icon: ReactNode; testId: string }[] = [
  { to: '/products', label: 'menu.products', icon: <ShopOutlined />, testId: 'public-nav-products' },
  { to: '/verify', label: 'menu.verify', icon: <SafetyCertificateOutlined />, testId: 'public-nav-verify' },
  { to: '/query', label: 'menu.query', icon: <FileSearchOutlined />, testId: 'public-nav-query' },
];

/** 电子保单验真 and 保单查询 for everyone: words on wide screens, icons on phones. */
function PublicNav() {
  const t = useT();
  const compact = !Grid.useBreakpoint().md;
  return (
    <Flex align="center" gap={compact ? 0 : 4} component="nav">
      {PUBLIC_SERVICES.map((item) => (
        <NavLink key={item.to} to={item.to} end data-testid={item.testId}>
          {({ isActive }) =>
            compact ? (
              <Tooltip title={t(item.label)}>
                <Button
                  type="text"
                  icon={item.icon}
                  aria-label={t(item.label)}
                  style={isActive ? { color: BRAND.blue } : undefined}
                />
              </Tooltip>
            ) : (
              <Button
                type="text"
                icon={item.icon}
                style={isActive ? { color: BRAND.blue, fontWeight: 600 } : undefined}
              >
                {t(item.label)}
              </Button>
            )
          }
        </NavLink>
      ))}
    </Flex>
  );
}

/** Header and footer of the public site (home, 验真, 查询, error pages). */
export function PublicLayout() {
  const t = useT();
  const me = useMe();
  const signedIn = me.data?.stage === 'active';
  const phone = !Grid.useBreakpoint().sm;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          borderBottom: '1px solid #e6ebf2',
          position: 'sticky',
          top: 0,
          zIndex: 10,
          padding: phone ? '0 12px' : '0 20px',
        }}
      >
        <Flex
          align="center"
          justify="space-between"
          style={{ height: '100%', maxWidth: 1200, margin: '0 auto' }}
        >
          <Link to="/" aria-label={t('public.home')}>
            {phone ? <BrandMark size={28} /> : <Brand />}
          </Link>
          <Flex align="center" gap={phone ? 6 : 12}>
            <PublicNav />
            <LanguageSwitch />
            {signedIn && me.data ? (
              <Link to={`/${ROLE_PORTAL[me.data.role]}`}>
                <Button type="primary" data-testid="public-enter-portal">
                  {t('public.enterPortal')}
                </Button>
              </Link>
            ) : (
              <Link to="/login">
                <Button type="primary" data-testid="public-login">
                  {t('auth.login')}
                </Button>
              </Link>
            )}
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout.Content>
        <Suspense fallback={<FullPageSpin />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#8c96a5', fontSize: 12 }}>
        {t('common.footer')}
      </Layout.Footer>
    </Layout>
  );
}
