import { PagePlaceholder } from '../../components/PagePlaceholder';

export function RequestsPage() {
  return <PagePlaceholder title="nav.requests" apiFiles={['access-requests.json']} />;
}
