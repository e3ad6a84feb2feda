import { PagePlaceholder } from '../../components/PagePlaceholder';

export function DataPage() {
  return <PagePlaceholder title="nav.data" apiFiles={['dataset.json', 'openapi.json', 'manifest.json']} />;
}
