/**
 * The canonical form of a dataset file: the bytes `data:format` writes and
 * `data:check` demands, so that diffs stay small and reviews easy.
 *
 * `JSON.stringify(value, null, 2) + "\n"`, object keys in the order the zod schema
 * declares them (unknown keys kept, after the known ones, for the check to report),
 * accounts sorted by id. It works on the raw parsed JSON, never on zod's output:
 * formatting must not trim, default or drop anything a curator wrote.
 */
import { z } from 'zod';
import {
  bilingualAccountSchema,
  bilingualEntitySchema,
  bilingualQuestionSchema,
  datasetMetaSchema,
  sourceSchema,
} from '../../core/schema.ts';
import type { FileKind } from './layout.ts';

const schemaOf: Record<Exclude<FileKind, 'accounts'>, z.ZodType> = {
  meta: datasetMetaSchema,
  source: sourceSchema,
  entity: bilingualEntitySchema,
  question: bilingualQuestionSchema,
};

export function canonicalValue(kind: FileKind, value: unknown): unknown {
  if (kind !== 'accounts') return orderKeys(value, schemaOf[kind]);
  if (!Array.isArray(value)) return value;
  return sortById(value.map((account) => orderKeys(account, bilingualAccountSchema)));
}

export function canonicalText(kind: FileKind, value: unknown): string {
  return `${JSON.stringify(canonicalValue(kind, value), null, 2)}\n`;
}

function orderKeys(value: unknown, schema: z.ZodType): unknown {
  if (schema instanceof z.ZodOptional) return orderKeys(value, schema.unwrap() as z.ZodType);
  // A name is a string or { en, es }: order the object's keys by the branch that is an object.
  if (schema instanceof z.ZodUnion) {
    const objectBranch = (schema.options as z.ZodType[]).find((option) => option instanceof z.ZodObject);
    return objectBranch && isPlainObject(value) ? orderKeys(value, objectBranch) : value;
  }
  if (schema instanceof z.ZodArray) {
    return Array.isArray(value) ? value.map((item) => orderKeys(item, schema.element as z.ZodType)) : value;
  }
  if (schema instanceof z.ZodObject && isPlainObject(value)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const ordered: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const field = shape[key];
      if (key in value && field !== undefined) ordered[key] = orderKeys(value[key], field);
    }
    for (const key of Object.keys(value)) {
      if (!(key in ordered)) ordered[key] = value[key];
    }
    return ordered;
  }
  return value;
}

/** Sorts by `id` (code-unit order, stable); entries without a string id keep their place at the end. */
function sortById(accounts: unknown[]): unknown[] {
  const idOf = (item: unknown) => (isPlainObject(item) && typeof item.id === 'string' ? item.id : undefined);
  return accounts
    .map((item, index) => ({ item, index, id: idOf(item) }))
    .sort((a, b) => {
      if (a.id === undefined || b.id === undefined) {
        return a.id === b.id ? a.index - b.index : a.id === undefined ? 1 : -1;
      }
      return a.id === b.id ? a.index - b.index : a.id < b.id ? -1 : 1;
    })
    .map(({ item }) => item);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
