import { PortalHome } from '../shared/portal-home';

/** Home of the insurer portal; business pages of later issues add their own entries to its menu. */
export default function HomePage() {
  return <PortalHome portal="insurer" />;
}
