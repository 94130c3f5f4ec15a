/**
 * A faithful replica of Ofsted's report finder for the fetcher's tests, served on 127.0.0.1: search
 * pages (paged), provider pages with a publication timeline, and a file server of PDFs the tests
 * make, shaped as issue #14 records the real site. Faults on cue: a 429, a time-out, a PDF cut short
 * (by its length and by a dropped connection), a download that is not a PDF, and a provider page
 * whose markup has changed. It logs every request, so tests can see what the fetcher asked and how.
 */
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { makePdf } from "../../scripts/reliability/make-pdf.ts";

/** One publication on a replica provider page. */
export interface ReplicaPublication {
  fileId: string;
  /** The hidden link text, as the real site writes it ("Children's services focused visit, pdf - 01 August 2024"). */
  text: string;
  /** The timeline's date (time[pubdate] datetime), ISO. */
  published: string;
  /** The lines of the PDF's single page. */
  lines: string[];
  /** How the file is served the first time (then whole): held past the client's time limit, cut short, or never a PDF. */
  fault?: "timeout" | "truncated" | "dropped" | "not-pdf";
}

/** One provider of the replica. */
export interface ReplicaProvider {
  urn: string;
  name: string;
  publications: ReplicaPublication[];
  /** Serve a page whose markup has changed (no ol.timeline). */
  changedPage?: boolean;
}

/** A request the replica answered. */
export interface LoggedRequest {
  path: string;
  userAgent: string;
  status: number;
  /** Milliseconds since the replica started, when the request arrived. */
  at: number;
}

/** A running replica. */
export interface Replica {
  origin: string;
  requests: LoggedRequest[];
  /** Most requests in flight at once. */
  maxInFlight: () => number;
  close: () => Promise<void>;
}

/** The replica's providers: five, one a page of two search results, with every fault once. */
export const REPLICA_PROVIDERS: ReplicaProvider[] = [
  {
    urn: "80418",
    name: "Norfolk County Council",
    publications: [
      publication("1001", "Children's services inspection, pdf - 13 January 2023", "2023-01-13", ["Norfolk County Council", "Inspection of children's social care services", "Inspection dates: 28 November to 9 December 2022", "Children in Norfolk receive help that is timely and effective."]),
      { ...publication("1002", "Children's services focused visit, PDF - 20 May 2021", "2021-05-20", ["Dear Ms Smith", "Focused visit to Norfolk children's services", "Social workers know their children well."]), fault: "dropped" },
      publication("1003", "Single inspection of LA children's services as PDF - 20 October 2015", "2015-10-20", ["Norfolk", "Inspection of services for children in need of help and protection, children looked after and care leavers", "Leaders have a clear understanding of the service."]),
      publication("1004", "Children's services inspection,  pdf - 16 August 2013", "2013-08-16", ["Norfolk County Council", "Inspection of local authority arrangements for the protection of children", "Children are safe."]),
      publication("1005", "Inspection of local authority arrangements for supporting school improvement, pdf - 01 May 2014", "2014-05-01", ["Norfolk school improvement"]),
    ],
  },
  {
    urn: "80476",
    name: "Kent County Council",
    publications: [
      { ...publication("2001", "Joint area child protection inspection, pdf - 10 March 2022", "2022-03-10", ["Dear Ms Jones", "Joint targeted area inspection of Kent", "Partners share information well."]), fault: "timeout" },
      { ...publication("2002", "Children's services monitoring visit, pdf - 02 February 2024", "2024-02-02", ["Dear Mr Brown", "Monitoring visit to Kent children's services", "Progress has been made."]), fault: "truncated" },
      publication("2003", "Area SEND full inspection, pdf - 05 June 2023", "2023-06-05", ["Kent local area SEND inspection", "Children with SEND wait too long."]),
    ],
  },
  {
    urn: "2532287",
    name: "Bournemouth, Christchurch and Poole",
    publications: [{ ...publication("3001", "Children's services focused visit, pdf - 18 December 2019", "2019-12-18", ["Dear Ms Green"]), fault: "not-pdf" }],
  },
  {
    urn: "121939",
    name: "Northamptonshire County Council",
    publications: [publication("4001", "Children's services inspection, pdf - 13 July 2019", "2019-07-13", ["Northamptonshire County Council", "Inspection of children's social care services", "Services for children are inadequate."])],
  },
  { urn: "80481", name: "Leeds City Council", publications: [publication("5001", "Children's services inspection, pdf - 01 May 2024", "2024-05-01", ["Leeds"])], changedPage: true },
];

function publication(fileId: string, text: string, published: string, lines: string[]): ReplicaPublication {
  return { fileId, text, published, lines };
}

/** Start the replica on a free port of 127.0.0.1; `pageSize` results a search page (the real site: 100). */
export async function startReplica(options: { providers?: ReplicaProvider[]; pageSize?: number; holdMs?: number } = {}): Promise<Replica> {
  const providers = options.providers ?? REPLICA_PROVIDERS;
  const pageSize = options.pageSize ?? 2;
  const started = performance.now();
  const requests: LoggedRequest[] = [];
  const served = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  const server: Server = createServer((request, response) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on("close", () => inFlight--);
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const times = (served.get(url.pathname + url.search) ?? 0) + 1;
    served.set(url.pathname + url.search, times);
    const log = (status: number) => requests.push({ path: url.pathname + url.search, userAgent: request.headers["user-agent"] ?? "", status, at: performance.now() - started });
    route(request, response, url, times, log);
  });
  const route = (_request: IncomingMessage, response: ServerResponse, url: URL, times: number, log: (status: number) => void): void => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (url.pathname === "/search") {
      const start = Number(url.searchParams.get("start") ?? 0);
      // The second page says "too many requests" the first time it is asked for.
      if (start > 0 && start === pageSize && times === 1) return send(response, log, 429, "text/html", "<h1>Too Many Requests</h1>", { "retry-after": "1" });
      return send(response, log, 200, "text/html; charset=utf-8", searchPage(providers, url, start, Math.min(pageSize, Number(url.searchParams.get("rows") ?? 100))));
    }
    const provider = /^\/provider\/44\/(\d+)$/.exec(url.pathname);
    if (provider) {
      const found = providers.find((p) => p.urn === provider[1]);
      if (!found) return send(response, log, 404, "text/html", "<h1>Not found</h1>");
      return send(response, log, 200, "text/html; charset=utf-8", found.changedPage ? changedProviderPage(found) : providerPage(found, origin));
    }
    const file = /^\/v1\/file\/(\d+)$/.exec(url.pathname);
    const wanted = file && providers.flatMap((p) => p.publications).find((p) => p.fileId === file[1]);
    if (!wanted) return send(response, log, 404, "text/html", "<h1>Not found</h1>");
    const pdf = Buffer.from(makePdf({ pages: [wanted.lines] }));
    if (wanted.fault === "not-pdf") return send(response, log, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><body><h1>Sorry, there is a problem with the service</h1></body></html>");
    if (times === 1 && wanted.fault === "timeout") {
      log(0);
      return void setTimeout(() => response.destroy(), options.holdMs ?? 5_000).unref();
    }
    if (times === 1 && wanted.fault === "truncated") return send(response, log, 200, "application/pdf", pdf.subarray(0, pdf.length >> 1));
    if (times === 1 && wanted.fault === "dropped") {
      // Announce the whole file, send half, and drop the connection.
      log(200);
      response.writeHead(200, { "content-type": "application/pdf", "content-length": pdf.length });
      response.write(pdf.subarray(0, pdf.length >> 1), () => response.destroy());
      return;
    }
    send(response, log, 200, "application/pdf", pdf);
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(response: ServerResponse, log: (status: number) => void, status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  log(status);
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  response.writeHead(status, { "content-type": type, "content-length": bytes.length, ...headers });
  response.end(bytes);
}

/** A search page as the real site shapes it: ul.results-list of li.search-result, a.pagination__next carrying start=. */
export function searchPage(providers: ReplicaProvider[], url: URL, start: number, rows: number): string {
  const shown = providers.slice(start, start + rows);
  const next = new URL(url.href);
  next.searchParams.set("start", String(start + rows));
  const items = shown
    .map(
      (p) => `
      <li class="search-result">
        <h3 class="search-result__title"><a href="/provider/44/${p.urn}">${escape(p.name)}</a></h3>
        <ul class="search-result__provider-info"><li>Local authority children's services</li><li>URN: ${p.urn}</li></ul>
      </li>`,
    )
    .join("");
  const pagination = start + rows < providers.length ? `<nav class="pagination"><ul><li><a class="pagination__next" href="${escape(next.pathname + next.search)}">Next page</a></li></ul></nav>` : "";
  return `<!DOCTYPE html><html lang="en"><head><title>Search results - Ofsted reports</title></head><body>
  <main id="main-content"><p class="search-results__count">${providers.length} results</p>
  <ul class="results-list">${items}
  </ul>${pagination}</main></body></html>`;
}

/** A provider page: a timeline of days, each with its time[pubdate] and publication links holding span.nonvisual. */
export function providerPage(provider: ReplicaProvider, origin: string): string {
  const days = provider.publications
    .map(
      (p) => `
    <li class="timeline__day">
      <div class="event">
        <div class="event__metadata"><p>Published: <time pubdate datetime="${p.published}">${longDate(p.published)}</time></p></div>
        <div class="event__content">
          <a class="publication-link" href="${origin}/v1/file/${p.fileId}">${escape(p.text.replace(/,?\s+(?:as\s+)?pdf.*$/i, ""))}<span class="nonvisual">${escape(p.text)}</span></a>
        </div>
      </div>
    </li>`,
    )
    .join("");
  return `<!DOCTYPE html><html lang="en"><head><title>${escape(provider.name)} - Ofsted reports</title></head><body>
  <main id="main-content"><h1 class="heading--title">${escape(provider.name)}</h1><p>URN: ${provider.urn}</p>
  <h2>Reports</h2><ol class="timeline">${days}
  </ol></main></body></html>`;
}

/** The same provider after a redesign the fetcher does not know: the publications sit in a table. */
function changedProviderPage(provider: ReplicaProvider): string {
  const rows = provider.publications.map((p) => `<tr><td><a href="/files/${p.fileId}.pdf">${escape(p.text)}</a></td></tr>`).join("");
  return `<!DOCTYPE html><html lang="en"><body><main><h1>${escape(provider.name)}</h1><table class="reports">${rows}</table></main></body></html>`;
}

function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "2-digit", month: "long", year: "numeric", timeZone: "UTC" });
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
