import { describe, expect, it } from 'vitest';
import { MODULES } from '@/content/catalogue';
import { findPicture } from '@/features/learn/pictures/registry';

describe('findPicture', () => {
  it('finds every picture the lessons use', () => {
    const missing = MODULES.flatMap((module) =>
      module.lessons.flatMap((lesson) =>
        lesson.steps.flatMap((step) =>
          step.kind === 'read' && step.picture && !findPicture(step.picture)
            ? [`${lesson.id}: ${step.picture}`]
            : [],
        ),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('finds nothing for an unknown or malformed id', () => {
    expect(findPicture('waste/no-such-picture')).toBeUndefined();
    expect(findPicture('nonsense')).toBeUndefined();
  });
});
