import type { Ref } from 'react';
import type { Block } from '../../core/atlas/markdown.ts';
import { useT } from '../i18n-context.tsx';
import { MarkdownView } from './MarkdownView.tsx';

export interface ChangelogViewProps {
  /** data/CHANGELOG.md, parsed. */
  blocks: Block[];
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The dataset's changelog, under the page's own heading (the file's `# Changelog` title is that heading). */
export function ChangelogView({ blocks, headingRef }: ChangelogViewProps) {
  const t = useT();
  const body = blocks[0]?.type === 'heading' && blocks[0].level === 1 ? blocks.slice(1) : blocks;
  return (
    <section aria-labelledby="changelog-heading" className="changelog">
      <h2 id="changelog-heading" ref={headingRef} tabIndex={-1}>
        {t('atlasNavChangelog')}
      </h2>
      {/* The changelog is written in English, whatever the interface language. */}
      <div lang="en">
        <MarkdownView blocks={body} headingOffset={1} />
      </div>
    </section>
  );
}
