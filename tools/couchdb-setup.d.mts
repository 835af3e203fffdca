// Types of tools/couchdb-setup.mjs for its test.
export declare function setUpCouchDB(options: {
  url: string;
  admin: string;
  db: string;
  users?: string[];
  coordinators?: string[];
}): Promise<void>;
