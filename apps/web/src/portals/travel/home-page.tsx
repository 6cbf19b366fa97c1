import { PortalHome } from '../shared/portal-home';

/** Home of the travel portal; business pages of later issues add their own entries to its menu. */
export default function HomePage() {
  return <PortalHome portal="travel" />;
}
