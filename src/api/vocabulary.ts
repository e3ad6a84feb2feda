import type { DisclosureFigure, Share } from './schemas';

/**
 * The contract's closed lists and small predicates, as plain values: pages read them without
 * loading zod, whose schemas (src/api/schemas.ts) are built from these same lists.
 */
export const storageRoles = ['primary', 'backup'] as const;
export const replicationModes = ['synchronous', 'asynchronous'] as const;
export const frameworks = ['ISO27001', 'SOC2', 'NIST80053'] as const;
export const controlCategories = [
  'identity',
  'approval',
  'monitoring',
  'dataProtection',
  'personnel',
  'thirdParty',
] as const;
export const controlStatuses = ['implemented', 'partial', 'planned'] as const;
export const findingSeverities = ['critical', 'high', 'medium', 'low'] as const;

/** ISO 3166-1 alpha-2. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
/** An identifier that stays the same across versions and languages. */
export const SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** A disclosure published as a share of the requests rather than a count. */
export function isShare(figure: DisclosureFigure): figure is Share {
  return figure.kind === 'share' || figure.kind === 'shareBand';
}
