/** The value if it is one of the options (from an address, say), else null. */
export function pick<T extends string>(options: readonly T[], value: string | null): T | null {
  return options.includes(value as T) ? (value as T) : null;
}
