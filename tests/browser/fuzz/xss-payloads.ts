/**
 * Hostile strings for the XSS tests: script-running markup of every kind (script elements, event
 * handler attributes, javascript: and data: links, SVG and MathML tricks, CSS expressions, breaking
 * out of attributes, comments, styles and text areas, template syntax), each in several encodings
 * (case, whitespace, HTML entities, JavaScript and URL escapes, full-width brackets) and after
 * several prefixes. Every payload, should it ever run, calls the page's sentinel `__xss(id)` with
 * its own index (through `parent` from a frame), so a test sees which one ran.
 */

/** The sentinel every payload calls; the test page defines it. */
export const SENTINEL = '__xss';

/** Makes a payload from the call that must never happen (`__xss(17)`, or `parent.__xss(17)`). */
type Template = (call: string, parentCall: string) => string;

const TEMPLATES: readonly Template[] = [
  (x) => `<script>${x}</script>`,
  (x) => `<script src="data:text/javascript,${x}"></script>`,
  (x) => `<img src=x onerror=${x}>`,
  (x) => `<img src="x" onerror="${x}">`,
  (x) => `<img src=x onerror='${x}'/>`,
  (x) => `<svg onload=${x}>`,
  (x) => `<svg><script>${x}</script></svg>`,
  (x) => `<svg><animate onbegin=${x} attributeName=x dur=1s>`,
  (x) => `<svg><a xlink:href="javascript:${x}"><text x="20" y="20">x</text></a></svg>`,
  (x) => `<body onload=${x}>`,
  (x) => `<iframe src="javascript:${x}"></iframe>`,
  (_, p) => `<iframe srcdoc="<script>${p}</script>"></iframe>`,
  (x) => `<a href="javascript:${x}">Weiterlesen</a>`,
  (x) => `<a href="javascript&colon;${x}">x</a>`,
  (x) => `<details open ontoggle=${x}>`,
  (x) => `<input autofocus onfocus=${x}>`,
  (x) => `<select autofocus onfocus=${x}></select>`,
  (x) => `<textarea autofocus onfocus=${x}></textarea>`,
  (x) => `<video><source onerror=${x}></video>`,
  (x) => `<audio src=x onerror=${x}>`,
  (x) => `<object data="javascript:${x}"></object>`,
  (x) => `<embed src="javascript:${x}">`,
  (_, p) => `<object type="text/html" data="data:text/html,<script>${p}</script>"></object>`,
  (x) => `<math><mtext><table><mglyph><style><img src=x onerror=${x}>`,
  (x) => `<form><button formaction="javascript:${x}">go</button></form>`,
  (x) => `<marquee onstart=${x}>x</marquee>`,
  (x) => `<div style="background:url(javascript:${x})">x</div>`,
  (x) => `<div style="width: expression(${x})">x</div>`,
  (x) => `<style>@import "javascript:${x}";</style>`,
  (x) => `</style><img src=x onerror=${x}>`,
  (x) => `</script><script>${x}</script>`,
  (x) => `</textarea><img src=x onerror=${x}>`,
  (x) => `</title><img src=x onerror=${x}>`,
  (x) => `--><img src=x onerror=${x}>`,
  (x) => `<!--<img src="--><img src=x onerror=${x}//">`,
  (x) => `"><img src=x onerror=${x}>`,
  (x) => `'><svg onload=${x}>`,
  (x) => `" onmouseover="${x}" x="`,
  (x) => `' autofocus onfocus='${x}' x='`,
  (x) => `<noscript><p title="</noscript><img src=x onerror=${x}>">`,
  (x) => `<template><img src=x onerror=${x}></template>`,
  (x) => `<meta http-equiv="refresh" content="0;url=javascript:${x}">`,
  (x) => `<base href="javascript:${x}//">`,
  (x) => `<link rel=stylesheet href="javascript:${x}">`,
  (x) => `<isindex type=image src=1 onerror=${x}>`,
  (x) => `<x contenteditable autofocus onfocus=${x}>x</x>`,
  (x) =>
    `<img src=x onerror="${[...x].map((char) => `&#x${char.charCodeAt(0).toString(16)};`).join('')}">`,
  (x) => `{{constructor.constructor('${x}')()}}`,
  (x) => `\${${x}}`,
  (x) => `\`\${${x}}\``,
  (x) => `javascript:${x}`,
  (x) => `JaVaScRiPt:${x}`,
  (x) => ` javascript:${x}`,
  (x) => `java\tscript:${x}`,
  (x) => `vbscript:${x}`,
  (_, p) => `data:text/html,<script>${p}</script>`,
  (x) => `//evil.example/#${x}`,
];

/** Ways to write the same payload so that a filter looking for one spelling misses it. */
const ENCODINGS: readonly ((payload: string, call: string) => string)[] = [
  (payload) => payload,
  // Mixed case outside the call itself, which JavaScript reads case-sensitively.
  (payload, call) =>
    payload
      .split(call)
      .map((part) =>
        part.replace(/[a-z]/g, (char, at: number) => (at % 2 ? char.toUpperCase() : char)),
      )
      .join(call),
  // Slashes, tabs and line breaks where a tag's spaces were.
  (payload) => payload.replace(/ /g, (_, at: number) => ['/', '\t', '\n'][at % 3]!),
  // HTML entities, decimal and hexadecimal and named.
  (payload) => payload.replace(/[<>"']/g, (char) => `&#${char.charCodeAt(0)};`),
  (payload) => payload.replace(/[<>"']/g, (char) => `&#x${char.charCodeAt(0).toString(16)};`),
  (payload) =>
    payload.replace(
      /[<>"&]/g,
      (char) => ({ '<': '&lt;', '>': '&gt;', '"': '&quot;', '&': '&amp;' })[char]!,
    ),
  // JavaScript and URL escapes.
  (payload) =>
    payload.replace(/[<>"'=]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
  (payload) =>
    payload.replace(/[<>"' ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`),
  // Full-width brackets, which some normalizations fold into real ones.
  (payload) => payload.replace(/</g, '\uff1c').replace(/>/g, '\uff1e'),
];

/** Contexts a payload may try to close first. */
const PREFIXES: readonly string[] = ['', '</p>', '"', "'", '-->', ']]>', '*/', '\\', '\u0000'];

/** How many prefixes each template and encoding is written with. */
const PREFIXES_PER_PAYLOAD = 3;

/**
 * The hostile strings, each unique, with the sentinel call of its own index. More than 1,000:
 * every template in every encoding after three of the prefixes.
 */
export function generateXssPayloads(): string[] {
  const payloads: string[] = [];
  const seen = new Set<string>();
  let variant = 0;
  for (const template of TEMPLATES) {
    for (const encode of ENCODINGS) {
      for (let round = 0; round < PREFIXES_PER_PAYLOAD; round += 1) {
        const prefix = PREFIXES[(variant + round * 3) % PREFIXES.length]!;
        const id = payloads.length;
        const call = `${SENTINEL}(${id})`;
        const payload = prefix + encode(template(call, `parent.${call}`), call);
        if (seen.has(payload)) continue;
        seen.add(payload);
        payloads.push(payload);
      }
      variant += 1;
    }
  }
  return payloads;
}
