import { PagePlaceholder } from '../../components/PagePlaceholder';

export function OverviewPage() {
  return <PagePlaceholder title="nav.overview" apiFiles={['storage-locations.json']} />;
}
