import type { Dataset, ResourceKey } from '../../../api/resources';

/** Whatever of the dataset passed the shape check: a resource that failed as a whole is absent. */
export type CheckedData = Partial<Dataset>;

/** A rule broken by the data, placed by resource, row and field; the reader turns it into file and line. */
export interface Finding {
  severity: 'error' | 'warning';
  rule: string;
  resource: ResourceKey;
  /** The row (the item of a list resource); none for the resource as a whole or for meta. */
  index?: number;
  /** The field inside the row (or inside meta). */
  path?: (string | number)[];
  /** Another row the problem involves, such as the first of two with the same id. */
  relatedIndex?: number;
  message: string;
  hint?: string;
}

export type Rule = (data: CheckedData) => Finding[];
