import { useTranslation } from 'react-i18next';
import type { Step } from '@/content/schema';
import { findPicture } from '@/features/learn/pictures/registry';
import type { WordFunction } from '@/features/learn/step-words';

type ReadStepProps = { step: Extract<Step, { kind: 'read' }>; word: WordFunction };

/** Splits a text into paragraphs at blank lines. Text only: nothing is rendered as HTML. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
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
