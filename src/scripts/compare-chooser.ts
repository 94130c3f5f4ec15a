import { improvementsText, strengthsText } from "../lib/compare/compare-matrix.ts";
import { type ComparableFinding, type SideBySide, sideBySide } from "../lib/compare/side-by-side.ts";
import { comparableFindingsFromCsv } from "../lib/open-data/parse-csv.ts";

interface ChooserConfig {
  base: string;
  authorities: Record<string, { code: string; name: string }>;
  themes: Record<string, string>;
}

/** Shows the chooser and, on submit, loads the chosen authorities' JSON and draws them side by side. */
export function startChooser(): void {
  const section = document.querySelector<HTMLElement>("#chooser");
  const form = document.querySelector<HTMLFormElement>("#chooser-form");
  const status = document.querySelector<HTMLElement>("#chooser-status");
  const configText = document.querySelector("#chooser-config")?.textContent;
  if (!section || !form || !status || !configText) return;
  const config = JSON.parse(configText) as ChooserConfig;
  fillLists(form, config);
  section.hidden = false;

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const slugs = [...new Set(new FormData(form).getAll("authority").map(String).filter((s) => s in config.authorities))];
    if (slugs.length < 2) {
      status.textContent = "Choose at least two different authorities.";
      return;
    }
    status.textContent = "Loading…";
    void compare(config, slugs).then(
      (table) => {
        document.querySelector("#side-by-side")?.remove();
        section.before(table);
        status.textContent = `Showing ${slugs.map((s) => config.authorities[s]?.name).join(", ")} side by side, above this form.`;
        table.focus();
      },
      () => {
        status.textContent = "The authorities' data could not be loaded. Try again, or use the links on this page.";
      },
    );
  });
}

/** Puts every authority of the configuration in each list, after "None", keeping the one the page chose. */
function fillLists(form: HTMLFormElement, config: ChooserConfig): void {
  for (const select of form.querySelectorAll("select")) {
    const chosen = select.value;
    for (const option of [...select.options]) if (option.value) option.remove();
    for (const [slug, { name }] of Object.entries(config.authorities)) select.add(new Option(name, slug, false, slug === chosen));
  }
}

/** Fetches each authority's findings (its CSV download) and renders the side-by-side table. */
async function compare(config: ChooserConfig, slugs: string[]): Promise<HTMLElement> {
  const files = await Promise.all(
    slugs.map(async (slug): Promise<ComparableFinding[]> => {
      const response = await fetch(`${config.base}data/authorities/${slug}.csv`);
      if (!response.ok) throw new Error(`${response.status} for ${slug}`);
      // A finding's permalink, as permalinkUrl (src/lib/urls.ts) makes it: the document's page leads on to its part.
      return comparableFindingsFromCsv(await response.text(), (document, id) => `${config.base}reports/${document}/#${id}`);
    }),
  );
  const codes = slugs.map((slug) => config.authorities[slug]?.code ?? slug);
  const view = sideBySide(codes, files.flat(), new Map(Object.entries(config.themes)));
  return renderTable(view, slugs.map((slug) => config.authorities[slug]?.name ?? slug));
}

/** The same table the pre-rendered pages show, built with DOM calls (finding text is never parsed as HTML). */
function renderTable(view: SideBySide, names: string[]): HTMLElement {
  const wrap = h("div", { class: "table-wrap", id: "side-by-side", tabindex: "0", role: "region", "aria-label": `Side by side: ${names.join(", ")}` });
  const table = h("table", { class: "side-by-side" });
  table.append(h("caption", {}, `Strengths and areas to improve by theme: ${names.join(", ")}`));
  const headRow = h("tr");
  headRow.append(h("th", { scope: "col" }, "Theme"), ...names.map((n) => h("th", { scope: "col" }, n)));
  table.append(h("thead", {}, undefined, [headRow]));
  const body = h("tbody");
  for (const row of view.rows) {
    const tr = h("tr");
    tr.append(h("th", { scope: "row" }, row.label));
    for (const cell of row.cells) {
      const td = h("td", { "data-strengths": String(cell.strengths.length), "data-improvements": String(cell.improvements.length) });
      if (cell.strengths.length + cell.improvements.length === 0) td.append(h("span", { class: "muted" }, "none"));
      else {
        const list = h("ul");
        for (const [label, cls, items] of [["Strength", "s", cell.strengths], ["Area to improve", "i", cell.improvements]] as const) {
          for (const f of items) list.append(h("li", {}, undefined, [h("span", { class: `t ${cls}` }, label), " ", h("a", { href: f.url }, f.text)]));
        }
        td.append(h("details", {}, undefined, [h("summary", {}, `${strengthsText(cell.strengths.length)}, ${improvementsText(cell.improvements.length)}`), list]));
      }
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  wrap.append(table);
  return wrap;
}

/** Creates an element with attributes, optional text and children. */
function h(tag: string, attributes: Record<string, string> = {}, text?: string, children: (Node | string)[] = []): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}
