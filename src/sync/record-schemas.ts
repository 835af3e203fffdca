// The zod schemas of synced records, built from record-spec.json: the same definition the server's
// validate_doc_update (tools/couchdb-validate.mjs) enforces. Every record that arrives from elsewhere
// (a pulled document, a sync file) is checked here before it may be applied.
import '@/lib/zod-setup';
import { z } from 'zod';
import { isStamp, MAX_CLOCK_DRIFT_MS, parseStamp } from '@/db/hlc';
import type { SyncedType } from '@/db/records';
import spec from '@/sync/record-spec.json';

type Rule =
  | { kind: 'string'; max: number; required?: boolean; values?: string[] }
  | { kind: 'boolean'; required?: boolean }
  | { kind: 'number'; min: number; max: number; integer?: boolean; required?: boolean }
  | { kind: 'list'; maxItems: number; of: Rule; required?: boolean }
  | { kind: 'object'; fields: Record<string, Rule>; required?: boolean }
  | { kind: 'map'; maxKeys: number; keyMax: number; of: Rule; required?: boolean };

type TypeSpec = { fields: Record<string, Rule>; tombstone: string[]; revivable?: boolean };

const TYPES = spec.types as unknown as Record<SyncedType, TypeSpec>;

/** The largest record (as JSON text) the server accepts. */
export const MAX_RECORD_CHARS: number = spec.maxDocChars;

/** True for types whose id is made of what they link, so a deleted one may be recorded again. */
export function isRevivable(type: SyncedType): boolean {
  return TYPES[type].revivable === true;
}

function schemaOf(rule: Rule): z.ZodType {
  switch (rule.kind) {
    case 'string': {
      const text = z.string().max(rule.max);
      return rule.values ? text.refine((value) => rule.values?.includes(value)) : text;
    }
    case 'boolean':
      return z.boolean();
    case 'number': {
      const number = z.number().min(rule.min).max(rule.max);
      return rule.integer ? number.int() : number;
    }
    case 'list':
      return z.array(schemaOf(rule.of)).max(rule.maxItems);
    case 'object':
      return z.object(shapeOf(rule.fields, false)).strict();
    case 'map':
      return z
        .record(z.string().max(rule.keyMax), schemaOf(rule.of))
        .refine((value) => Object.keys(value).length <= rule.maxKeys);
  }
}

/** The shape of an object with these fields; with `live`, required text fields must not be empty. */
function shapeOf(fields: Record<string, Rule>, live: boolean): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, rule] of Object.entries(fields)) {
    let schema = schemaOf(rule);
    if (live && rule.required && rule.kind === 'string') schema = z.string().min(1).and(schema);
    shape[name] = rule.required ? schema : schema.optional();
  }
  return shape;
}

const envelope = {
  id: z.string().min(1).max(spec.maxIdLength),
  updatedAt: z.string().max(spec.maxIdLength).refine(isStamp),
  updatedBy: z.string().min(1).max(spec.maxIdLength),
};

const SCHEMAS = Object.fromEntries(
  Object.entries(TYPES).map(([type, { fields, tombstone }]) => {
    const live = z.object({ ...shapeOf(fields, true), ...envelope }).strict();
    const kept = Object.fromEntries(
      tombstone.map((name) => [name, schemaOf(fields[name] as Rule).optional()]),
    );
    const dead = z.object({ ...kept, ...envelope, deleted: z.literal(true) }).strict();
    return [type, { live, dead }];
  }),
) as unknown as Record<SyncedType, { live: z.ZodType; dead: z.ZodType }>;

/** Why a record was refused at the boundary, in words for the sync screen (see locales sync.refusal). */
export type RecordProblem = 'shape' | 'tooLarge' | 'futureStamp';

/**
 * Checks the fields of an incoming record (envelope included; no `rev`, `dirty` or CouchDB fields).
 * Returns undefined when it may be applied, or the problem. `nowMs` is this device's clock.
 */
export function recordProblem(
  type: SyncedType,
  fields: Record<string, unknown>,
  nowMs: number = Date.now(),
): RecordProblem | undefined {
  if (JSON.stringify(fields).length > MAX_RECORD_CHARS) return 'tooLarge';
  const schemas = SCHEMAS[type];
  const schema = fields.deleted === true ? schemas.dead : schemas.live;
  if (!schema.safeParse(fields).success) return 'shape';
  if (parseStamp(fields.updatedAt as string).ms > nowMs + MAX_CLOCK_DRIFT_MS) return 'futureStamp';
  return undefined;
}
