/** SHA-256 of some bytes as lowercase hex, the form `sha256sum` prints. WebCrypto: browser and Node alike. */
export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
