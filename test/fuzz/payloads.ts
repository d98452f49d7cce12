import type { z } from 'zod';
import {
  baseSchema,
  binaryValues,
  dangerousKeys,
  deeplyNested,
  hugeString,
  nonFiniteNumbers,
  oddKeys,
  pick,
  type Random,
  withOwnKey,
  wrongValuesFor,
} from './hostile-values';
import { defOf, validSample } from './schema-sample';

/** One hostile call: `args` are the IPC arguments; `body` is what is posted to the bridge. */
export interface Payload {
  kind: string;
  args: unknown[];
  body?: string | Buffer;
}

interface FieldPath {
  path: string[];
  schema: z.ZodType;
}

/** Every field of every (nested) object the schema describes, with its schema. */
function fieldPaths(schema: z.ZodType, prefix: string[] = [], depth = 0): FieldPath[] {
  const base = baseSchema(schema);
  const def = defOf(base);
  if (depth > 6) return [];
  if (def.type === 'object') {
    return Object.entries(def.shape ?? {}).flatMap(([key, field]) => [
      { path: [...prefix, key], schema: field },
      ...fieldPaths(field, [...prefix, key], depth + 1),
    ]);
  }
  if (def.type === 'array') return fieldPaths(def.element!, [...prefix, '0'], depth + 1);
  if (def.type === 'union') return (def.options ?? []).flatMap((option) => fieldPaths(option, prefix, depth + 1));
  return [];
}

function clone(value: unknown): unknown {
  return value === undefined ? undefined : structuredClone(value);
}

/** Sets (or with `remove`, deletes) the value at `path`, creating parents that an optional field left out. */
function setAt(root: unknown, path: string[], value: unknown, remove = false): unknown {
  const top: unknown = typeof root === 'object' && root !== null ? root : {};
  let node = top as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    // A typed array (a "[binary]" wrong value set by an earlier fault) cannot hold an object: replace it too.
    const child = node[key];
    if (typeof child !== 'object' || child === null || ArrayBuffer.isView(child)) node[key] = /^\d+$/.test(key) ? [] : {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, configurable: true, writable: true });
  return top;
}

type Mutation = (rng: Random) => { kind: string; value: unknown };

function mutationsFor(schema: z.ZodType): Mutation[] {
  const sample = validSample(schema);
  const fields = fieldPaths(schema);
  const objectPaths = [[], ...fields.filter((f) => defOf(baseSchema(f.schema)).type === 'object').map((f) => f.path)];
  const topLevel: unknown[] = [
    null,
    undefined,
    0,
    -1,
    1.5,
    '',
    'x',
    'true',
    '{}',
    true,
    false,
    [],
    [sample],
    new Date(0),
    new Map(),
    new Set(),
  ];
  const mutations: Mutation[] = [
    (rng) => ({ kind: 'wrong top-level type', value: pick(rng, topLevel) }),
    (rng) => ({ kind: 'non-finite number', value: pick(rng, nonFiniteNumbers) }),
    (rng) => ({ kind: 'binary', value: pick(rng, binaryValues(rng)) }),
    (rng) => ({ kind: 'huge string', value: hugeString(pick(rng, [10_000, 1_000_000, 5_000_000])) }),
    (rng) => ({ kind: 'deep nesting', value: deeplyNested(pick(rng, [100, 1_000, 5_000]), pick(rng, ['array', 'object'] as const)) }),
    (rng) => {
      const key = pick(rng, [...dangerousKeys, ...oddKeys]);
      const at = pick(rng, objectPaths);
      const extra = pick(rng, [{ polluted: true }, 'x', 1, null, { prototype: { polluted: true } }]);
      const target = at.length === 0 ? withOwnKey((clone(sample) as object) ?? {}, key, extra) : setAt(clone(sample), [...at, key], extra);
      return { kind: `extra key ${JSON.stringify(key.slice(0, 20))}`, value: target };
    },
    () => ({
      kind: 'prototype pollution',
      value: JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
    }),
  ];
  if (fields.length > 0) {
    mutations.push(
      (rng) => {
        const field = pick(rng, fields);
        return { kind: `missing ${field.path.join('.')}`, value: setAt(clone(sample), field.path, undefined, true) };
      },
      (rng) => {
        const field = pick(rng, fields);
        const wrong = pick(rng, wrongValuesFor(field.schema, rng));
        return { kind: `wrong ${field.path.join('.')}`, value: setAt(clone(sample), field.path, wrong) };
      },
      (rng) => {
        // Two faults at once: validation must not stop caring after the first.
        let value = clone(sample);
        for (let i = 0; i < 2; i++) {
          const field = pick(rng, fields);
          value = setAt(value, field.path, pick(rng, wrongValuesFor(field.schema, rng)));
        }
        return { kind: 'two wrong fields', value };
      },
    );
  }
  return mutations;
}

function isInvalid(schema: z.ZodType, value: unknown): boolean {
  try {
    return !schema.safeParse(value).success;
  } catch {
    // A payload that makes parsing throw is still refused by the dispatcher (it catches), so it counts.
    return true;
  }
}

/** Bodies that never become the intended JSON: the bridge must answer invalid_input without parsing further. */
function rawBodies(rng: Random, sample: unknown): { kind: string; body: string | Buffer }[] {
  const json = JSON.stringify(sample ?? {});
  const bytes = Buffer.from(Array.from({ length: 1 + Math.floor(rng() * 300) }, () => Math.floor(rng() * 256)));
  return [
    { kind: 'truncated JSON', body: json.slice(0, Math.max(1, Math.floor(json.length * rng()))) + (json.length > 1 ? '' : '{') },
    { kind: 'random bytes', body: bytes },
    { kind: 'BOM before JSON', body: `\uFEFF${json}` },
    { kind: 'UTF-16 JSON', body: Buffer.from(json, 'utf16le') },
    { kind: 'NaN literal', body: '{"x": NaN}' },
    { kind: 'trailing garbage', body: `${json}}` },
  ];
}

/**
 * Yields `count` payloads the channel's schema refuses, each checked with
 * `safeParse` (for HTTP, after the JSON round trip the bridge will do), one
 * at a time so big bodies never pile up. `transport` decides what a payload
 * may contain: IPC gets any value and extra arguments; HTTP gets JSON text
 * or raw bytes. `stats.discarded` counts generated payloads that turned out valid.
 */
export function* invalidPayloads(
  schema: z.ZodType,
  count: number,
  rng: Random,
  transport: 'ipc' | 'http',
  stats = { made: 0, discarded: 0 },
): Generator<Payload> {
  const mutations = mutationsFor(schema);
  const sample = validSample(schema);
  const accept = (valid: boolean) => {
    if (valid) stats.discarded++;
    else stats.made++;
    return !valid;
  };
  while (stats.made < count && stats.discarded < count * 20) {
    const roll = rng();
    if (transport === 'ipc' && roll < 0.03) {
      const payload = { kind: 'extra IPC arguments', args: [clone(sample), pick(rng, [{}, 'more', null])] };
      if (accept(false)) yield payload;
      continue;
    }
    if (transport === 'http' && roll < 0.06) {
      const raw = pick(rng, rawBodies(rng, sample));
      let parsed: unknown;
      let parses = true;
      try {
        parsed = JSON.parse(raw.body.toString());
      } catch {
        parses = false;
      }
      const payload = { kind: raw.kind, args: [], body: raw.body };
      if (accept(parses && !isInvalid(schema, parsed))) yield payload;
      continue;
    }
    const { kind, value } = pick(rng, mutations)(rng);
    if (transport === 'ipc') {
      const payload = { kind, args: [value] };
      if (accept(!isInvalid(schema, value))) yield payload;
      continue;
    }
    let body: string | undefined;
    try {
      body = JSON.stringify(value);
    } catch {
      // BigInt, symbols or cycles cannot be posted; the IPC run covers them.
    }
    // No body at all is read as `{}` by the bridge, which is a different payload: skip it.
    const payload = { kind, args: [], body };
    if (accept(body === undefined || body.length === 0 || !isInvalid(schema, JSON.parse(body)))) yield payload;
  }
}
