import type { AccessRequestCount, Count, RequesterType } from '../../src/api/schemas';
import { periods } from './meta';

const exact = (value: number): Count => ({ kind: 'exact', value });
const nationalSecurityBand: Count = { kind: 'band', min: 0, max: 249 };
const fewerThanFive: Count = { kind: 'suppressed', lessThan: 5 };

/** Received per period, oldest first, for one requester type and country. */
type Series = { type: RequesterType; country: string; received: number[]; disclosed: number[] };

const series: Series[] = [
  {
    type: 'usLawEnforcement',
    country: 'US',
    received: [1840, 1795, 1702, 1688, 1610, 1575],
    disclosed: [1290, 1241, 1180, 1150, 1096, 1071],
  },
  { type: 'otherUsGovernment', country: 'US', received: [44, 38, 41, 36, 33, 35], disclosed: [12, 9, 11, 8, 7, 8] },
  { type: 'chineseGovernment', country: 'CN', received: [3, 1, 2, 0, 4, 2], disclosed: [0, 0, 0, 0, 0, 0] },
  { type: 'foreignGovernment', country: 'GB', received: [96, 88, 91, 85, 79, 82], disclosed: [21, 18, 20, 17, 15, 16] },
  { type: 'foreignGovernment', country: 'DE', received: [61, 58, 54, 57, 49, 51], disclosed: [0, 0, 0, 0, 0, 0] },
  { type: 'foreignGovernment', country: 'FR', received: [47, 52, 44, 40, 43, 38], disclosed: [0, 0, 0, 0, 0, 0] },
  { type: 'foreignGovernment', country: 'IN', received: [130, 142, 128, 135, 121, 118], disclosed: [0, 0, 0, 0, 0, 0] },
  { type: 'foreignGovernment', country: 'BR', received: [72, 69, 75, 66, 63, 60], disclosed: [0, 0, 0, 0, 0, 0] },
  { type: 'foreignGovernment', country: 'JP', received: [18, 15, 17, 14, 16, 12], disclosed: [0, 0, 0, 0, 0, 0] },
  { type: 'foreignGovernment', country: 'AU', received: [23, 25, 21, 19, 22, 20], disclosed: [4, 3, 3, 2, 3, 2] },
  { type: 'foreignGovernment', country: 'CA', received: [29, 31, 27, 26, 24, 25], disclosed: [5, 6, 4, 4, 3, 4] },
  { type: 'foreignGovernment', country: 'MX', received: [14, 12, 13, 11, 10, 9], disclosed: [0, 0, 0, 0, 0, 0] },
  { type: 'foreignGovernment', country: 'KR', received: [6, 7, 5, 8, 6, 5], disclosed: [0, 0, 0, 0, 0, 0] },
  {
    type: 'civilLitigant',
    country: 'US',
    received: [212, 198, 205, 190, 184, 176],
    disclosed: [31, 27, 29, 24, 22, 21],
  },
  { type: 'civilLitigant', country: 'GB', received: [9, 11, 8, 10, 7, 6], disclosed: [0, 1, 0, 0, 0, 0] },
  { type: 'internalEmployee', country: 'US', received: [64, 58, 52, 47, 41, 39], disclosed: [48, 43, 37, 33, 29, 27] },
  { type: 'internalEmployee', country: 'SG', received: [7, 6, 6, 5, 5, 4], disclosed: [2, 1, 1, 0, 0, 0] },
];

function countFor(item: Series, field: 'received' | 'disclosed', index: number): Count {
  const value = item[field][index] ?? 0;
  // Small figures from a single foreign government are suppressed to protect
  // individual investigations, as many transparency reports do.
  if (item.type === 'foreignGovernment' && item.country === 'KR' && field === 'received' && value < 7) {
    return fewerThanFive;
  }
  // The UK litigation figures for the first period were not collected.
  if (item.type === 'civilLitigant' && item.country === 'GB' && index === 0) {
    return { kind: 'notReported', reason: 'Not collected before mid-2023' };
  }
  return exact(value);
}

export const accessRequests: AccessRequestCount[] = periods.flatMap((period, index) => [
  ...series.map((item) => ({
    period: period.id,
    requesterType: item.type,
    country: item.country,
    received: countFor(item, 'received', index),
    disclosed: countFor(item, 'disclosed', index),
  })),
  {
    period: period.id,
    requesterType: 'usNationalSecurity' as const,
    country: 'US',
    received: nationalSecurityBand,
    disclosed: nationalSecurityBand,
  },
]);
