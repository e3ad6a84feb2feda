import type { Finding, Rule } from './finding';

/** Flows, location figures and request rows point at things the package declares. */
export const references: Rule = (data) => {
  const findings: Finding[] = [];
  const locations = data.storageLocations;
  if (locations) {
    const ids = new Set(locations.map((location) => location.id));
    const known = [...ids].join(', ') || 'none';
    if (!locations.some((location) => location.role === 'primary')) {
      findings.push({
        severity: 'error',
        rule: 'primary-location',
        resource: 'storageLocations',
        message: 'no storage location has the role primary',
        hint: 'At least one location is where the data lives; give it role "primary".',
      });
    }
    data.replicationFlows?.forEach((flow, index) => {
      for (const end of ['from', 'to'] as const) {
        if (!ids.has(flow[end])) {
          findings.push({
            severity: 'error',
            rule: 'flow-endpoint',
            resource: 'replicationFlows',
            index,
            path: [end],
            message: `“${flow[end]}” is not the id of a storage location (known: ${known})`,
            hint: 'A replication flow joins two locations listed in storage-locations.',
          });
        }
      }
      if (flow.from === flow.to) {
        findings.push({
          severity: 'error',
          rule: 'flow-endpoint',
          resource: 'replicationFlows',
          index,
          path: ['to'],
          message: `the flow goes from “${flow.from}” to itself`,
          hint: 'A replication flow joins two different locations.',
        });
      }
    });
    data.locationAccess?.forEach((row, index) => {
      if (!ids.has(row.location)) {
        findings.push({
          severity: 'error',
          rule: 'location-declared',
          resource: 'locationAccess',
          index,
          path: ['location'],
          message: `“${row.location}” is not the id of a storage location (known: ${known})`,
          hint: 'A location-access row counts approvals for a location listed in storage-locations.',
        });
      }
    });
  }

  const categories = data.requestCategories;
  if (categories) {
    const ids = new Set(categories.map((category) => category.id));
    const known = [...ids].join(', ') || 'none';
    data.accessRequests?.forEach((row, index) => {
      if (!ids.has(row.category)) {
        findings.push({
          severity: 'error',
          rule: 'category-declared',
          resource: 'accessRequests',
          index,
          path: ['category'],
          message: `“${row.category}” is not a declared request category (known: ${known})`,
          hint: 'Declare the category in request-categories, with a label and a description, or correct the id.',
        });
      }
    });
    if (data.meta && !ids.has(data.meta.headlineCategory)) {
      findings.push({
        severity: 'error',
        rule: 'headline-category',
        resource: 'meta',
        path: ['headlineCategory'],
        message: `“${data.meta.headlineCategory}” is not a declared request category (known: ${known})`,
        hint: 'The headline names one of the categories in request-categories.',
      });
    } else if (
      data.meta &&
      data.accessRequests &&
      !data.accessRequests.some((row) => row.category === data.meta!.headlineCategory)
    ) {
      findings.push({
        severity: 'warning',
        rule: 'headline-category',
        resource: 'meta',
        path: ['headlineCategory'],
        message: `no figure is reported for the headline category “${data.meta.headlineCategory}”`,
        hint: 'The overview will say that nothing is reported for it.',
      });
    } else if (data.meta && data.accessRequests) {
      const headline = data.meta.headlineCategory;
      const reported = new Set(data.accessRequests.filter((row) => row.category === headline).map((row) => row.period));
      const missing = data.meta.periods.filter((period) => !reported.has(period.id)).map((period) => period.id);
      if (missing.length > 0) {
        findings.push({
          severity: 'warning',
          rule: 'headline-periods',
          resource: 'meta',
          path: ['headlineCategory'],
          message: `no figure is reported for the headline category “${headline}” in ${missing.join(', ')}`,
          hint: 'The headline will say “at least” (for shares, that the share is not known) and name those periods as not fully reported. A period without requests is an exact 0; a figure withheld is notReported, with a reason.',
        });
      }
    }
  }
  return findings;
};
