import type { z } from 'zod';

/**
 * A best-effort *valid* value for a zod schema, read from its definition, so
 * the fuzzer can break one field at a time (the most telling payloads are
 * valid but for one thing). Where it cannot build a valid value it returns
 * something of the right shape; the fuzzer checks every payload with
 * `safeParse` anyway, so a wrong guess only makes a payload less targeted.
 */

interface Check {
  check: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  value?: number | bigint;
  inclusive?: boolean;
  format?: string;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
  out?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  defaultValue?: unknown;
  checks?: { _zod: { def: Check } }[];
  format?: string;
  minimum?: number;
  maximum?: number;
}

export function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The length/number bounds a schema's checks declare. */
export function boundsOf(schema: z.ZodType): { min?: number; max?: number; int: boolean } {
  const def = defOf(schema);
  const bounds: { min?: number; max?: number; int: boolean } = { int: def.format === 'safeint' || def.format === 'int32' };
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    if (check.check === 'min_length' || check.check === 'length_equals') bounds.min = Number(check.minimum ?? check.value ?? 0);
    if (check.check === 'max_length' || check.check === 'length_equals') bounds.max = Number(check.maximum ?? check.value ?? 0);
    if (check.check === 'greater_than') bounds.min = Number(check.value) + (check.inclusive ? 0 : 1);
    if (check.check === 'less_than') bounds.max = Number(check.value) - (check.inclusive ? 0 : 1);
    if (check.check === 'number_format' && (check.format === 'safeint' || check.format === 'int32')) bounds.int = true;
  }
  return bounds;
}

const formatSamples: Record<string, string> = {
  datetime: '2026-01-05T10:00:00.000Z',
  date: '2026-01-05',
  time: '10:00:00',
  email: 'jane@example.com',
  url: 'https://example.com/',
  uuid: '6f1c1d3a-58b4-4b8e-9a39-1d7d7cf1a6a2',
  guid: '6f1c1d3a-58b4-4b8e-9a39-1d7d7cf1a6a2',
};

export function validSample(schema: z.ZodType, depth = 0): unknown {
  const def = defOf(schema);
  if (depth > 20) return undefined;
  switch (def.type) {
    case 'string': {
      if (def.format && formatSamples[def.format]) return formatSamples[def.format];
      const { min = 1, max = 1000 } = boundsOf(schema);
      return 'a'.repeat(Math.min(Math.max(min, 1), max));
    }
    case 'number': {
      const { min, max } = boundsOf(schema);
      return min ?? (max !== undefined ? Math.min(max, 1) : 1);
    }
    case 'bigint':
      return 1n;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'undefined':
    case 'void':
      return undefined;
    case 'literal':
      return def.values?.[0];
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const fieldDef = defOf(field);
        if (fieldDef.type === 'optional') continue;
        out[key] = validSample(field, depth + 1);
      }
      return out;
    }
    case 'array': {
      const { min = 0 } = boundsOf(schema);
      return Array.from({ length: Math.max(min, 1) }, () => validSample(def.element!, depth + 1));
    }
    case 'tuple':
      return (def.items ?? []).map((item) => validSample(item, depth + 1));
    case 'record':
      return {};
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return validSample(def.innerType!, depth + 1);
    case 'default':
    case 'prefault':
      return validSample(def.innerType!, depth + 1);
    case 'union':
      return validSample(def.options![0]!, depth + 1);
    case 'intersection':
      return { ...(validSample(def.left!, depth + 1) as object), ...(validSample(def.right!, depth + 1) as object) };
    case 'pipe':
      return validSample(def.in!, depth + 1);
    case 'date':
      return new Date('2026-01-05T10:00:00.000Z');
    default:
      return undefined;
  }
}
