/**
 * Test helpers: a fresh copy of the minimal valid dataset (tests/fixtures/datasets/minimal)
 * in a temp directory, and small edits that introduce exactly one defect each.
 *
 * Edits write `JSON.stringify(value, null, 2) + "\n"` and keep the key order they find,
 * so a defect does not also make the file non-canonical unless the test means it to.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MINIMAL_DATASET = fileURLToPath(new URL('../../fixtures/datasets/minimal', import.meta.url));

const made: string[] = [];

export function copyOfMinimal(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glosa-dataset-'));
  fs.cpSync(MINIMAL_DATASET, dir, { recursive: true });
  made.push(dir);
  return dir;
}

/** Removes every temp dataset made so far (call from afterEach). */
export function removeCopies(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

// biome-ignore lint/suspicious/noExplicitAny: fixtures are edited as loose JSON on purpose
type Json = any;

export function readJson(dir: string, relative: string): Json {
  return JSON.parse(fs.readFileSync(path.join(dir, relative), 'utf8'));
}

export function writeJson(dir: string, relative: string, value: unknown): void {
  fs.writeFileSync(path.join(dir, relative), `${JSON.stringify(value, null, 2)}\n`);
}

export function editJson(dir: string, relative: string, edit: (value: Json) => void): void {
  const value = readJson(dir, relative);
  edit(value);
  writeJson(dir, relative, value);
}

export function readText(dir: string, relative: string): string {
  return fs.readFileSync(path.join(dir, relative), 'utf8');
}

export function writeText(dir: string, relative: string, text: string): void {
  fs.writeFileSync(path.join(dir, relative), text);
}
