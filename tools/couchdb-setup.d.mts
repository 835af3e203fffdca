// Types of tools/couchdb-setup.mjs for its test.
export type SetupOptions = {
  url: string;
  admin: string;
  org: string;
  db?: string;
  coordinators?: string[];
  staff?: string[];
  /** Device accounts to add (or give a new pairing code). */
  devices?: string[];
  /** Device accounts to delete (a lost tablet). */
  revoke?: string[];
  /** Draws a pairing code as a QR code for the terminal. */
  qr?: (code: string) => Promise<string>;
};
export declare const PAIRING_PREFIX: string;
export declare function pairingCode(device: {
  url: string;
  db: string;
  name: string;
  password: string;
}): string;
export declare function passwordVariable(name: string): string;
export declare function parseSetupArguments(argv: string[]): SetupOptions;
export declare function setUpCouchDB(
  options: SetupOptions,
  io?: {
    env?: Record<string, string | undefined>;
    ask?: (question: string) => Promise<string>;
    log?: (line: string) => void;
  },
): Promise<{ db: string; codes: Record<string, string> }>;
