/**
 * The welcome page's sample paragraph: a translated sentence whose names are marked
 * `[like this]`, split into text and mentions. The names become mentions of the given
 * entities in order, so a translation keeps its own word order and wording of each name.
 */
export type SampleSegment = { text: string } | { text: string; entityId: string };

export function sampleSegments(sentence: string, entityIds: readonly string[]): SampleSegment[] {
  const segments: SampleSegment[] = [];
  let mentionIndex = 0;
  for (const [index, part] of sentence.split(/\[([^\]]+)\]/).entries()) {
    if (index % 2 === 0) {
      if (part) segments.push({ text: part });
      continue;
    }
    const entityId = entityIds[mentionIndex++];
    // A translation with more names than entities keeps the extra ones as plain text.
    segments.push(entityId === undefined ? { text: part } : { text: part, entityId });
  }
  return segments;
}
