// Types of tools/couchdb-validate.mjs for its tests.
export declare const RECORD_SPEC: Record<string, unknown>;
export declare function checkRecord(
  newDoc: Record<string, unknown>,
  oldDoc: Record<string, unknown> | null,
  userCtx: { name: string | null; roles: string[] },
  spec: unknown,
  org: string,
  nowMs: number,
): void;
export declare function isOrganisationName(org: string): boolean;
export declare function validateDocUpdateSource(org: string): string;
