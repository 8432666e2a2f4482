/**
 * The W3C Web Annotation model's test assertions (JSON Schema draft-04, from
 * w3c/web-annotation-tests), loaded from `../shared/w3c-web-annotation-tests` beside the
 * repository, as CI lays it out.
 *
 * Ajv 8 reads draft-07, not draft-04. The three draft-04 habits these files use are
 * rewritten on load: `id` names a schema (`$id`), `$schema` points at draft-04, and
 * `exclusiveMinimum` is a boolean that modifies `minimum`. Nothing else changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const w3cTestsRoot = resolve(import.meta.dirname, '../../../../shared/w3c-web-annotation-tests');
const definitionsDir = join(w3cTestsRoot, 'definitions');
/** Base for every schema id, so the files' relative `$ref`s ("annotations.json#/…") resolve. */
const definitionsUrl = `${pathToFileURL(definitionsDir).href}/`;

export interface Assertion {
  /** Path under the tests root, as the `.test` files list it. */
  file: string;
  assertionType: 'must' | 'should' | 'may';
  expectedResult: 'valid' | 'invalid';
  validate: ValidateFunction;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function toDraft07(schema: Json, isRoot: boolean): Json {
  if (Array.isArray(schema)) return schema.map((item) => toDraft07(item, false));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema') continue;
    if (key === 'id' && isRoot && typeof value === 'string') {
      out.$id = new URL(value, definitionsUrl).href;
      continue;
    }
    // Property names under `properties` are data keys, never keywords: keep them as they are.
    if (key === 'properties' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, toDraft07(sub, false)]),
      );
      continue;
    }
    out[key] = toDraft07(value, false);
  }
  if (out.exclusiveMinimum === true && typeof out.minimum === 'number') {
    out.exclusiveMinimum = out.minimum;
    delete out.minimum;
  }
  return out;
}

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

let ajv: Ajv | undefined;

function sharedAjv(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const name of readdirSync(definitionsDir).filter((file) => file.endsWith('.json'))) {
    ajv.addSchema(toDraft07(readJson(join(definitionsDir, name)), true) as object);
  }
  return ajv;
}

const compiled = new Map<string, Assertion>();

export function loadAssertion(file: string): Assertion {
  const cached = compiled.get(file);
  if (cached) return cached;
  const raw = readJson(join(w3cTestsRoot, file)) as { [key: string]: Json };
  const schema = toDraft07(raw, true) as { [key: string]: Json };
  // Assertion ids are bare file names and some repeat across folders: key them by path,
  // placed beside the definitions so their relative references resolve.
  schema.$id = new URL(encodeURIComponent(file), definitionsUrl).href;
  const assertion: Assertion = {
    file,
    assertionType: raw.assertionType as Assertion['assertionType'],
    expectedResult: raw.expectedResult as Assertion['expectedResult'],
    validate: sharedAjv().compile(schema),
  };
  compiled.set(file, assertion);
  return assertion;
}

/** The assertions a `.test` file lists (e.g. `annotations/annotationMusts.test`). */
export function assertionsOf(testFile: string): Assertion[] {
  const test = readJson(join(w3cTestsRoot, testFile)) as { assertions: string[] };
  return test.assertions.map(loadAssertion);
}

/** Whether `document` meets the assertion: valid when it expects valid, invalid when it expects invalid. */
export function meets(assertion: Assertion, document: unknown): boolean {
  const valid = assertion.validate(document) === true;
  return assertion.expectedResult === 'valid' ? valid : !valid;
}

/** The assertions `document` fails, with Ajv's first error for each, for readable test failures. */
export function failedAssertions(assertions: readonly Assertion[], document: unknown): string[] {
  return assertions
    .filter((assertion) => !meets(assertion, document))
    .map((assertion) => {
      const error = assertion.validate.errors?.[0];
      return `${assertion.file}: ${error ? `${error.instancePath || '/'} ${error.message}` : 'unexpectedly valid'}`;
    });
}
