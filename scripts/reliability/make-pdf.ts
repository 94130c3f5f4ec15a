/**
 * Tiny PDFs written byte by byte, for hostile-input tests that must not depend on a PDF library:
 * a text page per paragraph list, a page with only an image, a document locked by a password.
 */

/** What to put in a generated PDF. */
export interface PdfSpec {
  /** One entry per page: the lines of text on it (Helvetica 11 pt). An empty array draws an image instead of text. */
  pages: string[][];
  /** Add a standard security handler whose user password is not empty, so a reader needs a password. */
  encrypted?: boolean;
}

/** The bytes of a small, valid PDF 1.4 made to `spec`. */
export function makePdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add("");
  const pagesObj = add("");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  // A 2x2 grey image, the whole "content" of a scanned page.
  const image = add(stream("<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x80\x40\x40\x80"));
  const kids: number[] = [];
  for (const lines of spec.pages) {
    const content = lines.length > 0 ? textContent(lines) : "q 500 0 0 700 50 50 cm /Im1 Do Q";
    const contentObj = add(stream("<<", content));
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Contents ${contentObj} 0 R ` +
          `/Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const info = add("<< /Title (Generated test report) /Producer (reliability tests) >>");
  // Owner and user keys that match no password: pdf.js must ask for one.
  const encrypt = spec.encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /O <${"11".repeat(32)}> /U <${"22".repeat(32)}> /P -44 >>`) : 0;

  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  const id = "<0123456789abcdef0123456789abcdef>";
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R` : ""} /ID [${id} ${id}] >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
}

function stream(dict: string, data: string): string {
  return `${dict} /Length ${data.length} >>\nstream\n${data}\nendstream`;
}

function textContent(lines: string[]): string {
  const shown = lines.map((line, i) => `${i === 0 ? "" : "0 -14 Td "}(${escapePdfString(line)}) Tj`).join("\n");
  return `BT /F1 11 Tf 56 780 Td\n${shown}\nET`;
}

function escapePdfString(text: string): string {
  // WinAnsi covers the Latin-1 range the tests use; anything else becomes "?".
  return text.replace(/[^\x20-\xff]/g, "?").replace(/[\\()]/g, (c) => `\\${c}`);
}
