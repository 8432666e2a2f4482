import { describe, expect, it } from 'vitest';
import { HighlightSearch } from '../../../core/highlights/search.ts';
import type { SearchDocument } from '../../../core/library/search-text.ts';
import { warmUpKeystrokes } from '../../../core/library/warm-up.ts';

const documentWith = (id: string, quote: string): SearchDocument => ({
  id,
  quote,
  note: '',
  tags: [],
  title: '',
  site: '',
  entities: [],
});

describe('the search worker’s warm-up', () => {
  const library = [
    documentWith('a', 'Police fired at the protesters in Senkata.'),
    documentWith('b', 'The blockade lasted for days.'),
    documentWith('c', 'Witnesses described the confrontation.'),
  ];

  it('types the library’s own long words letter by letter, then two words with a typo', () => {
    const keystrokes = warmUpKeystrokes(library);
    expect(keystrokes.slice(0, 3)).toEqual(['p', 'pr', 'pro']);
    expect(keystrokes).toContain('protesters');
    expect(keystrokes.at(-1)).toBe('blockade confrnotation');
    expect(keystrokes).toHaveLength('protesters'.length + 'blockade confrnotation'.length);
  });

  it('finds what it types: the warmed paths are the ones a real query takes', () => {
    const engine = new HighlightSearch(library);
    const last = warmUpKeystrokes(library).at(-1) as string;
    // Both words, one of them misspelt, match the two documents that hold them.
    expect(engine.search('protesters').hits.map((hit) => hit.id)).toEqual(['a']);
    expect(engine.search(last.split(' ')[1] as string).hits.map((hit) => hit.id)).toEqual(['c']);
  });

  it('types nothing for a library without long words, or an empty one', () => {
    expect(warmUpKeystrokes([documentWith('a', 'Evo won.')])).toEqual([]);
    expect(warmUpKeystrokes([])).toEqual([]);
  });
});
