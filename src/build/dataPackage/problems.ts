/** One thing wrong (or doubtful) in a data package, said so a publisher can find and fix it. */
export interface Problem {
  severity: 'error' | 'warning';
  /** A stable name for the rule, for docs and tests. */
  rule: string;
  /** The file, relative to the package folder. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** JSON pointer to the value (JSON files), e.g. /3/received/kind. */
  pointer?: string;
  /** The CSV column or JSON field. */
  field?: string;
  /** What is wrong, with what was expected. */
  message: string;
  /** What to do about it, in plain words. */
  hint?: string;
}

/** Where a problem lies, before it is tied to a file. */
export type ProblemPlace = Pick<Problem, 'file' | 'line' | 'pointer' | 'field'>;

export function countBySeverity(problems: readonly Problem[]) {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function where(problem: Problem): string {
  const parts = [problem.file];
  if (problem.line !== undefined) parts.push(`line ${problem.line}`);
  if (problem.pointer) parts.push(problem.pointer);
  if (problem.field) parts.push(`field ${problem.field}`);
  return parts.join(', ');
}

/** The report check-data and the build print: every problem, errors first, then a count. */
export function formatReport(problems: readonly Problem[], packageDir: string): string {
  const ordered = [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
  const lines = ordered.flatMap((problem) => [
    `${problem.severity === 'error' ? 'error  ' : 'warning'} ${where(problem)}: ${problem.message} [${problem.rule}]`,
    ...(problem.hint ? [`        hint: ${problem.hint}`] : []),
  ]);
  const { errors, warnings } = countBySeverity(problems);
  const summary =
    errors + warnings === 0
      ? `${packageDir}: no problems found.`
      : `${packageDir}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
  return [...lines, summary].join('\n');
}
