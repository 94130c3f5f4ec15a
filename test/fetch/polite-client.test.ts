import { createServer } from "node:http";
import type { Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkPdf } from "../../scripts/fetch/check-pdf.ts";
import { FetchFailure, PoliteClient, retryAfter } from "../../scripts/fetch/polite-client.ts";
import type { ClientOptions } from "../../scripts/fetch/polite-client.ts";
import { makePdf } from "../../scripts/reliability/make-pdf.ts";

// A scripted server: each path answers from its list of replies in turn, then repeats the last.
type Reply = (response: ServerResponse) => void;
const script = new Map<string, Reply[]>();
const hits = new Map<string, number>();
const arrivals: number[] = [];
const agents: string[] = [];
let inFlight = 0;
let maxInFlight = 0;
let server: Server;
let origin: string;

const ok = (body: string | Uint8Array, type = "text/html"): Reply => (r) => r.writeHead(200, { "content-type": type }).end(body);
const status = (code: number, headers: Record<string, string> = {}): Reply => (r) => r.writeHead(code, headers).end("no");
const hang: Reply = () => {};
const slow = (ms: number, body: string): Reply => (r) => void setTimeout(() => r.writeHead(200).end(body), ms);

beforeAll(async () => {
  server = createServer((request, response) => {
    arrivals.push(performance.now());
    agents.push(request.headers["user-agent"] ?? "");
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on("close", () => inFlight--);
    const n = hits.get(request.url!) ?? 0;
    hits.set(request.url!, n + 1);
    const replies = script.get(request.url!) ?? [status(404)];
    replies[Math.min(n, replies.length - 1)]!(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

function client(overrides: Partial<ClientOptions> = {}): PoliteClient {
  return new PoliteClient({ userAgent: "explorer-test/1 (+https://example.org/project)", delayMs: 0, timeoutMs: 300, retries: 2, backoffMs: 5, maxBackoffMs: 2000, allowedHosts: ["127.0.0.1"], ...overrides });
}

async function failure(run: Promise<unknown>): Promise<FetchFailure> {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FetchFailure);
  return error as FetchFailure;
}

describe("PoliteClient", () => {
  test("sends the User-Agent naming the project", async () => {
    script.set("/ua", [ok("hello")]);
    const fetched = await client().get(`${origin}/ua`);
    expect(new TextDecoder().decode(fetched.body)).toBe("hello");
    expect(agents.at(-1)).toBe("explorer-test/1 (+https://example.org/project)");
  });

  test("retries a 429 after the wait Retry-After asks, and a 503, then succeeds", async () => {
    script.set("/busy", [status(429, { "retry-after": "1" }), status(503), ok("at last")]);
    const retries: string[] = [];
    const started = performance.now();
    const fetched = await client({ onRetry: (_u, _a, reason) => retries.push(reason) }).get(`${origin}/busy`);
    expect(new TextDecoder().decode(fetched.body)).toBe("at last");
    expect(retries).toEqual([expect.stringContaining("429"), expect.stringContaining("503")]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  test("after a 429 it leaves a longer gap between requests for the rest of the run", async () => {
    script.set("/slow-down", [status(429, { "retry-after": "0" }), ok("fine")]);
    const polite = client({ delayMs: 40 });
    await polite.get(`${origin}/slow-down`);
    expect(polite.delayMs).toBe(80);
  });

  test("gives up after its retries, saying why and how many attempts it made", async () => {
    script.set("/down", [status(502)]);
    const error = await failure(client().get(`${origin}/down`));
    expect(error.message).toMatch(/^502 .*gave up after 3 attempts/);
    expect(hits.get("/down")).toBe(3);
  });

  test("a 404 fails at once, without retries", async () => {
    script.set("/gone", [status(404)]);
    expect((await failure(client().get(`${origin}/gone`))).message).toMatch(/^404/);
    expect(hits.get("/gone")).toBe(1);
  });

  test("a request with no answer within the time limit is tried again", async () => {
    script.set("/hang", [hang, ok("awake")]);
    const fetched = await client().get(`${origin}/hang`);
    expect(new TextDecoder().decode(fetched.body)).toBe("awake");
    expect(hits.get("/hang")).toBe(2);
  });

  test("a time-out on every attempt fails naming the time limit", async () => {
    script.set("/always-slow", [slow(1000, "late")]);
    expect((await failure(client({ retries: 1 }).get(`${origin}/always-slow`))).message).toContain("no complete answer within 300 ms");
  });

  test("never contacts a host it was not given, nor follows a redirect to one", async () => {
    expect((await failure(client().get("https://reports.ofsted.gov.uk/search"))).message).toContain("reports.ofsted.gov.uk is not a host");
    script.set("/away", [status(302, { location: "https://example.com/file.pdf" })]);
    expect((await failure(client().get(`${origin}/away`))).message).toContain("example.com is not a host");
  });

  test("follows a redirect on an allowed host", async () => {
    script.set("/moved", [status(301, { location: "/ua" })]);
    expect((await client().get(`${origin}/moved`)).url).toBe(`${origin}/ua`);
  });

  test("a PDF cut short is fetched again; a page that is not a PDF fails for good", async () => {
    const pdf = makePdf({ pages: [["A report"]] });
    script.set("/cut.pdf", [ok(pdf.subarray(0, 200), "application/pdf"), ok(pdf, "application/pdf")]);
    expect((await client().get(`${origin}/cut.pdf`, checkPdf)).body.length).toBe(pdf.length);
    script.set("/error-page.pdf", [ok("<!DOCTYPE html><p>Service unavailable</p>")]);
    expect((await failure(client().get(`${origin}/error-page.pdf`, checkPdf))).message).toContain("not a PDF (text/html");
    expect(hits.get("/error-page.pdf")).toBe(1);
  });

  test("one request at a time, the given gap apart, even when asked for several at once", async () => {
    for (const path of ["/a", "/b", "/c", "/d"]) script.set(path, [slow(30, path)]);
    const polite = client({ delayMs: 100 });
    maxInFlight = 0;
    const start = arrivals.length;
    await Promise.all(["/a", "/b", "/c", "/d"].map((path) => polite.get(`${origin}${path}`)));
    expect(maxInFlight).toBe(1);
    expect(arrivals.length - start).toBe(4);
    const gaps = arrivals.slice(start + 1).map((t, i) => t - arrivals[start + i]!);
    expect(gaps, `gaps between requests: ${gaps.map((g) => g.toFixed(1)).join(", ")} ms`).toSatisfy((all: number[]) => all.every((gap) => gap >= 95));
  });

  test("with a concurrency of two, two requests run at once and no more", async () => {
    for (const path of ["/p", "/q", "/r", "/s"]) script.set(path, [slow(80, path)]);
    const polite = client({ concurrency: 2 });
    maxInFlight = 0;
    await Promise.all(["/p", "/q", "/r", "/s"].map((path) => polite.get(`${origin}${path}`)));
    expect(maxInFlight).toBe(2);
  });
});

describe("retryAfter", () => {
  test("reads seconds and HTTP dates, and ignores what it cannot read", () => {
    expect(retryAfter(new Headers({ "retry-after": "3" }))).toBe(3000);
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    expect(retryAfter(new Headers({ "retry-after": inTwoSeconds }))).toBeGreaterThan(500);
    expect(retryAfter(new Headers({ "retry-after": "soon" }))).toBeNull();
    expect(retryAfter(new Headers())).toBeNull();
  });
});
