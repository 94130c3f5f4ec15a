/**
 * A tiny static server for a built site on 127.0.0.1 (random port), folders resolved to index.html.
 * Text responses are gzipped, as every static host does; Pagefind's own files (.pf_* chunks and the
 * .pagefind wasm) are gzipped already and are sent as they are. Every response is logged with the
 * bytes it put on the wire (status line, headers and body), so a benchmark can count transfers
 * whatever made the request (the page, or Pagefind's web worker).
 */
import { readFileSync, statSync } from "node:fs";
import type { Stats } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

/** Types sent gzipped when the client accepts it. */
const COMPRESSED = new Set([".html", ".js", ".css", ".json", ".svg"]);

/** One response the server sent. */
export interface ServedResponse {
  path: string;
  status: number;
  /** Bytes on the wire: status line, headers and (compressed) body. */
  bytes: number;
  gzipped: boolean;
}

export interface DistServer {
  url: string;
  /** Every response so far, in the order they were sent. */
  responses: ServedResponse[];
  close: () => Promise<void>;
}

/** Serve `root`; returns its URL, the log of responses and a function that stops the server. */
export async function serveDist(root: string): Promise<DistServer> {
  const responses: ServedResponse[] = [];
  const gzipCache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const send = (status: number, headers: Record<string, string | number>, body: Buffer | string, gzipped = false) => {
      const payload = typeof body === "string" ? Buffer.from(body) : body;
      response.writeHead(status, { ...headers, "Content-Length": payload.length });
      response.end(payload);
      const head = `HTTP/1.1 ${status} ${response.statusMessage}\r\n${Object.entries(response.getHeaders())
        .map(([name, value]) => `${name}: ${String(value)}\r\n`)
        .join("")}Date: ${new Date().toUTCString()}\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n`;
      responses.push({ path, status, bytes: Buffer.byteLength(head) + payload.length, gzipped });
    };
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return send(403, {}, "Forbidden");
    if (statOrNull(file)?.isDirectory()) file = join(file, "index.html");
    const info = statOrNull(file);
    if (!info?.isFile()) return send(404, { "Content-Type": "text/plain" }, "Not found");
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const accepts = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    if (accepts && COMPRESSED.has(extname(file))) {
      let body = gzipCache.get(file);
      if (!body) gzipCache.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
      return send(200, { "Content-Type": type, "Content-Encoding": "gzip", Vary: "Accept-Encoding" }, body, true);
    }
    send(200, { "Content-Type": type }, readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    responses,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
