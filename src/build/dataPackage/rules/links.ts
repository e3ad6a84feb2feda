import { safeHttpUrl } from '../../../lib/safeUrl';
import type { Finding, Rule } from './finding';

/** Evidence that is not a web address is shown as text, not as a link: say so. */
export const evidenceLinks: Rule = ({ accessControls, meta }) => {
  const findings: Finding[] = (accessControls ?? []).flatMap((control, index) =>
    control.evidence.flatMap((item, evidenceIndex): Finding[] =>
      safeHttpUrl(item.url)
        ? []
        : [
            {
              severity: 'warning',
              rule: 'evidence-link',
              resource: 'accessControls',
              index,
              path: ['evidence', evidenceIndex, 'url'],
              message: `“${item.url}” is not an http(s) address, so the site shows it as text, not as a link`,
              hint: 'Readers cannot open it; say in the label how to obtain the evidence.',
            },
          ],
    ),
  );
  if (meta?.organisation.url && !safeHttpUrl(meta.organisation.url)) {
    findings.push({
      severity: 'warning',
      rule: 'evidence-link',
      resource: 'meta',
      path: ['organisation', 'url'],
      message: `“${meta.organisation.url}” is not an http(s) address`,
      hint: 'Give the organisation’s web address, starting with https://.',
    });
  }
  return findings;
};
