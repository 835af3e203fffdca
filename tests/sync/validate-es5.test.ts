// @vitest-environment node
// The server rules (tools/couchdb-validate.mjs) as CouchDB 3 would run them: parsed as ECMAScript 5 and
// run in a context without any later built-in, then in an ES5 engine (JS-Interpreter); then every rule
// once more against the dev server, where express-pouchdb runs the same design document.

import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRecord, RECORD_SPEC, validateDocUpdateSource } from '../../tools/couchdb-validate.mjs';
import { type StartedSyncServer, startSyncServer } from '../../tools/sync-server.mjs';
import {
  bareEs5Context,
  loadValidator,
  loadValidatorInEs5Engine,
  parseEs5,
  UNREMOVABLE,
  type Verdict,
} from './es5';

const ORG = 'rules-a';
const HOUR = 60 * 60 * 1000;
const stampAt = (ms: number, node = 'dev1') => `${ms.toString(36).padStart(12, '0')}-0000-${node}`;
const now = () => Date.now();

type As = 'staff' | 'coordinator' | 'otherOrg';
type Doc = Record<string, unknown> & { _id: string };
type Case = {
  name: string;
  /** Stored first by the operator (the server admin), in order; the last one of an id is oldDoc. */
  before?: Doc[];
  as: As;
  /** The write; `updatedBy` is set to the writing account unless the case gives one. */
  doc: Doc;
  /** undefined: accepted; otherwise the refusal kind and a pattern of its reason. */
  refused?: { kind: 'forbidden' | 'unauthorized'; reason: RegExp };
};

function member(id: string, extra: Record<string, unknown> = {}): Doc {
  return {
    _id: `member:${id}`,
    type: 'member',
    id,
    name: 'Anna Kowalska',
    memberNumber: id,
    phone: '600 100 200',
    updatedAt: stampAt(now() - HOUR),
    ...extra,
  };
}

const tombstone = (id: string): Doc => ({
  _id: `member:${id}`,
  type: 'member',
  id,
  deleted: true,
  updatedAt: stampAt(now()),
});

const forbidden = (reason: RegExp) => ({ kind: 'forbidden' as const, reason });

const CASES: Case[] = [
  { name: 'a well-formed member from an instructor', as: 'staff', doc: member('ok1') },
  {
    name: 'a record of every other type from an instructor',
    as: 'staff',
    doc: {
      _id: 'progress:P1:L1',
      type: 'progress',
      id: 'P1:L1',
      owner: 'P1',
      lessonId: 'L1',
      moduleId: 'M1',
      step: 2,
      stepsTotal: 5,
      quiz: { q1: { correct: true, attempts: 2 } },
      updatedAt: stampAt(now()),
    },
  },
  {
    name: 'a group',
    as: 'staff',
    doc: {
      _id: 'group:G1',
      type: 'group',
      id: 'G1',
      name: 'Wtorek',
      term: '2026 wiosna',
      instructorIds: ['Ola'],
      moduleIds: ['phone-basics'],
      updatedAt: stampAt(now()),
    },
  },
  {
    name: 'a group without instructorIds',
    as: 'staff',
    doc: {
      _id: 'group:G2',
      type: 'group',
      id: 'G2',
      name: 'W',
      term: 'T',
      moduleIds: [],
      updatedAt: stampAt(now()),
    },
    refused: forbidden(/^A group record needs instructorIds\.$/),
  },
  {
    name: 'a field the type does not have',
    as: 'staff',
    doc: member('f1', { password: 'x' }),
    refused: forbidden(/^A member record has no field password\.$/),
  },
  {
    name: 'a field of the wrong type',
    as: 'staff',
    doc: member('f2', { phone: 600100200 }),
    refused: forbidden(/^member phone must be text\.$/),
  },
  {
    name: 'a nested field of the wrong type',
    as: 'staff',
    doc: {
      _id: 'progress:P2:L1',
      type: 'progress',
      id: 'P2:L1',
      owner: 'P2',
      lessonId: 'L1',
      moduleId: 'M1',
      step: 1,
      stepsTotal: 3,
      quiz: { q1: { correct: 'yes', attempts: 1 } },
      updatedAt: stampAt(now()),
    },
    refused: forbidden(/^progress quiz\.q1\.correct must be true or false\.$/),
  },
  {
    name: 'a name longer than its maximum',
    as: 'staff',
    doc: member('f3', { name: 'A'.repeat(201) }),
    refused: forbidden(/^member name is longer than 200 characters\.$/),
  },
  {
    name: 'a 100 kB member',
    as: 'coordinator',
    doc: member('big', { notes: 'x'.repeat(100_000) }),
    refused: forbidden(/^member notes is longer than 2000 characters\.$/),
  },
  {
    name: 'a record larger than the size limit in allowed fields',
    as: 'staff',
    doc: {
      _id: 'progress:P3:L1',
      type: 'progress',
      id: 'P3:L1',
      owner: 'P3',
      lessonId: 'L1',
      moduleId: 'M1',
      step: 1,
      stepsTotal: 3,
      quiz: Object.fromEntries(
        Array.from({ length: 500 }, (_, i) => [
          `${String(i).padStart(4, '0')}${'q'.repeat(96)}`,
          { correct: true, attempts: 1 },
        ]),
      ),
      updatedAt: stampAt(now()),
    },
    refused: forbidden(/^The record is larger than 65536 characters\.$/),
  },
  {
    name: 'an attachment',
    as: 'staff',
    doc: member('a1', { _attachments: { 'x.txt': { content_type: 'text/plain', data: 'eA==' } } }),
    refused: forbidden(/^Records carry no attachments\.$/),
  },
  {
    name: 'a stamp 23 hours ahead of the server clock',
    as: 'staff',
    doc: member('s1', { updatedAt: stampAt(now() + 23 * HOUR) }),
  },
  {
    name: 'a stamp 25 hours ahead of the server clock',
    as: 'staff',
    doc: member('s2', { updatedAt: stampAt(now() + 25 * HOUR) }),
    refused: forbidden(/^updatedAt is more than 24 hours ahead of the server clock\.$/),
  },
  {
    name: 'a malformed stamp',
    as: 'staff',
    doc: member('s3', { updatedAt: '2026-01-01' }),
    refused: forbidden(/^updatedAt must be a clock stamp\.$/),
  },
  {
    name: 'updatedBy naming another account',
    as: 'staff',
    doc: member('u1', { updatedBy: 'rules-a-koordynator' }),
    refused: forbidden(/^updatedBy must be the account that writes \(rules-a-instruktor\)\.$/),
  },
  {
    name: "an instructor's tombstone of a member",
    before: [member('t1')],
    as: 'staff',
    doc: tombstone('t1'),
    refused: forbidden(/^Only a coordinator may erase a member\.$/),
  },
  {
    name: "a coordinator's tombstone of a member",
    before: [member('t2')],
    as: 'coordinator',
    doc: tombstone('t2'),
  },
  {
    name: "an instructor's tombstone of an attendance mark",
    before: [
      {
        _id: 'attendance:S1:M1',
        type: 'attendance',
        id: 'S1:M1',
        sessionId: 'S1',
        memberId: 'M1',
        status: 'present',
        updatedAt: stampAt(now() - HOUR),
      },
    ],
    as: 'staff',
    doc: {
      _id: 'attendance:S1:M1',
      type: 'attendance',
      id: 'S1:M1',
      sessionId: 'S1',
      memberId: 'M1',
      deleted: true,
      updatedAt: stampAt(now()),
    },
  },
  {
    name: 'a tombstone that keeps personal data',
    before: [member('t3')],
    as: 'coordinator',
    doc: { ...tombstone('t3'), name: 'Anna Kowalska' },
    refused: forbidden(/^A deleted member keeps only its identity fields, not name\.$/),
  },
  {
    name: 'a revived tombstone',
    before: [member('t4'), tombstone('t4')],
    as: 'coordinator',
    doc: member('t4', { updatedAt: stampAt(now() + 1000) }),
    refused: forbidden(/^A deleted record is never restored: a restore is a new record\.$/),
  },
  {
    name: 'an attendance mark recorded again after it was removed (its id is made of what it links)',
    before: [
      {
        _id: 'attendance:S2:M1',
        type: 'attendance',
        id: 'S2:M1',
        sessionId: 'S2',
        memberId: 'M1',
        deleted: true,
        updatedAt: stampAt(now() - HOUR),
      },
    ],
    as: 'staff',
    doc: {
      _id: 'attendance:S2:M1',
      type: 'attendance',
      id: 'S2:M1',
      sessionId: 'S2',
      memberId: 'M1',
      status: 'late',
      updatedAt: stampAt(now()),
    },
  },
  {
    name: 'a revived group',
    before: [
      {
        _id: 'group:G3',
        type: 'group',
        id: 'G3',
        deleted: true,
        updatedAt: stampAt(now() - HOUR),
      },
    ],
    as: 'coordinator',
    doc: {
      _id: 'group:G3',
      type: 'group',
      id: 'G3',
      name: 'W',
      term: 'T',
      instructorIds: [],
      moduleIds: [],
      updatedAt: stampAt(now()),
    },
    refused: forbidden(/^A deleted record is never restored: a restore is a new record\.$/),
  },
  {
    name: 'a tombstone that changes its identity fields',
    before: [
      {
        _id: 'membership:MS1',
        type: 'membership',
        id: 'MS1',
        groupId: 'G1',
        memberId: 'M1',
        deleted: true,
        updatedAt: stampAt(now() - HOUR),
      },
    ],
    as: 'coordinator',
    doc: {
      _id: 'membership:MS1',
      type: 'membership',
      id: 'MS1',
      groupId: 'G9',
      memberId: 'M1',
      deleted: true,
      updatedAt: stampAt(now()),
    },
    refused: forbidden(/^A deleted record keeps its identity fields: groupId\.$/),
  },
  {
    name: "an instructor's archiving of a member",
    before: [member('r1')],
    as: 'staff',
    doc: member('r1', { archived: true, updatedAt: stampAt(now()) }),
    refused: forbidden(/^Only a coordinator may archive a member\.$/),
  },
  {
    name: "an instructor's un-archiving of a member",
    before: [member('r2', { archived: true })],
    as: 'staff',
    doc: member('r2', { updatedAt: stampAt(now()) }),
    refused: forbidden(/^Only a coordinator may archive a member\.$/),
  },
  {
    name: "an instructor's edit of an archived member",
    before: [member('r3', { archived: true })],
    as: 'staff',
    doc: member('r3', { archived: true, phone: '700 000 000', updatedAt: stampAt(now()) }),
  },
  {
    name: "a coordinator's archiving of a member",
    before: [member('r4')],
    as: 'coordinator',
    doc: member('r4', { archived: true, updatedAt: stampAt(now()) }),
  },
  {
    name: 'an unknown attendance status',
    as: 'staff',
    doc: {
      _id: 'attendance:S1:M2',
      type: 'attendance',
      id: 'S1:M2',
      sessionId: 'S1',
      memberId: 'M2',
      status: 'asleep',
      updatedAt: stampAt(now()),
    },
    refused: forbidden(/^Unknown attendance status: asleep$/),
  },
  {
    name: 'an id that does not match the body',
    as: 'staff',
    doc: { ...member('i1'), _id: 'member:other' },
    refused: forbidden(/^The document id must be the record type, a colon and the record id\.$/),
  },
  {
    name: 'an unknown type',
    as: 'staff',
    doc: { _id: 'invoice:1', type: 'invoice', id: '1', updatedAt: stampAt(now()) },
    refused: forbidden(/^Unknown record type: invoice$/),
  },
];

const ACCOUNTS: Record<As, { name: string; roles: string[] }> = {
  staff: { name: `${ORG}-instruktor`, roles: [`krok.${ORG}.staff`] },
  coordinator: { name: `${ORG}-koordynator`, roles: [`krok.${ORG}.coordinator`] },
  otherOrg: { name: 'rules-b-koordynator', roles: ['krok.rules-b.coordinator'] },
};

function written(test: Case): Doc {
  return { updatedBy: ACCOUNTS[test.as].name, ...test.doc };
}

function expectVerdict(verdict: Verdict, test: Case): void {
  if (test.refused === undefined) {
    expect(verdict).toBeNull();
    return;
  }
  expect(verdict).toEqual({ [test.refused.kind]: expect.stringMatching(test.refused.reason) });
}

describe('validate_doc_update in ECMAScript 5', () => {
  const source = validateDocUpdateSource(ORG);

  it('parses as ES5 and leaves out the constants a bare ES5 context still has', () => {
    expect(() => parseEs5(`(${source})`)).not.toThrow();
    // The parser and the context do refuse later code (so the two checks above prove something).
    expect(() => parseEs5('(function () { var f = (a) => a; })')).toThrow();
    expect(() => parseEs5('(function () { return `x`; })')).toThrow();
    const context = bareEs5Context();
    expect(
      vm.runInContext(
        '[typeof Object.hasOwn, typeof Object.assign, typeof [].includes, typeof Promise, typeof Map, typeof Set, typeof Symbol, typeof "".startsWith, typeof Number.isInteger, typeof Array.from].join()',
        context,
      ),
    ).toBe(Array(10).fill('undefined').join());
    const before = loadValidator(
      'function (doc) { if (!Object.hasOwn(doc, "type")) throw { forbidden: "x" }; }',
    );
    expect(before({ _id: 'a' }, null, { name: 'a', roles: [] })).toEqual({
      crash: expect.stringMatching(/TypeError/),
    });
    for (const name of UNREMOVABLE) expect(source).not.toContain(name.split('.')[1]);
  });

  it('refuses a user of another organisation', () => {
    const validate = loadValidator(source);
    expect(validate({ ...member('o1'), updatedBy: 'rules-b-koordynator' }, null, ACCOUNTS.otherOrg)).toEqual({
      unauthorized: 'Only staff of this organisation may change records.',
    });
  });

  it('lets only the operator change design documents or remove documents', () => {
    const validate = loadValidator(source);
    const coordinator = ACCOUNTS.coordinator;
    expect(validate({ _id: '_design/krok', validate_doc_update: '' }, null, coordinator)).toEqual({
      forbidden: 'Only the server operator may change design documents.',
    });
    expect(validate({ _id: 'member:x', _deleted: true }, null, coordinator)).toEqual({
      forbidden: 'Records are deleted with a tombstone, not removed from the server.',
    });
    expect(validate({ _id: '_design/krok' }, null, { name: 'admin', roles: ['_admin'] })).toBeNull();
  });

  it('lets staff remove an existing revision (a conflict loser), a member only as a coordinator', () => {
    const validate = loadValidator(source);
    const removal = (id: string) => ({ _id: id, _rev: '2-a', _deleted: true });
    const group = { _id: 'group:G1', type: 'group', id: 'G1', name: 'Wtorek', term: '2026' };
    expect(validate(removal('group:G1'), group, ACCOUNTS.staff)).toBeNull();
    expect(validate(removal('member:x'), member('x'), ACCOUNTS.coordinator)).toBeNull();
    expect(validate(removal('member:x'), member('x'), ACCOUNTS.staff)).toEqual({
      forbidden: 'Only a coordinator may erase a member.',
    });
    expect(validate(removal('member:x'), member('x'), ACCOUNTS.otherOrg)).toEqual({
      unauthorized: 'Only staff of this organisation may change records.',
    });
  });

  it.each(CASES)('in a bare ES5 context: $name', (test) => {
    const validate = loadValidator(source);
    let oldDoc: Doc | null = null;
    for (const doc of test.before ?? []) {
      expect(
        validate({ ...doc, updatedBy: 'operator' }, oldDoc, { name: 'admin', roles: ['_admin'] }),
      ).toBeNull();
      oldDoc = doc;
    }
    expectVerdict(validate(written(test), oldDoc, ACCOUNTS[test.as]), test);
  });

  it.each(CASES)('in an ES5 engine (JS-Interpreter): $name', (test) => {
    const validate = loadValidatorInEs5Engine(source);
    let oldDoc: Doc | null = null;
    for (const doc of test.before ?? []) {
      expect(
        validate({ ...doc, updatedBy: 'operator' }, oldDoc, { name: 'admin', roles: ['_admin'] }),
      ).toBeNull();
      oldDoc = doc;
    }
    expectVerdict(validate(written(test), oldDoc, ACCOUNTS[test.as]), test);
  });

  it('the ES5 engine refuses what CouchDB 3.x with SpiderMonkey 1.8.5 would not run', () => {
    const run = (body: string) =>
      loadValidatorInEs5Engine(`function (newDoc) { ${body} }`)({ _id: 'x' }, null, { roles: [] });
    expect(
      run("if (!Object.prototype.hasOwnProperty.call(newDoc, '_id')) throw { forbidden: 'no' };"),
    ).toBeNull();
    expect(run("if (!Object.hasOwn(newDoc, '_id')) throw { forbidden: 'no' };")).toEqual({
      crash: expect.stringMatching(/TypeError/),
    });
    expect(run("if (!['_id'].includes('_id')) throw { forbidden: 'no' };")).toEqual({
      crash: expect.stringMatching(/TypeError/),
    });
    expect(() => run('let kept = 1;')).toThrow();
    expect(() => run('var f = (x) => x;')).toThrow();
  });

  it('gives the same answers when Node runs checkRecord itself', () => {
    for (const test of CASES) {
      const last = test.before?.at(-1);
      const oldDoc = last === undefined ? null : { ...last, updatedBy: 'operator' };
      let verdict: Verdict = null;
      try {
        checkRecord(written(test), oldDoc, ACCOUNTS[test.as], RECORD_SPEC, ORG, Date.now());
      } catch (error) {
        verdict = error as Verdict;
      }
      expectVerdict(verdict, test);
    }
  });
});

describe('validate_doc_update on the dev server', () => {
  let server: StartedSyncServer;
  const passwords: Record<string, string> = {};
  beforeAll(async () => {
    server = await startSyncServer({ port: 0, organisations: [ORG, 'rules-b'] });
    for (const org of server.organisations) {
      passwords[org.staff.user] = org.staff.password;
      passwords[org.coordinator.user] = org.coordinator.password;
    }
  });
  afterAll(async () => {
    await server.close();
  });

  async function put(
    doc: Doc,
    credentials: string,
  ): Promise<{ status: number; body: Record<string, string> }> {
    const current = await fetch(`${server.url}/${ORG}/${encodeURIComponent(doc._id)}`, {
      headers: { Authorization: `Basic ${Buffer.from(server.admin).toString('base64')}` },
    });
    const rev = current.ok ? ((await current.json()) as { _rev: string })._rev : undefined;
    const response = await fetch(`${server.url}/${ORG}/${encodeURIComponent(doc._id)}`, {
      method: 'PUT',
      headers: {
        Authorization: `Basic ${Buffer.from(credentials).toString('base64')}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(rev === undefined ? doc : { ...doc, _rev: rev }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, string> };
  }

  it.each(CASES)('$name', async (test) => {
    for (const doc of test.before ?? []) {
      expect((await put({ ...doc, updatedBy: 'operator' }, server.admin)).status).toBe(201);
    }
    const account = ACCOUNTS[test.as].name;
    const { status, body } = await put(written(test), `${account}:${passwords[account]}`);
    if (test.refused === undefined) {
      expect(body).toMatchObject({ ok: true });
      expect(status).toBe(201);
    } else {
      expect(body).toEqual({ error: test.refused.kind, reason: expect.stringMatching(test.refused.reason) });
      expect(status).toBe(test.refused.kind === 'forbidden' ? 403 : 401);
    }
  });

  it('lets an instructor remove a group revision but not a member, and a coordinator both', async () => {
    const remove = async (id: string, account: string) => {
      const admin = { Authorization: `Basic ${Buffer.from(server.admin).toString('base64')}` };
      const url = `${server.url}/${ORG}/${encodeURIComponent(id)}`;
      const { _rev } = (await (await fetch(url, { headers: admin })).json()) as { _rev: string };
      const credentials = Buffer.from(`${account}:${passwords[account]}`).toString('base64');
      const response = await fetch(`${url}?rev=${_rev}`, {
        method: 'DELETE',
        headers: { Authorization: `Basic ${credentials}` },
      });
      return { status: response.status, body: (await response.json()) as Record<string, string> };
    };
    const group = {
      _id: 'group:RM',
      type: 'group',
      id: 'RM',
      name: 'W',
      term: '2026',
      instructorIds: [],
      moduleIds: [],
      updatedAt: stampAt(now()),
    };
    expect((await put({ ...group, updatedBy: 'operator' }, server.admin)).body).toMatchObject({ ok: true });
    expect((await put({ ...member('rm'), updatedBy: 'operator' }, server.admin)).status).toBe(201);
    expect(await remove('member:rm', ACCOUNTS.staff.name)).toEqual({
      status: 403,
      body: { error: 'forbidden', reason: 'Only a coordinator may erase a member.' },
    });
    expect(await remove('group:RM', ACCOUNTS.staff.name)).toMatchObject({ status: 200 });
    expect((await remove('member:rm', ACCOUNTS.coordinator.name)).status).toBe(200);
  });
});
