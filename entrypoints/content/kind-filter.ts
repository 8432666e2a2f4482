/**
 * "Annotate these kinds of names": a matcher that leaves out the entities of the kinds
 * the reader turned off. The content script ships only the compiled matcher, without
 * kinds, so the kinds come from the background (`entity-summaries`), asked only when a
 * kind is off.
 */
import type { Candidate } from '../../core/matcher/matcher';
import { sendToBackground } from '../../lib/messages';
import type { CandidateFinder } from './annotator';

/** The candidates without the hidden entities; one naming only hidden ones goes. */
function withoutHidden(candidates: Candidate[], hidden: ReadonlySet<string>): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    if (!candidate.entityIds.some((id) => hidden.has(id))) {
      kept.push(candidate);
      continue;
    }
    const entityIds = candidate.entityIds.filter((id) => !hidden.has(id));
    if (entityIds.length > 0) kept.push({ ...candidate, entityIds });
  }
  return kept;
}

export function withoutEntities(matcher: CandidateFinder, hidden: ReadonlySet<string>): CandidateFinder {
  if (hidden.size === 0) return matcher;
  return {
    findCandidates: (text) => withoutHidden(matcher.findCandidates(text), hidden),
    findCandidatesIn: (text, from, to) => {
      const chunk = matcher.findCandidatesIn(text, from, to);
      return { ...chunk, candidates: withoutHidden(chunk.candidates, hidden) };
    },
    // Hiding entities only takes candidates away: what could match still may.
    mayMatchWithin: matcher.mayMatchWithin,
  };
}

/** The ids of the entities of `kinds`, from summaries of every entity. */
export function entitiesOfKinds(
  summaries: ReadonlyArray<{ id: string; kind: string }>,
  kinds: readonly string[],
): Set<string> {
  const wanted = new Set(kinds);
  return new Set(summaries.filter((entity) => wanted.has(entity.kind)).map((entity) => entity.id));
}

/**
 * The page's matcher without `hiddenKinds`. With a kind off, it is ready once the kinds
 * of the entities arrived (one message); until then, and if they never do, it matches
 * every kind (a warning says so), so the scan should wait for `ready`.
 */
export function matcherWithout(
  allKinds: CandidateFinder,
  hiddenKinds: readonly string[],
  summaries: () => Promise<ReadonlyArray<{ id: string; kind: string }>> = () =>
    sendToBackground('entity-summaries', {}),
): { matcher: CandidateFinder; ready: Promise<void> } {
  let finder = allKinds;
  const matcher: CandidateFinder = {
    findCandidates: (text) => finder.findCandidates(text),
    findCandidatesIn: (text, from, to) => finder.findCandidatesIn(text, from, to),
    mayMatchWithin: (text) => finder.mayMatchWithin?.(text) ?? true,
  };
  if (hiddenKinds.length === 0) return { matcher, ready: Promise.resolve() };
  const ready = summaries().then(
    (entities) => {
      finder = withoutEntities(allKinds, entitiesOfKinds(entities, hiddenKinds));
    },
    (error: unknown) =>
      console.warn('Glosa: the kinds of names are unknown, so every kind is annotated;', error),
  );
  return { matcher, ready };
}
