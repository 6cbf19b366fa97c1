import { createContext, useContext, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Flex, Spin } from 'antd';
import { ROLE_PORTAL, type Portal, type Role } from '@policyhub/domain';
import { useMe } from '../api/auth';
import type { Me } from '../api/auth';
import { ForbiddenPage } from '../portals/public/error-pages';

const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in user of a portal page (only inside <RequireAuth>). */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser must be used inside <RequireAuth>');
  return me;
}

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

/**
 * Lets only a fully signed-in user of this portal through: no session → login (coming back
 * afterwards), a pending SMS or password step → login page, another role's portal → 403.
 */
export function RequireAuth({ portal, children }: { portal: Portal; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError || !me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (me.data.stage === 'password') return <Navigate to="/change-password" replace />;
  if (me.data.stage !== 'active') return <Navigate to="/login" replace />;
  if (ROLE_PORTAL[me.data.role] !== portal) return <ForbiddenPage />;
  return <CurrentUserContext.Provider value={me.data}>{children}</CurrentUserContext.Provider>;
}

/** A page only some roles of the portal may open (the server enforces the same). */
export function RequireRole({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const me = useCurrentUser();
  if (roles && !roles.includes(me.role)) return <ForbiddenPage />;
  return <>{children}</>;
}
