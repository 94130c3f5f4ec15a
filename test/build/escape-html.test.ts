import { expect, test } from "vitest";
import { escapeHtml } from "../../src/lib/render/escape-html.ts";

test("escapeHtml escapes markup and both quotes, and leaves plain text as it is", () => {
  expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  expect(escapeHtml("Children are seen promptly.")).toBe("Children are seen promptly.");
  expect(escapeHtml("a&b")).toBe("a&amp;b");
  expect(escapeHtml("a&b&c")).toBe("a&amp;b&amp;c");
});
