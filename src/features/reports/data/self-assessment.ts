// The effectiveness self-assessment: short "I can …" statements per module, each tagged with one DigComp
// 2.2 competence, answered before and after a course on a four-point scale; the report of the change
// per module and per competence. Privacy: an aggregate of fewer than MIN_GROUP people is never shown,
// not even its exact count. Answers are `assessment` records written through the write path, one per
// person, module and phase (id `${owner}:${moduleId}:${phase}`), so entering them again replaces them.
import { useLiveQuery } from 'dexie-react-hooks';
import type { DIGCOMP_COMPETENCES } from '@/content/schema';
import { getDatabase, type KrokDatabase } from '@/db/database';
import { type AssessmentPhase, type AssessmentRecord, isLive } from '@/db/records';
import { withStorage } from '@/db/storage-problems';
import { saveRecord } from '@/db/write';

export type DigComp = (typeof DIGCOMP_COMPETENCES)[number];
export type Statement = { id: string; digComp: DigComp };

/** 1 = I cannot, 2 = with help, 3 = on my own, 4 = I could show others. */
export const SCALE = [1, 2, 3, 4] as const;
export type ScaleValue = (typeof SCALE)[number];

/** Aggregates of fewer people than this are hidden (a common small-cell rule in public statistics). */
export const MIN_GROUP = 5;

/** The statements of each module (by module id); their words are reports:assessment.statement.<id>. */
export const STATEMENTS: Readonly<Record<string, readonly Statement[]>> = {
  'e-services': [
    { id: 'findMatter', digComp: '1.1' },
    { id: 'signInTrusted', digComp: '2.3' },
    { id: 'protectPesel', digComp: '4.2' },
  ],
  buses: [
    { id: 'readTimetable', digComp: '1.1' },
    { id: 'buyPhoneTicket', digComp: '5.2' },
  ],
  waste: [
    { id: 'checkCollection', digComp: '1.1' },
    { id: 'sortWaste', digComp: '5.2' },
  ],
  messengers: [
    { id: 'sendMessage', digComp: '2.1' },
    { id: 'sharePhoto', digComp: '2.2' },
    { id: 'spotScam', digComp: '4.2' },
  ],
  drones: [
    { id: 'checkZone', digComp: '1.1' },
    { id: 'preflightCheck', digComp: '4.1' },
  ],
};

export function assessmentId(owner: string, moduleId: string, phase: AssessmentPhase): string {
  return `${owner}:${moduleId}:${phase}`;
}

/** A mean before and after over paired answers, or hidden when fewer than MIN_GROUP people answered both. */
export type Change =
  | { hidden: true }
  | { hidden: false; people: number; before: number; after: number; change: number };

export type StatementChange = { statement: Statement; change: Change };
export type ModuleEffect = { moduleId: string; change: Change; statements: StatementChange[] };
export type CompetenceEffect = { digComp: DigComp; change: Change };

const isScale = (value: unknown): value is ScaleValue =>
  typeof value === 'number' && SCALE.includes(value as ScaleValue);

type Pair = { owner: string; before: number; after: number };

function summarise(pairs: readonly Pair[]): Change {
  const people = new Set(pairs.map((pair) => pair.owner)).size;
  if (people < MIN_GROUP) return { hidden: true };
  const mean = (pick: (pair: Pair) => number) =>
    Math.round((pairs.reduce((sum, pair) => sum + pick(pair), 0) / pairs.length) * 100) / 100;
  const before = mean((pair) => pair.before);
  const after = mean((pair) => pair.after);
  return { hidden: false, people, before, after, change: Math.round((after - before) * 100) / 100 };
}

/**
 * The change per module (and per statement) and per DigComp competence, from live assessments whose
 * owner is in `owners` (all when not given). Only people who answered a statement both before and
 * after count for it; a value outside the scale is ignored.
 */
export function effectiveness(
  assessments: readonly AssessmentRecord[],
  owners?: ReadonlySet<string>,
): { modules: ModuleEffect[]; competences: CompetenceEffect[] } {
  const answers = new Map<string, Record<string, number>>();
  for (const record of assessments) {
    if (owners && !owners.has(record.owner)) continue;
    answers.set(assessmentId(record.owner, record.moduleId, record.phase), record.answers);
  }
  const byCompetence = new Map<DigComp, Pair[]>();
  const modules: ModuleEffect[] = [];
  const peopleOf = (moduleId: string) =>
    new Set(
      assessments
        .filter((record) => record.moduleId === moduleId && (!owners || owners.has(record.owner)))
        .map((record) => record.owner),
    );
  for (const [moduleId, statements] of Object.entries(STATEMENTS)) {
    const modulePairs: Pair[] = [];
    const people = peopleOf(moduleId);
    const statementChanges = statements.map((statement) => {
      const pairs: Pair[] = [];
      for (const owner of people) {
        const before = answers.get(assessmentId(owner, moduleId, 'before'))?.[statement.id];
        const after = answers.get(assessmentId(owner, moduleId, 'after'))?.[statement.id];
        if (isScale(before) && isScale(after)) pairs.push({ owner, before, after });
      }
      modulePairs.push(...pairs);
      const competence = byCompetence.get(statement.digComp) ?? [];
      competence.push(...pairs);
      byCompetence.set(statement.digComp, competence);
      return { statement, change: summarise(pairs) };
    });
    if (people.size > 0)
      modules.push({ moduleId, change: summarise(modulePairs), statements: statementChanges });
  }
  const competences = [...byCompetence.entries()]
    .filter(([, pairs]) => pairs.length > 0)
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([digComp, pairs]) => ({ digComp, change: summarise(pairs) }));
  return { modules, competences };
}

/** Every live assessment. Rejects with StorageProblem. */
export async function listAssessments(db: KrokDatabase): Promise<AssessmentRecord[]> {
  const stored = await withStorage(() => db.assessments.toArray());
  return stored.filter((record): record is AssessmentRecord => isLive(record));
}

/**
 * Saves one person's answers for one module and phase (replacing earlier ones). Throws RangeError
 * (nothing saved) for a statement not in the module or a value off the scale. Rejects with StorageProblem.
 */
export function saveAssessment(
  db: KrokDatabase,
  owner: string,
  moduleId: string,
  phase: AssessmentPhase,
  answers: Readonly<Record<string, number>>,
): Promise<AssessmentRecord> {
  const known = new Set((STATEMENTS[moduleId] ?? []).map((statement) => statement.id));
  for (const [id, value] of Object.entries(answers)) {
    if (!known.has(id) || !isScale(value)) throw new RangeError(`Answer ${id}=${value} is not on the scale`);
  }
  return saveRecord(db, 'assessment', {
    id: assessmentId(owner, moduleId, phase),
    owner,
    moduleId,
    phase,
    answers: { ...answers },
  });
}

/** Live assessments; undefined while loading. */
export function useAssessments(): AssessmentRecord[] | undefined {
  return useLiveQuery(() => listAssessments(getDatabase()), []);
}

export const assessments = {
  save: (
    owner: string,
    moduleId: string,
    phase: AssessmentPhase,
    answers: Readonly<Record<string, number>>,
  ) => saveAssessment(getDatabase(), owner, moduleId, phase, answers),
};
