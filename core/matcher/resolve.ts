/**
 * Page-level resolution of weak candidates (bare surnames and short forms, the aliases
 * marked needsContext), the way a reader resolves them.
 *
 * Rules:
 * 1. A strong candidate naming one entity always links. A strong candidate naming several
 *    (the data should not allow it) is treated like rule 5.
 * 2. Evidence is the set of entities with a strong single-entity candidate anywhere on the
 *    page (`Evo Morales`, `Jeanine Áñez`, `MAS`). A weaker kind of evidence, the entity's own
 *    phrase, is a weak multi-word alias of one entity on the page (`Grupo Interdisciplinario
 *    de Expertos Independientes`, `Defensoría del Pueblo`).
 * 3. A weak candidate naming one entity E links when E is in the evidence, or when the
 *    evidence holds at least two entities other than E (a page about Bolivia).
 * 4. It also links when E's own phrase is on the page and the evidence holds another entity
 *    that is not an organisation (a person, place, event, law or group): a report on the
 *    GIEI that names only the president. A phrase alone is not enough (Peru has a
 *    Defensoría del Pueblo, Mexico had a GIEI), nor is an organisation, since the dataset's
 *    organisations include regional bodies that report on the whole continent (the IACHR
 *    beside Mexico's GIEI, the OAS beside Guatemala's Supreme Electoral Tribunal). A bare
 *    surname gets no such help: one other entity does not make `Morales` Evo Morales.
 * 5. A weak candidate naming several entities (`Arce`: Luis and Patricia) links only when
 *    exactly one of them is in the evidence; otherwise it stays plain.
 * 6. With no such evidence a weak candidate stays plain: `Morales` on a baseball page.
 *
 * Rule 4 was chosen by measuring the held-out pages (tests/unit/heldout/context-rules.test.ts
 * compares it with the alternatives: a phrase alone, phrases standing alone, one other
 * entity of any kind, one other entity for every weak alias).
 *
 * Incremental use: the content script scans a page in chunks, calls `evidence.add()` with
 * each chunk's candidates and, when `version` changed, resolves its weak candidates again
 * (`add` returns true only when strong evidence grew; a new phrase bumps `version` too).
 * Evidence only grows under `add`, but resolution is not monotonic: rule 5 can unlink an
 * `Arce` once both Arces are named, so re-resolve linked weak candidates too, not only the
 * pending ones. Nothing here keeps the page's candidates.
 */
import type { Candidate } from './matcher.ts';

export interface Mention {
  start: number;
  end: number;
  entityId: string;
  aliasId: string;
}

/**
 * Entities strongly mentioned on a page, and entities whose own phrase is on it, counted so
 * that removed text can be taken back.
 */
export class PageEvidence {
  /** Strongly evidenced entities (rules 2 and 3). */
  readonly #strong = new Tally();
  /** The strongly evidenced entities that are not organisations (rule 4). */
  readonly #situating = new Tally();
  /** Entities with a weak multi-word alias on the page (rule 4). */
  readonly #phrases = new Tally();
  #version = 0;

  /** Bumped whenever any of the sets above changes. */
  get version(): number {
    return this.#version;
  }

  /** How many distinct entities are strongly evidenced. */
  get size(): number {
    return this.#strong.size;
  }

  /** Whether the entity is strongly evidenced. */
  has(entityId: string): boolean {
    return this.#strong.has(entityId);
  }

  /** The strongly evidenced entities. */
  entityIds(): string[] {
    return this.#strong.ids();
  }

  /** Whether one of the entity's weak multi-word aliases is on the page. */
  hasPhrase(entityId: string): boolean {
    return this.#phrases.has(entityId);
  }

  /** How many strongly evidenced entities are not organisations. */
  get situatingSize(): number {
    return this.#situating.size;
  }

  /** Records the candidates' evidence; true when the set of strongly evidenced entities grew. */
  add(candidates: readonly Candidate[]): boolean {
    return this.#apply(candidates, 1);
  }

  /** Takes back candidates added earlier (their text left the page); true when the set shrank. */
  remove(candidates: readonly Candidate[]): boolean {
    return this.#apply(candidates, -1);
  }

  /** Adds everything another evidence holds (a frame's, a chunk's). */
  merge(other: PageEvidence): boolean {
    const strong = this.#strong.merge(other.#strong);
    const rest = [this.#situating.merge(other.#situating), this.#phrases.merge(other.#phrases)];
    if (strong || rest.includes(true)) this.#version++;
    return strong;
  }

  clear(): void {
    if (this.#strong.size + this.#phrases.size === 0) return;
    this.#strong.clear();
    this.#situating.clear();
    this.#phrases.clear();
    this.#version++;
  }

  #apply(candidates: readonly Candidate[], delta: 1 | -1): boolean {
    let strong = false;
    let rest = false;
    for (const candidate of candidates) {
      const id = candidate.entityIds[0];
      if (id === undefined || candidate.entityIds.length !== 1) continue;
      if (!candidate.weak) {
        strong = this.#strong.change(id, delta) || strong;
        if (!candidate.organisation) rest = this.#situating.change(id, delta) || rest;
      } else if (isPhrase(candidate)) {
        rest = this.#phrases.change(id, delta) || rest;
      }
    }
    if (strong || rest) this.#version++;
    return strong;
  }
}

/** Counts per entity id; a set whose members can be added and taken back. */
class Tally {
  readonly #counts = new Map<string, number>();

  get size(): number {
    return this.#counts.size;
  }

  has(id: string): boolean {
    return this.#counts.has(id);
  }

  ids(): string[] {
    return [...this.#counts.keys()];
  }

  /** Adds `delta` to the id's count; true when the id joined or left the set. */
  change(id: string, delta: 1 | -1): boolean {
    const before = this.#counts.get(id) ?? 0;
    const after = before + delta;
    // Taking back what was never added (a weak candidate, a text seen twice) changes nothing.
    if (after < 0) return false;
    if (after === 0) this.#counts.delete(id);
    else this.#counts.set(id, after);
    return (before === 0) !== (after === 0);
  }

  /** Adds the other tally's counts; true when an id joined. */
  merge(other: Tally): boolean {
    let grew = false;
    for (const [id, count] of other.#counts) {
      const mine = this.#counts.get(id) ?? 0;
      if (mine === 0) grew = true;
      this.#counts.set(id, mine + count);
    }
    return grew;
  }

  clear(): void {
    this.#counts.clear();
  }
}

/** A multi-word alias: `aliasId` is the alias as written, so a space means several words. */
export function isPhrase(candidate: Candidate): boolean {
  return /\s/u.test(candidate.aliasId);
}

/** The entity a candidate links to under the rules above, or undefined when it stays plain. */
export function resolveCandidate(candidate: Candidate, evidence: PageEvidence): string | undefined {
  const ids = candidate.entityIds;
  if (ids.length === 1) {
    const id = ids[0] as string;
    if (!candidate.weak || evidence.has(id)) return id;
    // E is not strongly evidenced here, so every entity counted is another one.
    if (evidence.size >= 2) return id;
    return evidence.situatingSize >= 1 && evidence.hasPhrase(id) ? id : undefined;
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
