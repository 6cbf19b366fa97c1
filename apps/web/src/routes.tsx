import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { Portal } from '@policyhub/domain';
import { PortalLayout } from './components/portal-layout';
import { PublicLayout } from './components/public-layout';
import { RequireAuth, RequireRole } from './components/guards';
import { PORTALS, type CorePageKey } from './components/portal-config';
import { linePublicPages } from './lines/registry';
import { ForbiddenPage, NotFoundPage } from './portals/public/error-pages';

type Page = LazyExoticComponent<ComponentType>;

const HomePage = lazy(() => import('./portals/public/home-page'));
const LoginPage = lazy(() => import('./portals/public/login-page'));
const VerifyPage = lazy(() => import('./portals/public/verify-page'));
const VerifyStatusPage = lazy(() => import('./portals/public/verify-status-page'));
const QueryPage = lazy(() => import('./portals/public/query-page'));
const ProductsPage = lazy(() => import('./portals/public/products-page'));
const ProductDetailPage = lazy(() => import('./portals/public/product-detail-page'));

const PORTAL_HOMES: Record<Portal, Page> = {
  admin: lazy(() => import('./portals/admin/home-page')),
  enterprise: lazy(() => import('./portals/enterprise/home-page')),
  personal: lazy(() => import('./portals/personal/home-page')),
  union: lazy(() => import('./portals/union/home-page')),
  insurer: lazy(() => import('./portals/insurer/home-page')),
  travel: lazy(() => import('./portals/travel/home-page')),
};

// Pages shared by several portals (the org and user admin of union and travel are the admin ones).
const PAGES: Record<Exclude<CorePageKey, 'home'>, Page> = {
  orgs: lazy(() => import('./portals/admin/orgs-page')),
  users: lazy(() => import('./portals/admin/users-page')),
  'users-import': lazy(() => import('./portals/admin/user-import-page')),
  audit: lazy(() => import('./portals/admin/audit-page')),
  messages: lazy(() => import('./portals/admin/messages-page')),
  tasks: lazy(() => import('./portals/shared/tasks-page').then((m) => ({ default: m.TasksPage }))),
  password: lazy(() =>
    import('./portals/shared/change-password-page').then((m) => ({ default: m.ChangePasswordPage })),
  ),
  profile: lazy(() => import('./portals/personal/profile-page')),
  'bank-cards': lazy(() => import('./portals/personal/bank-cards-page')),
  documents: lazy(() => import('./portals/personal/documents-page')),
  keys: lazy(() => import('./portals/admin/keys-page')),
  archive: lazy(() => import('./portals/admin/archive-page')),
  'api-keys': lazy(() => import('./portals/insurer/api-keys-page')),
  'document-settings': lazy(() => import('./portals/shared/document-settings-page')),
};

function portalRoutes(portal: Portal) {
  const Home = PORTAL_HOMES[portal];
  return (
    <Route
      key={portal}
      path={`/${portal}`}
      element={
        <RequireAuth portal={portal}>
          <PortalLayout portal={portal} />
        </RequireAuth>
      }
    >
      {PORTALS[portal].entries.map((entry) => {
        if (entry.key === 'home') return <Route key="home" index element={<Home />} />;
        const Page = 'page' in entry ? entry.page : PAGES[entry.key];
        return (
          <Route
            key={entry.key}
            path={entry.path}
            element={
              <RequireRole roles={entry.roles}>
                <Page />
              </RequireRole>
            }
          />
        );
      })}
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  );
}

const PORTAL_NAMES: Portal[] = ['admin', 'enterprise', 'personal', 'union', 'insurer', 'travel'];

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<HomePage />} />
        <Route path="/verify" element={<VerifyPage />} />
        <Route path="/verify/:id" element={<VerifyStatusPage />} />
        <Route path="/query" element={<QueryPage />} />
        <Route path="/products" element={<ProductsPage />} />
        <Route path="/products/:id" element={<ProductDetailPage />} />
        {linePublicPages().map(({ path, page: Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
        <Route path="/403" element={<ForbiddenPage />} />
        <Route path="/home" element={<Navigate to="/" replace />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/change-password" element={<LoginPage />} />
      {PORTAL_NAMES.map(portalRoutes)}
    </Routes>
  );
}
