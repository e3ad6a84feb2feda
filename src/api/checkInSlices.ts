import * as z from 'zod/mini';

/** Rows checked in one task: about 10 ms of zod's work over access-request rows on a fast machine. */
export const ROWS_PER_SLICE = 2000;

export type Checked<T> =
  { success: true; data: T } | { success: false; issue: z.core.$ZodIssue | undefined; error: z.core.$ZodError };

/** A turn for the page between two slices: input and rendering may run before it resolves. */
function nextTask(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** An array schema with no check over the whole array (a check that ids are unique, say). */
function checksRowByRow(schema: z.ZodMiniType): boolean {
  const { def } = schema._zod;
  return def.type === 'array' && (def.checks?.length ?? 0) === 0;
}

/**
 * Checks a body against its schema. A long array of rows is checked a slice at a time, with a
 * turn for the page between slices: 24,000 access-request rows were otherwise one task of
 * 100–190 ms that no keystroke or scroll could interrupt. Only an array schema with no check over
 * the whole array is checked so, since each slice is checked alone; anything else is checked at
 * once. An issue names its row by its index in the whole array.
 */
export async function checkInSlices<S extends z.ZodMiniType>(
  schema: S,
  body: unknown,
  yieldToPage: () => Promise<void> = nextTask,
): Promise<Checked<z.infer<S>>> {
  if (!Array.isArray(body) || body.length <= ROWS_PER_SLICE || !checksRowByRow(schema)) {
    const result = schema.safeParse(body);
    return result.success
      ? { success: true, data: result.data }
      : { success: false, issue: result.error.issues[0], error: result.error };
  }
  const rows: unknown[] = [];
  for (let start = 0; start < body.length; start += ROWS_PER_SLICE) {
    // The first turn too: the task that parsed the JSON (40 ms for 24,000 rows) has been long enough.
    await yieldToPage();
    const result = schema.safeParse(body.slice(start, start + ROWS_PER_SLICE));
    if (!result.success) {
      const issues = result.error.issues.map((issue) => {
        const [row, ...rest] = issue.path;
        return typeof row === 'number' ? { ...issue, path: [start + row, ...rest] } : issue;
      });
      return { success: false, issue: issues[0], error: new z.core.$ZodError(issues) };
    }
    for (const checked of result.data as unknown[]) rows.push(checked);
  }
  return { success: true, data: rows as z.infer<S> };
}
