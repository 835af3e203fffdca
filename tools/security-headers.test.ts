import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  htaccessFile,
  nginxSnippet,
  securityHeaders,
} from './security-headers.ts';

const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
const directives = (policy: string) =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );

describe('security headers', () => {
  it('keep the index.html meta tag as the same policy, less what a meta tag cannot carry', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(read('index.html'))?.[1];
    const fromMeta = directives(meta ?? '');
    const fromHeader = directives(contentSecurityPolicy());
    fromHeader.delete('frame-ancestors');
    expect(fromMeta).toEqual(fromHeader);
  });

  it("limit connect-src to the organisation's CouchDB when the build names it", () => {
    const policy = directives(contentSecurityPolicy('https://sync.example.org'));
    expect(policy.get('connect-src')).toBe("'self' https://sync.example.org");
    expect(directives(contentSecurityPolicy()).get('connect-src')).toContain('https:');
  });

  it('are written alike for Netlify/Cloudflare, Apache and nginx; deploy/nginx.conf is in step', () => {
    const headers = securityHeaders();
    for (const [name, value] of Object.entries(headers)) {
      expect(headersFile()).toContain(`  ${name}: ${value}`);
      expect(htaccessFile()).toContain(`Header always set ${name} "${value}"`);
      expect(nginxSnippet()).toContain(`add_header ${name} "${value}" always;`);
    }
    expect(read('deploy/nginx.conf')).toBe(nginxSnippet());
  });
});
