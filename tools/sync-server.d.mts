// Types of tools/sync-server.mjs for the TypeScript tests that start it.
export type StartedSyncServer = {
  url: string;
  db: string;
  user: string;
  password: string;
  /** `admin:password` of the server administrator. */
  admin: string;
  close(): Promise<void>;
};
export declare const DEFAULTS: {
  port: number;
  db: string;
  user: string;
  password: string;
  adminUser: string;
  adminPassword: string;
};
export declare function startSyncServer(options?: Partial<typeof DEFAULTS>): Promise<StartedSyncServer>;
export declare function createOrganisationDatabase(base: string, db: string, admin: string): Promise<void>;
export declare function validateDocUpdateSource(): string;
export declare function databaseSetup(): {
  designDoc: { _id: string; validate_doc_update: string };
  security: Record<string, unknown>;
};
