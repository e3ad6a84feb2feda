import type { Finding, Rule } from './finding';

/**
 * The 249 codes ISO 3166-1 assigns, and XK, the code Kosovo is given by the European Commission,
 * CLDR and most transparency reports. The data's schema checks only the shape (two capitals): "UK"
 * or "XX" pass it, and a page would then name a country the code does not stand for, or none.
 */
const COUNTRY_CODES = new Set(
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
   CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO
   FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE
   JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO
   MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW
   PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM
   TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK`.split(/\s+/),
);

/** Codes often written for an assigned one. */
const MEANT: Record<string, string> = { UK: 'GB', EL: 'GR', EU: 'a country of the Union' };

export function isCountryCode(code: string): boolean {
  return COUNTRY_CODES.has(code);
}

/** Every country code in the data is one that names a country (ISO 3166-1 alpha-2, or XK). */
export const countryCodes: Rule = ({ storageLocations, accessRequests }) => {
  const findings: Finding[] = [];
  const check = (resource: 'storageLocations' | 'accessRequests', code: string, index: number, field: string) => {
    if (isCountryCode(code)) return;
    findings.push({
      severity: 'error',
      rule: 'country-code',
      resource,
      index,
      path: [field],
      message: `is “${code}”, which ISO 3166-1 assigns to no country`,
      hint: MEANT[code]
        ? `Did you mean ${MEANT[code]}? The codes are ISO 3166-1 alpha-2 (XK for Kosovo).`
        : 'Use the country’s ISO 3166-1 alpha-2 code (XK for Kosovo).',
    });
  };
  storageLocations?.forEach((location, index) => check('storageLocations', location.countryCode, index, 'countryCode'));
  accessRequests?.forEach((row, index) => check('accessRequests', row.country, index, 'country'));
  return findings;
};
