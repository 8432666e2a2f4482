// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MarkdownView } from '../../../components/atlas/MarkdownView.tsx';
import { parseMarkdown } from '../../../core/atlas/markdown.ts';

afterEach(cleanup);

describe('MarkdownView', () => {
  it('renders headings one level down, lists and https links', () => {
    const { container } = render(
      <MarkdownView
        blocks={parseMarkdown(
          '## [1.0.0] - 2026-11-22\n\n- `senkata`: see [GIEI](https://gieibolivia.org/)\n',
        )}
        headingOffset={1}
      />,
    );
    expect(screen.getByRole('heading', { level: 3, name: '[1.0.0] - 2026-11-22' })).toBeTruthy();
    expect(container.querySelector('li code')?.textContent).toBe('senkata');
    expect(screen.getByRole('link', { name: 'GIEI' }).getAttribute('href')).toBe('https://gieibolivia.org/');
  });

  it('shows markup in the file as text and never links to a script address', () => {
    const { container } = render(
      <MarkdownView blocks={parseMarkdown('<img src=x onerror="alert(1)"> [click](javascript:alert`1`)')} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror="alert(1)"> click');
  });
});
