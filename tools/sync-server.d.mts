// Types of tools/sync-server.mjs for the TypeScript tests that start it.
export type Account = { user: string; password: string };
export type Organisation = { org: string; db: string; staff: Account; coordinator: Account };
export type StartedSyncServer = {
  url: string;
  /** `admin:password` of the server administrator (the operator). */
  admin: string;
  /** The first organisation: its name, database, instructor (user, password) and coordinator. */
  org: string;
  db: string;
  user: string;
  password: string;
  coordinator: Account;
  organisations: Organisation[];
  close(): Promise<void>;
};
export declare const SAMPLE_ORGANISATIONS: string[];
export declare const APP_ORIGINS: string[];
export declare function randomPassword(): string;
export declare function organisationRoles(org: string): { staff: string; coordinator: string };
export declare function startSyncServer(options?: {
  port?: number;
  db?: string;
  organisations?: string[];
  origins?: string[];
}): Promise<StartedSyncServer>;
export declare function createOrganisationDatabase(
  base: string,
  db: string,
  admin: string,
  org: string,
): Promise<void>;
export declare function saveUser(
  base: string,
  admin: string,
  user: { name: string; password: string; roles: string[] },
): Promise<void>;
export declare function databaseSetup(org: string): {
  designDoc: { _id: string; validate_doc_update: string };
  security: Record<string, unknown>;
};
