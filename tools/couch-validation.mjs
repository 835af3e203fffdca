// validate_doc_update for the dev server (tools/sync-server.mjs) as CouchDB 3 applies it, replacing
// express-pouchdb's own layer (pouchdb-validation), which overwrites a replicated document's
// `_revisions` with the stored one's, so that `_bulk_docs` with `new_edits: false` for an existing
// document answered `201 []` and stored nothing. Here, as in CouchDB:
// - new_edits true (the default): `oldDoc` is the revision being updated (`_rev`), or the current one;
// - new_edits false (replication): a revision already in the tree is accepted without a call; otherwise
//   `oldDoc` is the stored leaf on the new revision's own branch (from its `_revisions`), or null;
// - the design function sees a copy, so it can change nothing that is stored;
// - a refusal is `{id, error: 'forbidden' | 'unauthorized', reason}` in the answer (in the request's
//   order for new_edits true; only the refused ones for new_edits false, as CouchDB answers);
// - design documents and `_local` documents are not validated (CouchDB checks design documents by role
//   only, and the security layer does that).
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Compiles every validate_doc_update of the database's design documents. */
async function validators(db) {
  const evaluate = require('couchdb-eval');
  const { rows } = await db.allDocs({ startkey: '_design/', endkey: '_design0', include_docs: true });
  return rows
    .filter((row) => typeof row.doc?.validate_doc_update === 'string')
    .map((row) => ({
      designDoc: row.doc,
      func: evaluate.evaluate(row.doc, {}, row.doc.validate_doc_update),
    }));
}

/** The user context as CouchDB passes it (the request's session, else an anonymous one). */
function userContext(options, dbName) {
  const userCtx = options.userCtx ?? { db: dbName, name: null, roles: [] };
  return { db: dbName, name: userCtx.name ?? null, roles: [...(userCtx.roles ?? [])] };
}

function revisionIds(doc) {
  const history = doc._revisions;
  if (history && Number.isInteger(history.start) && Array.isArray(history.ids)) {
    return history.ids.map((hash, index) => `${history.start - index}-${hash}`);
  }
  return typeof doc._rev === 'string' ? [doc._rev] : [];
}

/** The stored copy validate_doc_update compares with, or null; `skip` when nothing is to be checked. */
async function previous(db, doc, newEdits) {
  if (newEdits) {
    const options = typeof doc._rev === 'string' ? { rev: doc._rev, revs: true } : { revs: true };
    return { doc: await db.get(doc._id, options).catch(() => null) };
  }
  const revisions = revisionIds(doc);
  if (revisions.length === 0) return { doc: null };
  const [own, ...ancestors] = revisions;
  let leaves;
  try {
    leaves = await db.get(doc._id, { open_revs: 'all', revs: true });
  } catch {
    return { doc: null };
  }
  const stored = leaves.filter((leaf) => leaf.ok).map((leaf) => leaf.ok);
  // Already there (a replication that restarted): CouchDB accepts it without asking the function.
  if (stored.some((leaf) => revisionIds(leaf).includes(own))) return { skip: true };
  for (const ancestor of ancestors) {
    const leaf = stored.find((candidate) => candidate._rev === ancestor);
    if (leaf !== undefined) return { doc: leaf };
  }
  return { doc: null };
}

function refusal(error, doc) {
  if (error && typeof error === 'object' && 'unauthorized' in error) {
    return {
      error: true,
      status: 401,
      name: 'unauthorized',
      message: String(error.unauthorized),
      id: doc._id,
    };
  }
  if (error && typeof error === 'object' && 'forbidden' in error) {
    return { error: true, status: 403, name: 'forbidden', message: String(error.forbidden), id: doc._id };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { error: true, status: 500, name: 'validation_error', message, id: doc._id };
}

/** Runs the validators on one document; resolves to undefined (accepted) or a refusal. */
async function check(db, functions, doc, options, newEdits) {
  if (typeof doc._id !== 'string' || doc._id.startsWith('_design/') || doc._id.startsWith('_local/')) {
    return undefined;
  }
  const found = await previous(db, doc, newEdits);
  if (found.skip) return undefined;
  const userCtx = userContext(options, db.name);
  const secObj = options.secObj ?? {};
  const copy = structuredClone(doc);
  const old = found.doc === null ? null : structuredClone(found.doc);
  try {
    for (const { designDoc, func } of functions) func.call(designDoc, copy, old, userCtx, secObj);
  } catch (error) {
    return refusal(error, doc);
  }
  return undefined;
}

const handlers = {
  async bulkDocs(orig, args) {
    const newEdits = args.options?.new_edits !== false;
    const functions = await validators(args.base);
    if (functions.length === 0) return orig();
    const docs = args.docs;
    for (const doc of docs) doc._id ??= randomUUID().replaceAll('-', '');
    const verdicts = await Promise.all(
      docs.map((doc) => check(args.base, functions, doc, args.options ?? {}, newEdits)),
    );
    args.docs = docs.filter((_doc, index) => verdicts[index] === undefined);
    const stored = args.docs.length === 0 ? [] : await orig();
    if (!newEdits) return [...verdicts.filter((verdict) => verdict !== undefined), ...stored];
    // new_edits true: one answer per document, in the request's order.
    const answers = [];
    let next = 0;
    for (const verdict of verdicts) answers.push(verdict ?? stored[next++]);
    return answers;
  },
  async put(orig, args) {
    const newEdits = args.options?.new_edits !== false;
    const functions = await validators(args.base);
    const verdict = await check(args.base, functions, args.doc, args.options ?? {}, newEdits);
    if (verdict !== undefined) throw Object.assign(new Error(verdict.message), verdict);
    return orig();
  },
  async post(orig, args) {
    args.doc._id ??= randomUUID().replaceAll('-', '');
    const functions = await validators(args.base);
    const verdict = await check(args.base, functions, args.doc, args.options ?? {}, true);
    if (verdict !== undefined) throw Object.assign(new Error(verdict.message), verdict);
    return orig();
  },
  async remove(orig, args) {
    const functions = await validators(args.base);
    const doc = { ...args.doc, _deleted: true };
    const verdict = await check(args.base, functions, doc, args.options ?? {}, true);
    if (verdict !== undefined) throw Object.assign(new Error(verdict.message), verdict);
    return orig();
  },
};

/**
 * Installs this validation on every database express-pouchdb opens, except CouchDB's system databases
 * (`_users` keeps pouchdb-auth's own). Create the app with `overrideMode.exclude: ['validation']`.
 */
export function installCouchValidation(pouchApp) {
  const wrappers = require('pouchdb-wrappers');
  pouchApp.dbWrapper.registerWrapper((name, db, next) => {
    if (!String(name).startsWith('_')) wrappers.installWrapperMethods(db, handlers);
    next();
  });
}
