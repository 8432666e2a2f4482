/** Renders parsed Markdown (core/atlas/markdown.ts) as React elements: text is never parsed as HTML. */
import type { Block, Inline, ListItem } from '../../core/atlas/markdown.ts';

export interface MarkdownViewProps {
  blocks: Block[];
  /** Added to every heading level, so a document's `#` fits under the page's own headings. */
  headingOffset?: number;
}

export function MarkdownView({ blocks, headingOffset = 0 }: MarkdownViewProps) {
  return (
    <>
      {blocks.map((block, index) => (
        // Blocks have no identity beyond their place in a document that never reorders.
        // biome-ignore lint/suspicious/noArrayIndexKey: a static document's blocks
        <MarkdownBlock key={index} block={block} headingOffset={headingOffset} />
      ))}
    </>
  );
}

function MarkdownBlock({ block, headingOffset }: { block: Block; headingOffset: number }) {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, block.level + headingOffset);
      const Heading = `h${level}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
      return (
        <Heading>
          <Inlines nodes={block.inlines} />
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Inlines nodes={block.inlines} />
        </p>
      );
    case 'list':
      return <MarkdownList items={block.items} />;
  }
}

function MarkdownList({ items }: { items: ListItem[] }) {
  return (
    <ul>
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a static document's list items
        <li key={index}>
          {item.content.map((part, partIndex) =>
            part.type === 'text' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static document's runs of text
              <Inlines key={partIndex} nodes={part.inlines} />
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static document's nested lists
              <MarkdownList key={partIndex} items={part.items} />
            ),
          )}
        </li>
      ))}
    </ul>
  );
}

function Inlines({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, index) => {
        switch (node.type) {
          case 'text':
            return node.text;
          case 'code':
            // biome-ignore lint/suspicious/noArrayIndexKey: a static document's inline runs
            return <code key={index}>{node.text}</code>;
          case 'strong':
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static document's inline runs
              <strong key={index}>
                <Inlines nodes={node.children} />
              </strong>
            );
          default:
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static document's inline runs
              <a key={index} href={node.href} target="_blank" rel="noopener noreferrer">
                <Inlines nodes={node.children} />
              </a>
            );
        }
      })}
    </>
  );
}
