import type { ReplicationFlow } from '../../src/api/schemas';

export const replicationFlows: ReplicationFlow[] = [
  {
    id: 'virginia-to-singapore',
    from: 'us-virginia',
    to: 'sg-singapore',
    mode: 'asynchronous',
    description: 'Encrypted backup copy, replicated continuously (recovery point within 15 minutes).',
    encryptionInTransit: 'TLS 1.3 over a private link',
    dataCategories: ['Account data', 'Content', 'Messages'],
  },
];
