import type { z } from 'zod';
import { boundsOf, defOf } from './schema-sample';

/** A small seeded PRNG (mulberry32): the same seed gives the same payloads, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

const hugeStrings = new Map<number, string>();
/** Shared big strings, so generating thousands of payloads stays cheap. */
export function hugeString(length: number): string {
  let value = hugeStrings.get(length);
  if (!value) {
    value = 'Ω'.repeat(length);
    hugeStrings.set(length, value);
  }
  return value;
}

/** `[[[…]]]` or `{a:{a:…}}`, built without recursion so any depth is cheap. */
export function deeplyNested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** An object with an *own* `__proto__` (or other dangerous) key, as JSON.parse would produce. */
export function withOwnKey(base: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

export const dangerousKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
export const oddKeys = ['', ' ', 'x', 'id ', 'ID', '\u0000', 'ключ', 'a'.repeat(5000), '../../etc/passwd', '$where', 'then'];

/** Binary values as they can reach main over IPC (structured clone) or be posted. */
export function binaryValues(rng: Random): unknown[] {
  const bytes = Uint8Array.from({ length: 1 + Math.floor(rng() * 64) }, () => Math.floor(rng() * 256));
  return [bytes, Buffer.from(bytes), bytes.buffer, new DataView(bytes.buffer), new Float64Array([NaN, Infinity]), new Blob([bytes])];
}

/** Numbers JSON cannot carry; only the IPC binding sees them as they are. */
// `1e309` as a JSON number overflows to Infinity; spelled out so the overflow is visible.
export const nonFiniteNumbers = [NaN, Infinity, -Infinity, Number('1e309'), Number('-1e309')];

const unwrapTypes = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema under optional/nullable/default wrappers. */
export function baseSchema(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (unwrapTypes.has(defOf(current).type)) current = defOf(current).innerType!;
  if (defOf(current).type === 'pipe') return baseSchema(defOf(current).in!);
  return current;
}

/** Values that break `schema` in a way typical of its kind: wrong type, out of range, too long, wrong member. */
export function wrongValuesFor(schema: z.ZodType, rng: Random): unknown[] {
  const base = baseSchema(schema);
  const def = defOf(base);
  const { min, max, int } = boundsOf(base);
  const common: unknown[] = [null, [], {}, true, 0, 'x', ...binaryValues(rng).slice(0, 2), deeplyNested(50, 'object')];
  switch (def.type) {
    case 'string': {
      const lengths = [max !== undefined ? max + 1 : 0, max !== undefined ? max * 10 + 7 : 0, 1_000_000].filter(
        (n) => n > 0 && n <= 5_000_000,
      );
      return [
        1,
        -1,
        3.5,
        ...nonFiniteNumbers,
        false,
        ['a'],
        { toString: 'x' },
        ...lengths.map((n) => hugeString(n)),
        ...(min && min > 0 ? ['', 'z'.repeat(min - 1)] : []),
        ...common,
      ];
    }
    case 'number': {
      const edges = [min !== undefined ? min - 1 : -1e20, max !== undefined ? max + 1 : 1e20, ...(int ? [0.5, 1.000001, 2 ** 53 + 2] : [])];
      return ['1', '', '0x10', ' 1 ', '1e3', ...nonFiniteNumbers, ...edges, Number.MAX_VALUE, -Number.MAX_VALUE, 1n, ...common];
    }
    case 'boolean':
      return ['true', 'false', 1, 0, 'yes', ...nonFiniteNumbers, ...common];
    case 'enum':
    case 'literal': {
      const members = def.type === 'enum' ? Object.values(def.entries ?? {}) : (def.values ?? []);
      const first = String(members[0] ?? '');
      return [
        `${first}x`,
        first.toUpperCase() === first ? first.toLowerCase() + '_' : first.toUpperCase(),
        ` ${first}`,
        '',
        '__proto__',
        ...common,
      ];
    }
    case 'array': {
      const tooMany = max !== undefined ? max + 1 : 100_000;
      return ['a', { 0: 'a', length: 1 }, Array.from({ length: tooMany }, () => ({})), [null], [[[]]], ...nonFiniteNumbers, ...common];
    }
    case 'object':
      return ['{}', [{}], 'object', 1, ...nonFiniteNumbers, withOwnKey({}, '__proto__', { polluted: true }), ...common];
    default:
      return [Symbol('x'), () => 1, ...nonFiniteNumbers, ...common];
  }
}
