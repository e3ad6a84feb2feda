import { PagePlaceholder } from '../../components/PagePlaceholder';

export function EmbedPage() {
  return <PagePlaceholder title="nav.embed" apiFiles={['meta.json']} />;
}
