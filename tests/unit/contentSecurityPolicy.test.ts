// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  withContentSecurityPolicy,
} from '../../src/build/contentSecurityPolicy';
import { hostHeaders } from '../../src/build/hostHeaders';

const digest = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy of a built page', () => {
  const page = [
    '<!doctype html><html><head><meta charset="UTF-8" />',
    '<script>try { theme() } catch (e) {}</script>',
    '<script type="module" crossorigin src="/assets/main.js"></script></head>',
    '<body><div id="root"><script>window.__data = 1;</script></div>',
    '<script type="application/json" id="drd-prerendered">{"a":1}</script></body></html>',
  ].join('\n');

  it('allows each inline script by its digest, and neither sources nor JSON data blocks', () => {
    expect(inlineScriptHashes(page)).toEqual([digest('try { theme() } catch (e) {}'), digest('window.__data = 1;')]);
  });

  it("has no 'unsafe-inline' or 'unsafe-eval' for scripts, and names a real API's origin where there is one", () => {
    const policy = contentSecurityPolicy(page, { apiOrigin: 'https://api.example.org' });
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(policy).toContain("connect-src 'self' https://api.example.org");
    expect(policy).toContain("object-src 'none'; base-uri 'none'; form-action 'none'");
  });

  it('comes first in the head, before any script', () => {
    const secured = withContentSecurityPolicy(page);
    expect(secured.indexOf('Content-Security-Policy')).toBeLessThan(secured.indexOf('<script'));
  });
});

describe('the _headers file', () => {
  it('lets any site frame the widget and no other site frame the pages, under the base path', () => {
    const headers = hostHeaders('/transparency/', ['', 'requests/']);
    expect(headers).toContain("/transparency/requests/\n  Content-Security-Policy: frame-ancestors 'self'");
    expect(headers).toContain('/transparency/widget.html\n  Content-Security-Policy: frame-ancestors *');
    expect(headers).toContain('/transparency/widget/*\n  Content-Security-Policy: frame-ancestors *');
    expect(headers).toContain('/transparency/assets/*\n  Cache-Control: public, max-age=31536000, immutable');
    // The rule for every path sets no frame-ancestors, which would also bind the widget.
    expect(headers.split('\n/')[0]).not.toContain('frame-ancestors');
  });
});
