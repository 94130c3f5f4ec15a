import { describe, expect, test } from "vitest";
import { addPage, type DocumentPageProfile } from "../../scripts/bench/document-page-profile.ts";

const panel =
  '<span class="p"><span><b>Confidence:</b> 54%</span>' +
  '<span><b>Themes:</b> <a href="/themes/voice/">Voice</a> (“voice”)</span>' +
  '<span><b>Why:</b> strength: lexicon “listened to” +1.2</span>' +
  '<span><b>Similar findings:</b> <a href="/reports/b/#f-000000000002">Kent (2025)</a></span>' +
  '<span><b>What happened next:</b> <span class="ol"><span class="ot ot-recurring">Recurring</span> raised again</span></span>' +
  '<span><b>Cite:</b> p. 6 of <a href="#cite">the document</a>, #f-000000000001</span></span>';
const mark = '<span class="f s" id="f-000000000001"><a href="#f-000000000001">Strength</a>';
const page = `<html><head><title>A</title></head><body><div class="later-parts"><a id="f-000000000009" href="2/#f-000000000009">Go to part 2</a></div><div class="doc-text"><p>Before. ${mark} Children feel listened to.${panel}</span> After.</p></div></body></html>`;

describe("the document pages' profile", () => {
  test("reads the marks of earlier pages too, whose tags had a class", () => {
    const profile: DocumentPageProfile = { documents: 1, pages: 0, findings: 0, bytes: 0, parts: {} };
    const old = '<span class="f s" id="f-000000000001"><a class="t s" href="#f-000000000001">Strength</a>';
    addPage(profile, `<div class="doc-text"><p>${old} Children feel listened to.${panel}</span></p></div>`);
    expect(profile.parts["finding marks"]).toBe(Buffer.byteLength(old));
  });

  test("counts each part of a finding's panel under its own heading, and the parts add up to the page", () => {
    const profile: DocumentPageProfile = { documents: 1, pages: 0, findings: 0, bytes: 0, parts: {} };
    addPage(profile, page);
    expect(profile.pages).toBe(1);
    expect(profile.findings).toBe(1);
    expect(profile.bytes).toBe(Buffer.byteLength(page));
    expect(Object.values(profile.parts).reduce((a, b) => a + b, 0)).toBe(profile.bytes);
    const bytesOf = (text: string) => Buffer.byteLength(text);
    expect(profile.parts["panel: labels, confidence, page"]).toBe(bytesOf("<span><b>Confidence:</b> 54%</span>"));
    expect(profile.parts["panel: similar findings"]).toBe(bytesOf('<span><b>Similar findings:</b> <a href="/reports/b/#f-000000000002">Kent (2025)</a></span>'));
    expect(profile.parts["panel: citation"]).toBe(bytesOf('<span><b>Cite:</b> p. 6 of <a href="#cite">the document</a>, #f-000000000001</span>'));
    expect(profile.parts["finding marks"]).toBe(bytesOf(mark));
    expect(profile.parts["later-part anchors"]).toBe(bytesOf('<a id="f-000000000009" href="2/#f-000000000009">Go to part 2</a>'));
    expect(profile.parts["panel: cues"]).toBeGreaterThan(0);
    expect(profile.parts["panel: what happened next"]).toBeGreaterThan(0);
  });

  test("reads the pages written since 2026-12-03 too, whose ids and addresses are unquoted", () => {
    const profile: DocumentPageProfile = { documents: 1, pages: 0, findings: 0, bytes: 0, parts: {} };
    const bare = page
      .replace('<span class="p">', "<span class=p>")
      .replaceAll(/ (id|href)="([^"\s]+)"/g, " $1=$2");
    addPage(profile, bare);
    expect(profile.findings).toBe(1);
    expect(Object.values(profile.parts).reduce((a, b) => a + b, 0)).toBe(Buffer.byteLength(bare));
    expect(profile.parts["finding marks"]).toBe(Buffer.byteLength('<span class="f s" id=f-000000000001><a href=#f-000000000001>Strength</a>'));
    expect(profile.parts["later-part anchors"]).toBe(Buffer.byteLength("<a id=f-000000000009 href=2/#f-000000000009>Go to part 2</a>"));
    expect(profile.parts["panel: citation"]).toBe(Buffer.byteLength("<span><b>Cite:</b> p. 6 of <a href=#cite>the document</a>, #f-000000000001</span>"));
  });
});
