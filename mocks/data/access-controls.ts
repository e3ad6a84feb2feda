import type { AccessControl } from '../../src/api/schemas';

const evidence = (id: string, label = 'Audit report excerpt') => ({
  label,
  url: `https://example.org/transparency/evidence/${id.toLowerCase()}.pdf`,
});

export const accessControls: AccessControl[] = [
  {
    id: 'AC-01',
    title: 'Named accounts with hardware-key MFA',
    description:
      'Every employee who can reach US user data signs in with a personal account protected by a FIDO2 hardware key. Shared and service accounts cannot be used interactively.',
    category: 'identity',
    status: 'implemented',
    frameworks: [
      { framework: 'ISO27001', reference: 'A.5.16' },
      { framework: 'SOC2', reference: 'CC6.1' },
      { framework: 'NIST80053', reference: 'IA-2(1)' },
    ],
    evidence: [evidence('AC-01')],
    lastReviewed: '2025-11-20',
  },
  {
    id: 'AC-02',
    title: 'Just-in-time access with expiry',
    description:
      'Access to production data is granted per request, for at most 8 hours, and revoked automatically when it expires.',
    category: 'approval',
    status: 'implemented',
    frameworks: [
      { framework: 'ISO27001', reference: 'A.8.2' },
      { framework: 'SOC2', reference: 'CC6.3' },
      { framework: 'NIST80053', reference: 'AC-2(2)' },
    ],
    evidence: [evidence('AC-02'), { label: 'Access policy', url: 'https://example.org/policies/access' }],
    lastReviewed: '2025-10-02',
  },
  {
    id: 'AC-03',
    title: 'Two-person approval for bulk exports',
    description:
      'Any export of more than 1,000 user records needs approval from two people in the US entity, neither of whom is the requester.',
    category: 'approval',
    status: 'implemented',
    frameworks: [
      { framework: 'SOC2', reference: 'CC6.2' },
      { framework: 'NIST80053', reference: 'AC-5' },
    ],
    evidence: [evidence('AC-03')],
    lastReviewed: '2025-09-14',
  },
  {
    id: 'AC-04',
    title: 'Access limited to US-based personnel',
    description:
      'Only personnel employed by the US entity and located in the United States can be granted access to US user data in clear text.',
    category: 'personnel',
    status: 'partial',
    frameworks: [
      { framework: 'ISO27001', reference: 'A.6.1' },
      { framework: 'NIST80053', reference: 'PS-3' },
    ],
    evidence: [{ label: 'Internal roster audit (on request)', url: 'urn:sample:audit:roster-2025' }],
    lastReviewed: '2025-06-30',
  },
  {
    id: 'AC-05',
    title: 'Background screening for privileged roles',
    description:
      'Employees with privileged access pass a background check before they are granted it, and again every three years.',
    category: 'personnel',
    status: 'implemented',
    frameworks: [
      { framework: 'ISO27001', reference: 'A.6.1' },
      { framework: 'SOC2', reference: 'CC1.4' },
      { framework: 'NIST80053', reference: 'PS-3' },
    ],
    evidence: [evidence('AC-05')],
    lastReviewed: '2024-08-01',
  },
  {
    id: 'AC-06',
    title: 'Tamper-evident access logging',
    description:
      'Every read of user data by an employee is logged to append-only storage that the accessing teams cannot modify.',
    category: 'monitoring',
    status: 'implemented',
    frameworks: [
      { framework: 'ISO27001', reference: 'A.8.15' },
      { framework: 'SOC2', reference: 'CC7.2' },
      { framework: 'NIST80053', reference: 'AU-9' },
    ],
    evidence: [evidence('AC-06')],
    lastReviewed: '2025-12-01',
  },
  {
    id: 'AC-07',
    title: 'Independent review of access logs',
    description:
      'A team outside engineering reviews a sample of access logs every week and investigates every anomaly.',
    category: 'monitoring',
    status: 'implemented',
    frameworks: [
      { framework: 'SOC2', reference: 'CC7.3' },
      { framework: 'NIST80053', reference: 'AU-6' },
    ],
    evidence: [evidence('AC-07')],
    lastReviewed: '2025-07-15',
  },
  {
    id: 'AC-08',
    title: 'Real-time alerts on unusual access',
    description:
      'Automated detection raises an alert when an employee reads an unusual volume of records or records outside their role.',
    category: 'monitoring',
    status: 'partial',
    frameworks: [
      { framework: 'ISO27001', reference: 'A.8.16' },
      { framework: 'NIST80053', reference: 'SI-4' },
    ],
    evidence: [],
    lastReviewed: '2025-03-10',
  },
  {
    id: 'AC-09',
    title: 'Customer-data encryption with US-held keys',
    description:
      'User data is encrypted at rest with keys held in hardware security modules operated by the US entity.',
    category: 'dataProtection',
    status: 'implemented',
    frameworks: [
      { framework: 'ISO27001', reference: 'A.8.24' },
      { framework: 'SOC2', reference: 'CC6.7' },
      { framework: 'NIST80053', reference: 'SC-12' },
    ],
    evidence: [evidence('AC-09')],
    lastReviewed: '2025-11-02',
  },
  {
    id: 'AC-10',
    title: 'Pseudonymised data for analytics',
    description:
      'Analytics teams work on pseudonymised data only; re-identification needs a separate, logged approval.',
    category: 'dataProtection',
    status: 'planned',
    frameworks: [
      { framework: 'ISO27001', reference: 'A.8.11' },
      { framework: 'NIST80053', reference: 'SI-19' },
    ],
    evidence: [],
    lastReviewed: '2025-05-20',
  },
  {
    id: 'AC-11',
    title: 'Quarterly access recertification',
    description: 'Managers recertify every access entitlement each quarter; entitlements not recertified are removed.',
    category: 'identity',
    status: 'implemented',
    frameworks: [
      { framework: 'ISO27001', reference: 'A.5.18' },
      { framework: 'SOC2', reference: 'CC6.2' },
      { framework: 'NIST80053', reference: 'AC-2(3)' },
    ],
    evidence: [evidence('AC-11')],
    lastReviewed: '2024-10-30',
  },
  {
    id: 'AC-12',
    title: 'Vendor access through monitored gateway',
    description:
      'Third-party support staff can reach systems only through a recorded, time-limited gateway session approved by the US entity.',
    category: 'thirdParty',
    status: 'partial',
    frameworks: [
      { framework: 'ISO27001', reference: 'A.5.19' },
      { framework: 'SOC2', reference: 'CC9.2' },
      { framework: 'NIST80053', reference: 'SA-9' },
    ],
    evidence: [evidence('AC-12', 'Gateway configuration summary')],
    lastReviewed: '2025-08-22',
  },
  {
    id: 'AC-13',
    title: 'Prompt revocation on role change',
    description: 'Access is removed within 24 hours when an employee changes role or leaves.',
    category: 'identity',
    status: 'implemented',
    frameworks: [
      { framework: 'SOC2', reference: 'CC6.2' },
      { framework: 'NIST80053', reference: 'PS-4' },
    ],
    evidence: [evidence('AC-13')],
    lastReviewed: '2025-04-18',
  },
  {
    id: 'AC-14',
    title: 'Annual independent assessment by a US auditor',
    description:
      'An independent US audit firm tests these controls every year and publishes a summary of its findings.',
    category: 'thirdParty',
    status: 'planned',
    frameworks: [
      { framework: 'ISO27001', reference: 'A.5.35' },
      { framework: 'SOC2', reference: 'CC4.1' },
      { framework: 'NIST80053', reference: 'CA-2' },
    ],
    evidence: [],
    lastReviewed: '2025-01-12',
  },
];
