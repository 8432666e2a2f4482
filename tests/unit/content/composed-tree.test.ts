// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { compareComposed, insideAny, outermost } from '../../../entrypoints/content/composed-tree';
import { textBlocks } from '../../../entrypoints/content/text-blocks';

/** <p>Before</p><news-story>[shadow: <p>Inside</p><pull-quote>[shadow: <q>Nested</q>]</pull-quote><slot>]<p>Slotted</p></news-story><p>After</p> */
function buildPage() {
  document.body.innerHTML =
    '<p id="before">Before</p><news-story><p id="slotted">Slotted</p></news-story><p id="after">After</p>';
  const story = document.querySelector('news-story') as Element;
  const storyRoot = story.attachShadow({ mode: 'open' });
  storyRoot.innerHTML = '<p id="inside">Inside</p><pull-quote></pull-quote><slot></slot>';
  const quote = storyRoot.querySelector('pull-quote') as Element;
  const quoteRoot = quote.attachShadow({ mode: 'open' });
  quoteRoot.innerHTML = '<q id="nested">Nested</q>';
  const text = (root: Document | ShadowRoot, id: string) =>
    (root.querySelector(`#${id}`) as Element).firstChild as Text;
  return {
    story,
    storyRoot,
    quoteRoot,
    before: text(document, 'before'),
    inside: text(storyRoot, 'inside'),
    nested: text(quoteRoot, 'nested'),
    slotted: text(document, 'slotted'),
    after: text(document, 'after'),
  };
}

describe('the composed tree (document plus open shadow roots)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('orders nodes in reading order across shadow boundaries: shadow content where its host is', () => {
    const page = buildPage();
    const nodes = [page.after, page.nested, page.slotted, page.before, page.inside];
    const sorted = [...nodes].sort(compareComposed).map((node) => node.data);
    expect(sorted).toEqual(['Before', 'Inside', 'Nested', 'Slotted', 'After']);
  });

  it('counts a node inside a shadow tree as inside its host, the host’s ancestors and its shadow root', () => {
    const page = buildPage();
    expect(insideAny([document.body])(page.nested)).toBe(true);
    expect(insideAny([page.story])(page.inside)).toBe(true);
    expect(insideAny([page.storyRoot])(page.nested)).toBe(true);
    expect(insideAny([page.quoteRoot])(page.inside)).toBe(false);
    expect(insideAny([page.before.parentNode as Node])(page.inside)).toBe(false);
  });

  it('tells, for many nodes, whether each lies inside any of several roots, across shadow boundaries', () => {
    const page = buildPage();
    const inside = insideAny([page.story, page.after.parentNode as Node]);
    expect([page.before, page.inside, page.nested, page.slotted, page.after].map(inside)).toEqual([
      false,
      true,
      true,
      true,
      true,
    ]);
    // Asked again, after its ancestors were remembered, the answer is the same.
    expect(inside(page.nested)).toBe(true);
    expect(inside(page.before)).toBe(false);
  });

  it('keeps only the outermost of nested roots', () => {
    const page = buildPage();
    const nestedBlock = page.nested.parentNode as Node;
    const before = page.before.parentNode as Node;
    expect(outermost([nestedBlock, page.story, before, page.storyRoot])).toEqual([page.story, before]);
  });

  it('reads open shadow roots as blocks of their own, and reports each root it enters', () => {
    const page = buildPage();
    const roots: ShadowRoot[] = [];
    const texts = [...textBlocks(document.body, (root) => roots.push(root))].map((block) => block.text);
    expect(texts).toEqual(['Before', 'Inside', 'Nested', 'Slotted', 'After']);
    expect(roots).toEqual([page.storyRoot, page.quoteRoot]);
  });

  it('leaves a closed shadow root and a hidden host’s shadow tree unread', () => {
    document.body.innerHTML = '<sealed-box></sealed-box><news-story hidden></news-story>';
    (document.querySelector('sealed-box') as Element).attachShadow({ mode: 'closed' }).innerHTML =
      '<p>Closed</p>';
    (document.querySelector('news-story') as Element).attachShadow({ mode: 'open' }).innerHTML =
      '<p>Hidden</p>';
    expect([...textBlocks(document.body)]).toEqual([]);
  });
});
