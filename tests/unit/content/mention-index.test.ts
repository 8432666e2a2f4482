// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { MentionIndex, type PageMention } from '../../../entrypoints/content/mention-index';
import { staticRange } from '../../../entrypoints/content/ranges';

function mentionAt(text: Text, start: number, end: number, entityId: string): PageMention {
  return {
    range: staticRange(text, start, text, end),
    entityId,
    aliasId: text.data.slice(start, end),
    text: text.data.slice(start, end),
    block: text.parentElement as Element,
  };
}

describe('MentionIndex', () => {
  let first: Text;
  let second: Text;
  beforeEach(() => {
    document.body.innerHTML = '<p>Evo Morales and Senkata</p><p>Senkata again, Morales</p>';
    [first, second] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text) as [Text, Text];
  });

  it('finds the mentions of the blocks a test accepts, asking once per block, and forgets removed ones', () => {
    const index = new MentionIndex();
    const a = mentionAt(first, 0, 11, 'evo-morales');
    const b = mentionAt(first, 16, 23, 'senkata');
    const c = mentionAt(second, 0, 7, 'senkata');
    for (const mention of [a, b, c]) index.add(mention);
    const asked: Element[] = [];
    const found = index.inBlocksWhere((block) => {
      asked.push(block);
      return block === first.parentElement;
    });
    expect(found).toEqual([a, b]);
    expect(asked).toEqual([first.parentElement, second.parentElement]);
    index.remove(a);
    index.remove(b);
    expect(index.inBlocksWhere(() => true)).toEqual([c]);
    index.removeWhere(() => true);
    expect(index.inBlocksWhere(() => true)).toEqual([]);
  });

  it('keeps document order whatever the order mentions arrive in', () => {
    const index = new MentionIndex();
    const late = mentionAt(second, 0, 7, 'senkata');
    const early = mentionAt(first, 0, 11, 'evo-morales');
    const middle = mentionAt(first, 16, 23, 'senkata');
    index.add(late);
    index.add(early);
    index.add(middle);
    expect(index.all().map((mention) => mention.text)).toEqual(['Evo Morales', 'Senkata', 'Senkata']);
    expect(index.indexOf(late)).toBe(2);
  });

  it('counts by entity, finds the first of each, and walks next/previous around the page', () => {
    const index = new MentionIndex();
    const a = mentionAt(first, 0, 11, 'evo-morales');
    const b = mentionAt(first, 16, 23, 'senkata');
    const c = mentionAt(second, 0, 7, 'senkata');
    for (const mention of [a, b, c]) index.add(mention);
    expect(Object.fromEntries(index.countsByEntity())).toEqual({ 'evo-morales': 1, senkata: 2 });
    expect(index.first('senkata')).toBe(b);
    expect(index.next(null)).toBe(a);
    expect(index.next(c)).toBe(a);
    expect(index.previous(a)).toBe(c);
    expect(index.inNode(first)).toEqual([a, b]);
  });

  it('forgets removed and hidden mentions, and keeps a hidden entity out', () => {
    const index = new MentionIndex();
    const a = mentionAt(first, 0, 11, 'evo-morales');
    const b = mentionAt(first, 16, 23, 'senkata');
    index.add(a);
    index.add(b);
    expect(index.remove(a)).toBe(true);
    expect(index.remove(a)).toBe(false);
    expect(index.inNode(first)).toEqual([b]);
    expect(index.hideEntity('senkata')).toEqual([b]);
    index.add(mentionAt(second, 0, 7, 'senkata'));
    expect(index.size).toBe(0);
    expect(index.isHidden('senkata')).toBe(true);
  });

  it('tells listeners once per batch', () => {
    const index = new MentionIndex();
    let heard = 0;
    const stop = index.onChange(() => {
      heard += 1;
    });
    index.add(mentionAt(first, 0, 11, 'evo-morales'));
    index.add(mentionAt(first, 16, 23, 'senkata'));
    index.notify();
    stop();
    index.notify();
    expect(heard).toBe(1);
  });
});

describe('MentionIndex.otherEntity', () => {
  it('skips to the next mention of another entity, around the page, both ways', () => {
    document.body.innerHTML = '<p>Evo Morales, Morales, Senkata, Morales and Arce</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const index = new MentionIndex();
    const evo = mentionAt(text, 0, 11, 'evo-morales');
    const evoAgain = mentionAt(text, 13, 20, 'evo-morales');
    const senkata = mentionAt(text, 22, 29, 'senkata');
    const evoThird = mentionAt(text, 31, 38, 'evo-morales');
    const arce = mentionAt(text, 43, 47, 'luis-arce');
    for (const mention of [evo, evoAgain, senkata, evoThird, arce]) index.add(mention);
    expect(index.otherEntity(evo)).toBe(senkata);
    expect(index.otherEntity(senkata)).toBe(evoThird);
    expect(index.otherEntity(evoThird)).toBe(arce);
    // Around the end of the page.
    expect(index.otherEntity(arce)).toBe(evo);
    expect(index.otherEntity(evoThird, -1)).toBe(senkata);
    expect(index.otherEntity(evo, -1)).toBe(arce);
  });

  it('finds nothing on a page that names one entity only', () => {
    document.body.innerHTML = '<p>Morales and Morales</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const index = new MentionIndex();
    const one = mentionAt(text, 0, 7, 'evo-morales');
    index.add(one);
    index.add(mentionAt(text, 12, 19, 'evo-morales'));
    expect(index.otherEntity(one)).toBeUndefined();
  });
});
