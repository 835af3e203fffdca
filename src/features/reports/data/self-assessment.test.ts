import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import type { AssessmentPhase, AssessmentRecord } from '@/db/records';
import {
  effectiveness,
  listAssessments,
  MIN_GROUP,
  saveAssessment,
} from '@/features/reports/data/self-assessment';

const record = (
  owner: string,
  moduleId: string,
  phase: AssessmentPhase,
  answers: Record<string, number>,
): AssessmentRecord => ({
  id: `${owner}:${moduleId}:${phase}`,
  updatedAt: '0',
  updatedBy: 'test',
  dirty: 0,
  owner,
  moduleId,
  phase,
  answers,
});

/** Six people answered buses before and after; readTimetable went 1→3 for each, buyPhoneTicket 2→3. */
function busesCourse(people = 6): AssessmentRecord[] {
  return Array.from({ length: people }, (_, index) => [
    record(`p${index}`, 'buses', 'before', { readTimetable: 1, buyPhoneTicket: 2 }),
    record(`p${index}`, 'buses', 'after', { readTimetable: 3, buyPhoneTicket: 3 }),
  ]).flat();
}

describe('effectiveness', () => {
  it('reports the change per statement, module and DigComp competence with how many answered', () => {
    const { modules, competences } = effectiveness(busesCourse());
    expect(modules).toHaveLength(1);
    expect(modules[0]?.change).toEqual({ hidden: false, people: 6, before: 1.5, after: 3, change: 1.5 });
    expect(modules[0]?.statements.map((entry) => entry.change)).toEqual([
      { hidden: false, people: 6, before: 1, after: 3, change: 2 },
      { hidden: false, people: 6, before: 2, after: 3, change: 1 },
    ]);
    expect(competences).toEqual([
      { digComp: '1.1', change: { hidden: false, people: 6, before: 1, after: 3, change: 2 } },
      { digComp: '5.2', change: { hidden: false, people: 6, before: 2, after: 3, change: 1 } },
    ]);
  });

  it(`hides every aggregate of fewer than ${MIN_GROUP} people`, () => {
    const { modules, competences } = effectiveness(busesCourse(4));
    expect(modules[0]?.change).toEqual({ hidden: true });
    expect(modules[0]?.statements.every((entry) => entry.change.hidden)).toBe(true);
    expect(competences.every((entry) => entry.change.hidden)).toBe(true);
  });

  it('counts only people with both before and after, ignores off-scale values, and filters by owner', () => {
    const records = [
      ...busesCourse(5),
      record('late', 'buses', 'after', { readTimetable: 4 }),
      record('p0', 'buses', 'after', { readTimetable: 9, buyPhoneTicket: 3 }),
    ];
    const { modules } = effectiveness(records);
    // p0's after is replaced by the later record: readTimetable 9 is off the scale, so p0 drops out there.
    expect(modules[0]?.statements[0]?.change).toEqual({ hidden: true });
    expect(modules[0]?.statements[1]?.change).toMatchObject({ hidden: false, people: 5 });
    const some = effectiveness(busesCourse(), new Set(['p0', 'p1', 'p2', 'p3', 'p4']));
    expect(some.modules[0]?.change).toMatchObject({ people: 5 });
  });
});

describe('saveAssessment', () => {
  it('stores one record per person, module and phase, replacing earlier answers', async () => {
    const db = createDatabase(`assessment-${crypto.randomUUID()}`);
    await saveAssessment(db, 'm1', 'buses', 'before', { readTimetable: 1 });
    await saveAssessment(db, 'm1', 'buses', 'before', { readTimetable: 2, buyPhoneTicket: 1 });
    const stored = await listAssessments(db);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: 'm1:buses:before',
      answers: { readTimetable: 2, buyPhoneTicket: 1 },
    });
    expect(() => saveAssessment(db, 'm1', 'buses', 'after', { readTimetable: 5 })).toThrow(RangeError);
    expect(() => saveAssessment(db, 'm1', 'buses', 'after', { sortWaste: 2 })).toThrow(RangeError);
    db.close();
  });
});
