import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiOrigin, contentSecurityPolicy, inlineScripts, uncoveredScripts, withCspMeta } from '../../src/app/content-security-policy';

const sha256 = (body: string) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
const PAGE = '<html><head><meta charset="UTF-8" /><script>boot()</script><script type="module" src="./a.js"></script></head><body></body></html>';

describe('the page Content-Security-Policy', () => {
  it('allows only our own scripts and the boot script by its hash, and no eval', () => {
    const policy = contentSecurityPolicy({ inlineScriptHashes: inlineScripts(PAGE).map(sha256) });
    expect(policy).toContain(`script-src 'self' '${sha256('boot()')}'`);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|upgrade-insecure-requests/);
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("object-src 'none'");
  });

  it('lets a live build reach its service origin only, and refuses a malformed one', () => {
    expect(contentSecurityPolicy({ inlineScriptHashes: [], apiBaseUrl: 'http://10.1.2.3:8080/api/v1' })).toContain("connect-src 'self' http://10.1.2.3:8080;");
    expect(() => apiOrigin('/api/v1')).toThrow(/absolute URL/);
    expect(() => apiOrigin('javascript:alert(1)')).toThrow(/http\(s\)/);
  });

  it('puts the policy after the charset, before any script, and finds a script it does not cover', () => {
    const policy = contentSecurityPolicy({ inlineScriptHashes: inlineScripts(PAGE).map(sha256) });
    const html = withCspMeta(PAGE, policy);
    expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('charset'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(uncoveredScripts(html, sha256)).toEqual([]);
    const tampered = html.replace('</body>', '<script>steal()</script></body>');
    expect(uncoveredScripts(tampered, sha256)).toEqual(['steal()']);
    expect(() => withCspMeta(html, policy)).toThrow(/already/);
  });
});
