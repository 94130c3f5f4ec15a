/**
 * The encoding an HTML file declares for itself: <meta charset>, <meta http-equiv="Content-Type">,
 * or an XML declaration, looked for in its first bytes as browsers do. Undefined when it declares none.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}
