/**
 * The page's Content-Security-Policy, built from the final HTML by vite.config.ts and set as a <meta> so it holds
 * on a plain static host whose headers we do not control (README, "Reliability and security", lists the headers a
 * host should add: frame-ancestors only works as a header). Pure: the build hashes, this only assembles.
 */

export interface CspInput {
  /** 'sha256-…' of each inline <script> the page carries (the theme and language boot script). */
  inlineScriptHashes: readonly string[];
  /** VITE_API_BASE_URL when the build talks to a service; its origin is the one other host the page may reach. */
  apiBaseUrl?: string | undefined;
}

/** The origin a service base URL allows in connect-src; a malformed one fails the build rather than open the policy. */
export function apiOrigin(apiBaseUrl: string): string {
  let url: URL;
  try {
    url = new URL(apiBaseUrl);
  } catch {
    throw new Error(`VITE_API_BASE_URL is not an absolute URL: ${JSON.stringify(apiBaseUrl)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`VITE_API_BASE_URL must be http(s): ${JSON.stringify(apiBaseUrl)}`);
  }
  return url.origin;
}

export function contentSecurityPolicy({ inlineScriptHashes, apiBaseUrl }: CspInput): string {
  const connect = apiBaseUrl ? ["'self'", apiOrigin(apiBaseUrl)] : ["'self'"];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    // Only our own files and the boot script by its hash: no 'unsafe-inline', no 'unsafe-eval' (zod runs jitless).
    ['script-src', ["'self'", ...inlineScriptHashes.map((hash) => `'${hash}'`)]],
    // React and recharts set style attributes, and the snapshot export writes <style> into the SVG it draws.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // Exports are drawn through data: and blob: images; nothing is loaded from another host.
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', connect],
    // The ledger import reads its file in a worker: a same-origin script file (Vite's iife build), never a blob:
    // or data: URL, so 'self' is all it needs. Said explicitly; browsers without worker-src fall back to script-src.
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    // No upgrade-insecure-requests: intranet hosts serve plain HTTP, and the upgrade would break every request.
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** The bodies of the inline classic scripts in an HTML page (a <script> with a src carries no body to hash). */
export function inlineScripts(html: string): string[] {
  const bodies: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\bsrc\s*=/i.test(attributes) || body.trim() === '') continue;
    bodies.push(body);
  }
  return bodies;
}

/** Puts the policy at the top of <head>, after the charset: a <meta> policy only covers what the parser meets after it. */
export function withCspMeta(html: string, policy: string): string {
  if (/http-equiv=["']?content-security-policy/i.test(html)) throw new Error('index.html already has a CSP <meta>');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}" />`;
  const anchor = /<meta charset=[^>]*>/i.test(html) ? /(<meta charset=[^>]*>)/i : /(<head>)/i;
  const withMeta = html.replace(anchor, `$1\n    ${meta}`);
  if (withMeta === html) throw new Error('index.html has no <head> to put the CSP <meta> in');
  return withMeta;
}

/** The inline scripts of a built page whose hash its policy does not list: the build fails on any. */
export function uncoveredScripts(html: string, hash: (body: string) => string): string[] {
  const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1]?.replace(/&quot;/g, '"');
  const scriptSrc = policy?.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
  return inlineScripts(html).filter((body) => !scriptSrc.includes(`'${hash(body)}'`));
}
