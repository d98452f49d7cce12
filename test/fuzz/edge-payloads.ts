import type { z } from 'zod';
import { pick, type Random } from './hostile-values';
import { boundsOf, defOf, validSample } from './schema-sample';

/**
 * Payloads the schema ACCEPTS but that sit at its edges: strings at their
 * shortest (empty where allowed) or longest, with characters beyond ASCII;
 * numbers at their bounds (or the largest safe integer where unbounded);
 * dates in year 9999 or year 1; arrays empty or long; every optional field
 * present. Each leaf picks its edge at random, so combinations vary.
 */

type Edge = 'low' | 'high' | 'plain';

const farDates: Record<string, [string, string]> = {
  datetime: ['0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z'],
  date: ['0001-01-01', '9999-12-31'],
};
// Mixed scripts, a combining mark, an emoji and a right-to-left letter: valid text that is wide, long and odd.
const wideText = 'Zoë 面接 👩🏽‍💻 שלום e\u0301 ';

function longString(length: number): string {
  return wideText
    .repeat(Math.ceil(length / wideText.length))
    .slice(0, length)
    .trimEnd()
    .padEnd(length, 'x');
}

function edgeSample(schema: z.ZodType, rng: Random, depth = 0): unknown {
  const def = defOf(schema);
  if (depth > 20) return undefined;
  const edge: Edge = pick(rng, ['low', 'high', 'high', 'plain'] as const);
  switch (def.type) {
    case 'string': {
      if (def.format && farDates[def.format]) return farDates[def.format]![edge === 'low' ? 0 : 1];
      const patterned = (def.checks ?? []).some(({ _zod }) => _zod.def.check === 'string_format');
      if (def.format || patterned) return validSample(schema);
      const { min = 0, max = 100_000 } = boundsOf(schema);
      if (edge === 'low') return min === 0 ? '' : longString(min);
      if (edge === 'high') return longString(Math.min(max, 100_000));
      return validSample(schema);
    }
    case 'number': {
      const { min, max, int } = boundsOf(schema);
      if (edge === 'low') return min ?? (int ? 0 : 0);
      if (edge === 'high') return max ?? Number.MAX_SAFE_INTEGER;
      return validSample(schema);
    }
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      return edge === 'high' ? values[values.length - 1] : pick(rng, values);
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape ?? {})) out[key] = edgeSample(field, rng, depth + 1);
      return out;
    }
    case 'array': {
      const { min = 0, max = 50 } = boundsOf(schema);
      const length = edge === 'low' ? min : edge === 'high' ? Math.min(max, 50) : Math.max(min, 1);
      return Array.from({ length }, () => edgeSample(def.element!, rng, depth + 1));
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return edge === 'low' && def.type === 'nullable' ? null : edgeSample(def.innerType!, rng, depth + 1);
    case 'union':
      return edgeSample(pick(rng, def.options!), rng, depth + 1);
    case 'pipe':
      return edgeSample(def.in!, rng, depth + 1);
    default:
      return validSample(schema, depth);
  }
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], root);
}

/**
 * Puts the plain sample's value back wherever the schema refused an edge
 * (a refinement such as "empty or an email" the generator cannot read), so
 * the other fields keep their edges. Up to three passes.
 */
function repaired(schema: z.ZodType, value: unknown, plain: unknown): unknown {
  const current = value;
  for (let pass = 0; pass < 3; pass++) {
    const parsed = schema.safeParse(current);
    if (parsed.success) return current;
    for (const issue of parsed.error.issues) {
      if (issue.path.length === 0) return plain;
      const parent = valueAt(current, issue.path.slice(0, -1));
      if (typeof parent !== 'object' || parent === null) return plain;
      (parent as Record<PropertyKey, unknown>)[issue.path[issue.path.length - 1]!] = structuredClone(valueAt(plain, issue.path));
    }
  }
  return current;
}

/**
 * Yields up to `count` edge payloads that `schema` accepts (each checked with
 * safeParse; ones it refuses are dropped and counted in `stats.discarded`).
 */
export function* edgePayloads(schema: z.ZodType, count: number, rng: Random, stats = { made: 0, discarded: 0 }): Generator<unknown> {
  const plain = validSample(schema);
  while (stats.made < count && stats.discarded < count * 20) {
    const value = repaired(schema, edgeSample(schema, rng), plain);
    let accepted: boolean;
    try {
      accepted = schema.safeParse(value).success;
    } catch {
      accepted = false;
    }
    if (!accepted) {
      stats.discarded++;
      continue;
    }
    stats.made++;
    yield value;
  }
}
