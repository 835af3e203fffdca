// Types of tools/couchdb-setup.mjs for its test.
export type SetupOptions = {
  url: string;
  admin: string;
  org: string;
  db?: string;
  coordinators?: string[];
  staff?: string[];
};
export declare function passwordVariable(name: string): string;
export declare function parseSetupArguments(argv: string[]): SetupOptions;
export declare function setUpCouchDB(
  options: SetupOptions,
  io?: {
    env?: Record<string, string | undefined>;
    ask?: (question: string) => Promise<string>;
    log?: (line: string) => void;
  },
): Promise<{ db: string }>;
