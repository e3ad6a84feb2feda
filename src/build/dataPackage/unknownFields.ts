import type * as z from 'zod/mini';

interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  in?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  discriminator?: string;
  values?: unknown[];
}

const defOf = (schema: z.ZodMiniType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Paths of the fields in a value that its schema does not know. Parsing drops them
 * silently; a publisher should hear that a field was ignored (a typo, often).
 */
export function unknownFields(
  schema: z.ZodMiniType,
  value: unknown,
  path: (string | number)[] = [],
): (string | number)[][] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return def.innerType ? unknownFields(def.innerType, value, path) : [];
    case 'pipe':
      return def.in ? unknownFields(def.in, value, path) : [];
    case 'array':
      return Array.isArray(value) && def.element
        ? value.flatMap((item, index) => unknownFields(def.element!, item, [...path, index]))
        : [];
    case 'object': {
      if (!isRecord(value) || !def.shape) return [];
      const shape = def.shape;
      return Object.entries(value).flatMap(([key, item]) =>
        key in shape ? unknownFields(shape[key]!, item, [...path, key]) : [[...path, key]],
      );
    }
    case 'union': {
      if (!isRecord(value) || !def.options || !def.discriminator) return [];
      const tag = value[def.discriminator];
      const option = def.options.find((candidate) => {
        const literal = defOf(candidate).shape?.[def.discriminator!];
        return literal ? defOf(literal).values?.includes(tag) : false;
      });
      return option ? unknownFields(option, value, path) : [];
    }
    default:
      return [];
  }
}
