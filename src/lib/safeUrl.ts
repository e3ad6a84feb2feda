/** Returns the URL when it is an absolute http(s) URL, otherwise null. */
export function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The id a URL fragment names (#AC-01, #AC%2001), or the raw text where its escapes are malformed (#%E0%A4%A). */
export function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
