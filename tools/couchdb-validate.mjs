// biome-ignore-all lint/style/useTemplate: CouchDB 3 may run SpiderMonkey 1.8.5 (ES5): no template literals.
// biome-ignore-all lint/complexity/useOptionalChain: ES5, as above.
// biome-ignore-all lint/complexity/useArrowFunction: ES5, as above.
// biome-ignore-all lint/suspicious/noGlobalIsFinite: ES5 has no Number.isFinite.
// biome-ignore-all lint/style/useNumberNamespace: ES5 has no Number.parseInt.
// biome-ignore-all lint/complexity/useLiteralKeys: ES5 object keys as written.
// biome-ignore-all lint/suspicious/noPrototypeBuiltins: ES5 has no Object.hasOwn.
// The validate_doc_update of an organisation's database, for CouchDB 3 (tools/couchdb-setup.mjs) and the
// dev server (tools/sync-server.mjs). CouchDB 3 runs it in SpiderMonkey 1.8.5, 60, 78 or 91 (or QuickJS
// in 3.4): only ECMAScript 5 is safe. checkRecord is therefore written in ES5 with nothing from outside
// its body; validateDocUpdateSource() wraps its text (Function.prototype.toString) with the record rules
// (src/sync/record-spec.json, the same definition the app's zod schemas are built from) and the
// organisation's name. tests/sync/validate-es5.test.ts parses the result as ES5 and runs it in a context
// from which every later built-in is removed.
import { createRequire } from 'node:module';

/** The record rules shared with the app (src/sync/record-spec.json). */
export const RECORD_SPEC = createRequire(import.meta.url)('../src/sync/record-spec.json');

/**
 * Checks one write. `spec` is record-spec.json, `org` the organisation (roles krok.<org>.staff and
 * krok.<org>.coordinator), `nowMs` the server's clock. Throws {forbidden} or {unauthorized} (CouchDB's
 * way of refusing), returns nothing when the write may go ahead.
 */
export function checkRecord(newDoc, oldDoc, userCtx, spec, org, nowMs) {
  var roles = (userCtx && userCtx.roles) || [];
  var account = (userCtx && userCtx.name) || '';
  var key;
  var i;
  var present;
  function has(role) {
    return roles.indexOf(role) !== -1;
  }
  function own(object, name) {
    return Object.prototype.hasOwnProperty.call(object, name);
  }
  function refuse(reason) {
    throw { forbidden: reason };
  }
  function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
  // One value against its rule (kinds string, boolean, number, list, object, map); `path` names it.
  function check(value, rule, path) {
    var count;
    var name;
    if (rule.kind === 'string') {
      if (typeof value !== 'string') refuse(path + ' must be text.');
      if (value.length > rule.max) refuse(path + ' is longer than ' + rule.max + ' characters.');
      if (rule.values && rule.values.indexOf(value) === -1) refuse('Unknown ' + path + ': ' + value);
    } else if (rule.kind === 'boolean') {
      if (typeof value !== 'boolean') refuse(path + ' must be true or false.');
    } else if (rule.kind === 'number') {
      if (typeof value !== 'number' || !isFinite(value)) refuse(path + ' must be a number.');
      if (rule.integer && Math.floor(value) !== value) refuse(path + ' must be a whole number.');
      if (value < rule.min || value > rule.max) {
        refuse(path + ' must be between ' + rule.min + ' and ' + rule.max + '.');
      }
    } else if (rule.kind === 'list') {
      if (!Array.isArray(value)) refuse(path + ' must be a list.');
      if (value.length > rule.maxItems) refuse(path + ' has more than ' + rule.maxItems + ' items.');
      for (count = 0; count < value.length; count++) check(value[count], rule.of, path + '[' + count + ']');
    } else if (rule.kind === 'object') {
      if (!isPlainObject(value)) refuse(path + ' must be an object.');
      for (name in value) {
        if (own(value, name) && !own(rule.fields, name)) refuse(path + ' has an unknown field: ' + name);
      }
      for (name in rule.fields) {
        if (!own(rule.fields, name)) continue;
        if (own(value, name)) check(value[name], rule.fields[name], path + '.' + name);
        else if (rule.fields[name].required) refuse(path + ' needs ' + name + '.');
      }
    } else if (rule.kind === 'map') {
      if (!isPlainObject(value)) refuse(path + ' must be an object.');
      count = 0;
      for (name in value) {
        if (!own(value, name)) continue;
        count++;
        if (count > rule.maxKeys) refuse(path + ' has more than ' + rule.maxKeys + ' entries.');
        if (name.length > rule.keyMax)
          refuse(path + ' has a key longer than ' + rule.keyMax + ' characters.');
        check(value[name], rule.of, path + '.' + name);
      }
    } else {
      refuse('Unknown rule for ' + path);
    }
  }

  var operator = has('_admin');
  var coordinator = has('krok.' + org + '.coordinator');
  if (!operator && !coordinator && !has('krok.' + org + '.staff')) {
    throw { unauthorized: 'Only staff of this organisation may change records.' };
  }
  if (typeof newDoc._id !== 'string') refuse('A document needs an id.');
  if (newDoc._id.indexOf('_design/') === 0) {
    if (!operator) refuse('Only the server operator may change design documents.');
    return;
  }
  if (newDoc._deleted === true) {
    // The operator removes documents. Others delete only a revision that exists: the losing leaf of a
    // conflict, after merging it into the winner (CouchDB's way to resolve one); the devices make a
    // server deletion a tombstone without personal fields. As the function cannot tell a losing leaf
    // from the winner, deleting a member's revision (an erasure on every device) is a coordinator's.
    // (A body sent with the deletion is not checked: some clients, the dev server's DELETE too, send
    // the old one; `_compact`/`_purge` remove it, see README.)
    if (operator) return;
    if (!oldDoc) refuse('Records are deleted with a tombstone, not removed from the server.');
    if (oldDoc.type === 'member' && !coordinator) refuse('Only a coordinator may erase a member.');
    return;
  }
  if (own(newDoc, '_attachments')) refuse('Records carry no attachments.');
  var type = newDoc.type;
  if (typeof type !== 'string' || !own(spec.types, type)) refuse('Unknown record type: ' + type);
  var rules = spec.types[type];
  if (
    typeof newDoc.id !== 'string' ||
    newDoc.id === '' ||
    newDoc.id.length > spec.maxIdLength ||
    newDoc._id !== type + ':' + newDoc.id
  ) {
    refuse('The document id must be the record type, a colon and the record id.');
  }
  var stamp = typeof newDoc.updatedAt === 'string' && newDoc.updatedAt.length <= spec.maxIdLength;
  var parts = stamp ? /^([0-9a-z]{12})-([0-9a-z]{4})-([\x21-\x7e]+)$/.exec(newDoc.updatedAt) : null;
  if (!parts) refuse('updatedAt must be a clock stamp.');
  if (parseInt(parts[1], 36) > nowMs + spec.maxDriftMs) {
    refuse('updatedAt is more than 24 hours ahead of the server clock.');
  }
  if (typeof newDoc.updatedBy !== 'string' || newDoc.updatedBy === '') {
    refuse('updatedBy must name the account.');
  }
  if (!operator && newDoc.updatedBy !== account) {
    refuse('updatedBy must be the account that writes (' + account + ').');
  }
  var old = oldDoc && oldDoc._deleted !== true ? oldDoc : null;
  if (old && old.type !== type) refuse('A record cannot change its type.');
  if (own(newDoc, 'deleted') && newDoc.deleted !== true) refuse('deleted is either true or absent.');
  var deleted = newDoc.deleted === true;
  var wasDeleted = !!(old && old.deleted === true);
  // Records with a made-up id (members, groups, sessions) stay deleted; those whose id is made of what
  // they link (a membership, an attendance mark, progress, an assessment) may be recorded again.
  if (wasDeleted && !deleted && !rules.revivable) {
    refuse('A deleted record is never restored: a restore is a new record.');
  }
  var envelope = ['_id', '_rev', '_revisions', 'type', 'id', 'updatedAt', 'updatedBy', 'deleted'];
  for (key in newDoc) {
    if (!own(newDoc, key) || envelope.indexOf(key) !== -1) continue;
    if (deleted && rules.tombstone.indexOf(key) === -1) {
      refuse('A deleted ' + type + ' keeps only its identity fields, not ' + key + '.');
    }
    if (!own(rules.fields, key)) refuse('A ' + type + ' record has no field ' + key + '.');
  }
  for (key in rules.fields) {
    if (!own(rules.fields, key)) continue;
    present = own(newDoc, key);
    if (!deleted && rules.fields[key].required && (!present || newDoc[key] === '')) {
      refuse('A ' + type + ' record needs ' + key + '.');
    }
    if (present) check(newDoc[key], rules.fields[key], type + ' ' + key);
  }
  if (JSON.stringify(newDoc).length > spec.maxDocChars) {
    refuse('The record is larger than ' + spec.maxDocChars + ' characters.');
  }
  if (wasDeleted) {
    for (i = 0; i < rules.tombstone.length; i++) {
      key = rules.tombstone[i];
      if (newDoc[key] !== old[key]) refuse('A deleted record keeps its identity fields: ' + key + '.');
    }
  }
  if (type === 'member' && !coordinator && !operator) {
    if (deleted && !wasDeleted) refuse('Only a coordinator may erase a member.');
    if ((newDoc.archived === true) !== !!(old && old.archived === true)) {
      refuse('Only a coordinator may archive a member.');
    }
  }
}

/** Checks that an organisation name can be part of role names and of a JavaScript string. */
export function isOrganisationName(org) {
  return typeof org === 'string' && /^[a-z][a-z0-9-]{0,39}$/.test(org);
}

/**
 * The validate_doc_update source text for one organisation: ES5, self-contained (the record rules and
 * the organisation are written into it). Throws for an organisation name that is not lowercase letters,
 * digits and dashes.
 */
export function validateDocUpdateSource(org) {
  if (!isOrganisationName(org)) throw new Error('Organisation names are a-z, 0-9 and dashes: ' + org);
  return (
    'function (newDoc, oldDoc, userCtx, secObj) {\n' +
    '  var check = ' +
    checkRecord.toString() +
    ';\n' +
    '  check(newDoc, oldDoc, userCtx, ' +
    JSON.stringify(RECORD_SPEC) +
    ', ' +
    JSON.stringify(org) +
    ', new Date().getTime());\n' +
    '}'
  );
}
