import { PagePlaceholder } from '../../components/PagePlaceholder';

export function AccessControlsPage() {
  return <PagePlaceholder title="nav.accessControls" apiFiles={['access-controls.json', 'audit-statistics.json']} />;
}
