/**
 * Page-level resolution of weak candidates (bare surnames and short forms, the aliases
 * marked needsContext), the way a reader resolves them.
 *
 * Rules:
 * 1. A strong candidate naming one entity always links. A strong candidate naming several
 *    (the data should not allow it) is treated like rule 4.
 * 2. Evidence is the set of entities with a strong single-entity candidate anywhere on the
 *    page (`Evo Morales`, `Jeanine Áñez`, `MAS`).
 * 3. A weak candidate naming one entity E links when E is in the evidence, or when the
 *    evidence holds at least two entities other than E (a page about Bolivia).
 * 4. A weak candidate naming several entities (`Arce`: Luis and Patricia) links only when
 *    exactly one of them is in the evidence; otherwise it stays plain.
 * 5. With no such evidence a weak candidate stays plain: `Morales` on a baseball page.
 *
 * Incremental use: the content script scans a page in chunks, calls `evidence.add()` with
 * each chunk's candidates and, when it returns true (or `version` changed), resolves its
 * weak candidates again. Evidence only grows under `add`, but resolution is not monotonic:
 * rule 4 can unlink an `Arce` once both Arces are named, so re-resolve linked weak
 * candidates too, not only the pending ones. Nothing here keeps the page's candidates.
 */
import type { Candidate } from './matcher.ts';

export interface Mention {
  start: number;
  end: number;
  entityId: string;
  aliasId: string;
}

/** Entities strongly mentioned on a page, counted so that removed text can be taken back. */
export class PageEvidence {
  readonly #counts = new Map<string, number>();
  #version = 0;

  /** Bumped whenever the set of evidenced entities changes. */
  get version(): number {
    return this.#version;
  }

  /** How many distinct entities are evidenced. */
  get size(): number {
    return this.#counts.size;
  }

  has(entityId: string): boolean {
    return this.#counts.has(entityId);
  }

  entityIds(): string[] {
    return [...this.#counts.keys()];
  }

  /** Records the strong single-entity candidates; true when the set of entities grew. */
  add(candidates: readonly Candidate[]): boolean {
    let changed = false;
    for (const id of strongIds(candidates)) {
      const count = this.#counts.get(id) ?? 0;
      if (count === 0) changed = true;
      this.#counts.set(id, count + 1);
    }
    if (changed) this.#version++;
    return changed;
  }

  /** Takes back candidates added earlier (their text left the page); true when the set shrank. */
  remove(candidates: readonly Candidate[]): boolean {
    let changed = false;
    for (const id of strongIds(candidates)) {
      const count = this.#counts.get(id);
      if (count === undefined) continue;
      if (count <= 1) {
        this.#counts.delete(id);
        changed = true;
      } else {
        this.#counts.set(id, count - 1);
      }
    }
    if (changed) this.#version++;
    return changed;
  }

  /** Adds everything another evidence holds (a frame's, a chunk's). */
  merge(other: PageEvidence): boolean {
    let changed = false;
    for (const [id, count] of other.#counts) {
      const mine = this.#counts.get(id) ?? 0;
      if (mine === 0) changed = true;
      this.#counts.set(id, mine + count);
    }
    if (changed) this.#version++;
    return changed;
  }

  clear(): void {
    if (this.#counts.size === 0) return;
    this.#counts.clear();
    this.#version++;
  }
}

function* strongIds(candidates: readonly Candidate[]): Generator<string> {
  for (const candidate of candidates) {
    const id = candidate.entityIds[0];
    if (!candidate.weak && candidate.entityIds.length === 1 && id !== undefined) yield id;
  }
}

/** The entity a candidate links to under the rules above, or undefined when it stays plain. */
export function resolveCandidate(candidate: Candidate, evidence: PageEvidence): string | undefined {
  const ids = candidate.entityIds;
  if (ids.length === 1) {
    const id = ids[0] as string;
    if (!candidate.weak || evidence.has(id)) return id;
    return evidence.size >= 2 ? id : undefined;
  }
  let found: string | undefined;
  for (const id of ids) {
    if (!evidence.has(id)) continue;
    if (found !== undefined) return undefined;
    found = id;
  }
  return found;
}

/** The candidates that link, in their order, as mentions. */
export function resolveCandidates(candidates: readonly Candidate[], evidence: PageEvidence): Mention[] {
  const mentions: Mention[] = [];
  for (const candidate of candidates) {
    const entityId = resolveCandidate(candidate, evidence);
    if (entityId !== undefined) {
      mentions.push({ start: candidate.start, end: candidate.end, entityId, aliasId: candidate.aliasId });
    }
  }
  return mentions;
}
