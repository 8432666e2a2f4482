// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { popoverStyles } from '../../../components/popover-styles.ts';
import { cardFor, renderPopover } from './render-popover.tsx';

afterEach(cleanup);

interface Rule {
  selectors: string[];
  body: string;
}

/** Innermost `selector { body }` blocks; @media wrappers are skipped because their rules nest inside. */
function rules(css: string): Rule[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...withoutComments.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((match) => ({
    selectors: splitSelectorList(match[1] ?? ''),
    body: match[2] ?? '',
  }));
}

/** Splits on top-level commas only: `:where(div, p)` is one selector. */
function splitSelectorList(list: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      selectors.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  selectors.push(current);
  return selectors.map((selector) => selector.trim()).filter(Boolean);
}

function selectorsSetting(property: string): string[] {
  return (
    rules(popoverStyles)
      .filter((rule) => new RegExp(`(^|[;\\s])${property}\\s*:`).test(rule.body))
      .flatMap((rule) => rule.selectors)
      // The reset unsets; it sets nothing a hostile page could not also reach.
      .filter((selector) => !selector.includes(':where(') && !selector.includes('[hidden]'))
  );
}

function matchesAny(element: Element, selectors: string[]): boolean {
  return selectors.some((selector) => element.matches(selector));
}

/** Renders the fullest popover: every list expanded. */
async function renderEverything() {
  const user = userEvent.setup();
  const view = renderPopover(cardFor('senkata'), { matchedText: 'Senkata', index: 3, total: 12 });
  for (const more of screen.queryAllByRole('button', { name: /^Show \d+ more$/ })) await user.click(more);
  const root = view.container.querySelector('.popover');
  if (!root) throw new Error('no popover root');
  return root;
}

describe('popoverStyles', () => {
  it('resets the shadow host and sizes only in px, so the page’s root font size cannot reach in', () => {
    expect(popoverStyles).toMatch(/:host\s*\{\s*all:\s*initial;\s*\}/);
    expect(popoverStyles).not.toMatch(/\d(?:r?em|ex|ch|r?lh)\b/);
    expect(popoverStyles).not.toContain('%');
    expect(popoverStyles).toMatch(/width:\s*400px;/);
    expect(popoverStyles).toMatch(/max-width:\s*calc\(100vw - 16px\);/);
    // Capped at 70vh / 560px, and at the room the positioning library finds beside the mention.
    expect(popoverStyles).toMatch(
      /max-height:\s*min\(70vh, 560px, var\(--glosa-available-height, 560px\)\);/,
    );
  });

  it('styles nothing outside the popover', () => {
    for (const selector of rules(popoverStyles).flatMap((rule) => rule.selectors)) {
      expect(selector, selector).toMatch(/^(:host|\.)/);
    }
  });

  it('adapts to dark mode, reduced motion and forced colours, and shows focus', () => {
    expect(popoverStyles).toMatch(/@media \(prefers-color-scheme: dark\)/);
    expect(popoverStyles).toMatch(
      /@media \(prefers-reduced-motion: reduce\)\s*\{[^}]*\{\s*transition: none !important;/,
    );
    expect(popoverStyles).toMatch(
      /@media \(forced-colors: active\)[\s\S]*Canvas[\s\S]*ButtonText[\s\S]*LinkText/,
    );
    expect(popoverStyles).toMatch(/:focus-visible\s*\{\s*outline: 2px solid/);
  });

  it('gives every element of the popover an explicit display', async () => {
    const root = await renderEverything();
    const displaySelectors = selectorsSetting('display');
    const elements = [root, ...root.querySelectorAll('*')].filter((element) => !element.closest('svg'));
    const missing = elements
      .filter((element) => !matchesAny(element, displaySelectors))
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    expect(missing).toEqual([]);
  });

  it('sets font size, line height and colour on every text element or its parent, and the font family on the root', async () => {
    const root = await renderEverything();
    expect(matchesAny(root, selectorsSetting('font-family'))).toBe(true);
    expect(matchesAny(root, selectorsSetting('background'))).toBe(true);
    const needed = ['font-size', 'line-height', 'color'].map(
      (property) => [property, selectorsSetting(property)] as const,
    );
    const textElements = [...root.querySelectorAll('*')].filter((element) =>
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
    );
    expect(textElements.length).toBeGreaterThan(20);
    const missing = textElements.flatMap((element) =>
      needed
        .filter(
          ([, selectors]) =>
            !matchesAny(element, selectors) &&
            !(element.parentElement && matchesAny(element.parentElement, selectors)),
        )
        .map(([property]) => `${element.tagName.toLowerCase()}.${element.className}: ${property}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('section toggle', () => {
  it('turns its chevron only while the section is collapsed', async () => {
    const user = userEvent.setup();
    renderPopover(cardFor('senkata'));
    const toggle = screen.getByRole('button', { name: '4 quotes' });
    const chevron = toggle.querySelector('svg');
    if (!chevron) throw new Error('toggle without chevron');
    const turning = selectorsSetting('transform');
    expect(turning.length).toBeGreaterThan(0);
    expect(matchesAny(chevron, turning)).toBe(false);
    await user.click(toggle);
    expect(matchesAny(chevron, turning)).toBe(true);
  });
});
