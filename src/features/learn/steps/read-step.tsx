import { useTranslation } from 'react-i18next';
import type { Step } from '@/content/schema';
import { findPicture } from '@/features/learn/pictures/registry';
import type { WordFunction } from '@/features/learn/step-words';
import { Wrappable } from '@/ui/wrappable';

type ReadStepProps = { step: Extract<Step, { kind: 'read' }>; word: WordFunction };

type Block = { kind: 'p'; text: string } | { kind: 'ul' | 'ol'; items: string[] };

const BULLET = /^-\s+/;
const NUMBER = /^\d+\.\s+/;

/**
 * A text's blocks: paragraphs at blank lines; inside a paragraph, lines that start with "- " make a
 * bulleted list and lines that start with "1. " a numbered one (a long enumeration reads better as a
 * list than as one long sentence). Any other line is a paragraph of its own.
 */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const rawLine of paragraph.split('\n')) {
      const line = rawLine.trim();
      if (!line) continue;
      const kind = BULLET.test(line) ? 'ul' : NUMBER.test(line) ? 'ol' : 'p';
      const last = blocks.at(-1);
      if (kind === 'p') blocks.push({ kind, text: line });
      else if (last && last.kind === kind) last.items.push(line.replace(kind === 'ul' ? BULLET : NUMBER, ''));
      else blocks.push({ kind, items: [line.replace(kind === 'ul' ? BULLET : NUMBER, '')] });
    }
    blocks.push({ kind: 'p', text: '' });
  }
  return blocks.filter((block) => block.kind !== 'p' || block.text);
}

/** Renders a text as paragraphs and lists (see textBlocks). Text only: nothing is rendered as HTML. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {textBlocks(text).map((block, index) => {
        const key = `${index}-${block.kind}`;
        if (block.kind === 'p')
          return (
            <p key={key}>
              <Wrappable text={block.text} />
            </p>
          );
        const List = block.kind;
        return (
          <List key={key} className="step-list">
            {block.items.map((item) => (
              <li key={item}>
                <Wrappable text={item} />
              </li>
            ))}
          </List>
        );
      })}
    </>
  );
}

export function ReadStep({ step, word }: ReadStepProps) {
  const { t } = useTranslation('learn');
  const Picture = step.picture ? findPicture(step.picture) : undefined;
  return (
    <>
      {Picture ? (
        <figure className="step-picture" role="img" aria-label={word('pictureAlt')}>
          <Picture />
        </figure>
      ) : null}
      <Paragraphs text={word('body')} />
      {step.callouts?.map((callout) => (
        <div key={callout} className={`callout callout--${callout}`}>
          <p className="callout__title">{t(`player.callout.${callout}`)}</p>
          <Paragraphs text={word(callout)} />
        </div>
      ))}
    </>
  );
}
