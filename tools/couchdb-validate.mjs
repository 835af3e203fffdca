// biome-ignore-all lint/style/useTemplate: CouchDB 3 may run SpiderMonkey 1.8.5 (ES5): no template literals.
// biome-ignore-all lint/complexity/useOptionalChain: ES5, as above.
// The validate_doc_update of an organisation's database, for CouchDB 3 (tools/couchdb-setup.mjs) and the
// dev server (tools/sync-server.mjs). Both send its source text (Function.prototype.toString), so it is
// written in the plain JavaScript CouchDB's engine runs, and uses nothing from outside its body.
export function validateDocUpdate(newDoc, oldDoc, userCtx, _secObj) {
  // Staff (instructors, role "staff") and coordinators (role "coordinator") may write records; each record
  // must have the shape the app writes: _id "type:id", a clock stamp, the device id and its own fields.
  var roles = (userCtx && userCtx.roles) || [];
  var i;
  function has(role) {
    return roles.indexOf(role) !== -1;
  }
  var admin = has('_admin') || has('coordinator');
  if (!admin && !has('staff')) {
    throw { unauthorized: 'Only staff of this organisation may change records.' };
  }
  if (newDoc._id.indexOf('_design/') === 0) {
    if (!has('_admin')) throw { forbidden: 'Only a server administrator may change design documents.' };
    return;
  }
  if (newDoc._deleted === true) {
    // Coordinators delete records; staff devices delete only revisions that exist: the losing leaves of
    // a conflict, after merging them into the winner (CouchDB's way to resolve one). The devices make
    // either kind of deletion a tombstone without personal fields.
    if (admin || oldDoc) return;
    throw { forbidden: 'Records are deleted with a tombstone, not removed from the server.' };
  }
  var required = {
    member: ['name', 'memberNumber'],
    group: ['name', 'term'],
    membership: ['groupId', 'memberId'],
    session: ['groupId', 'startsAt'],
    attendance: ['sessionId', 'memberId', 'status'],
    progress: ['owner', 'lessonId', 'moduleId'],
    assessment: ['owner', 'moduleId', 'phase'],
  };
  var type = newDoc.type;
  if (!Object.hasOwn(required, type)) {
    throw { forbidden: 'Unknown record type: ' + type };
  }
  if (typeof newDoc.id !== 'string' || newDoc._id !== type + ':' + newDoc.id) {
    throw { forbidden: 'The document id must be the record type, a colon and the record id.' };
  }
  if (
    typeof newDoc.updatedAt !== 'string' ||
    !/^[0-9a-z]{12}-[0-9a-z]{4}-[\x21-\x7e]+$/.test(newDoc.updatedAt)
  ) {
    throw { forbidden: 'updatedAt must be a clock stamp.' };
  }
  if (typeof newDoc.updatedBy !== 'string' || newDoc.updatedBy === '') {
    throw { forbidden: 'updatedBy must name the device.' };
  }
  if (oldDoc && !oldDoc._deleted && oldDoc.type !== type) {
    throw { forbidden: 'A record cannot change its type.' };
  }
  if (newDoc.deleted === true) return;
  var fields = required[type];
  for (i = 0; i < fields.length; i++) {
    if (typeof newDoc[fields[i]] !== 'string' || newDoc[fields[i]] === '') {
      throw { forbidden: 'A ' + type + ' record needs ' + fields[i] + '.' };
    }
  }
  if (type === 'attendance' && ['present', 'late', 'excused', 'absent'].indexOf(newDoc.status) === -1) {
    throw { forbidden: 'Unknown attendance status: ' + newDoc.status };
  }
  if (type === 'member' && newDoc.archived === true && !admin && !(oldDoc && oldDoc.archived === true)) {
    throw { forbidden: 'Only a coordinator may archive a member.' };
  }
}
