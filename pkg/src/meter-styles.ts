// The default styles of <passgate-meter>: one constructed stylesheet adopted by the document
// (CSSOM, so a strict `style-src 'self'` CSP allows it), every rule inside `:where()` (zero
// specificity: any page rule wins), colours from `--passgate-*` custom properties with
// defaults that keep WCAG contrast in light and dark schemes and in forced colours.

/** The stylesheet's text. */
export const STYLES = `
:where(passgate-meter) {
  --_track: var(--passgate-track, #c8c6c4);
  --_s0: var(--passgate-meter-0, #a4262c);
  --_s1: var(--passgate-meter-1, #c43e1c);
  --_s2: var(--passgate-meter-2, #8a6100);
  --_s3: var(--passgate-meter-3, #107c10);
  --_s4: var(--passgate-meter-4, #0b5a0b);
  --_met: var(--passgate-met, #107c10);
  --_unmet: var(--passgate-unmet, #a4262c);
  --_muted: var(--passgate-muted, currentColor);
  --_focus: var(--passgate-focus, #0067b8);
  --_refused: var(--passgate-refused, #605e5c);
  display: block;
  color: var(--passgate-text);
  font-size: 0.933em;
}
@media (prefers-color-scheme: dark) {
  :where(passgate-meter) {
    --_track: var(--passgate-track, #605e5c);
    --_s0: var(--passgate-meter-0, #f1707b);
    --_s1: var(--passgate-meter-1, #f7894a);
    --_s2: var(--passgate-meter-2, #fce100);
    --_s3: var(--passgate-meter-3, #92c353);
    --_s4: var(--passgate-meter-4, #6bb700);
    --_met: var(--passgate-met, #92c353);
    --_unmet: var(--passgate-unmet, #f1707b);
    --_focus: var(--passgate-focus, #6cb8f6);
    --_refused: var(--passgate-refused, #d2d0ce);
  }
}
:where(passgate-meter) :where(.passgate-hidden) {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; border: 0;
}
:where(passgate-meter) :where(.passgate-row) { display: flex; align-items: center; gap: 12px; margin-block-start: 8px; }
:where(passgate-meter) :where(.passgate-bar) {
  flex: 1; block-size: 6px; border-radius: 3px; overflow: hidden; background: var(--_track);
}
:where(passgate-meter) :where(.passgate-fill) { block-size: 100%; inline-size: 0; transition: inline-size 0.2s ease, background-color 0.2s ease; }
:where(passgate-meter) :where(.passgate-fill[data-score="0"]) { inline-size: 10%; background: var(--_s0); }
:where(passgate-meter) :where(.passgate-fill[data-score="1"]) { inline-size: 30%; background: var(--_s1); }
:where(passgate-meter) :where(.passgate-fill[data-score="2"]) { inline-size: 55%; background: var(--_s2); }
:where(passgate-meter) :where(.passgate-fill[data-score="3"]) { inline-size: 80%; background: var(--_s3); }
:where(passgate-meter) :where(.passgate-fill[data-score="4"]) { inline-size: 100%; background: var(--_s4); }
:where(passgate-meter) :where(.passgate-fill[data-empty]) { inline-size: 0; }
/* A password the form will refuse never gets an accepting colour, however strong it is. */
:where(passgate-meter) :where(.passgate-fill[data-refused]) { background: var(--_refused); }
:where(passgate-meter) :where(.passgate-toggle) {
  font: inherit; color: var(--_focus); background: none; border: 1px solid transparent;
  padding-block: 2px; padding-inline: 4px; cursor: pointer; white-space: nowrap; display: inline-flex; gap: 4px; align-items: center;
}
:where(passgate-meter) :where(.passgate-toggle:hover) { text-decoration: underline; }
:where(passgate-meter) :where(.passgate-toggle[aria-pressed="true"] .passgate-box) { background: currentColor; }
:where(passgate-meter) :where(.passgate-box) {
  inline-size: 0.8em; block-size: 0.8em; border: 2px solid currentColor; border-radius: 2px; display: inline-block;
}
:where(passgate-meter) :where(button:focus-visible) { outline: 2px solid var(--_focus); outline-offset: 2px; }
:where(passgate-meter) :where(p) { margin-block: 4px 0; margin-inline: 0; }
:where(passgate-meter) :where(.passgate-strength, .passgate-summary) { color: var(--_muted); }
:where(passgate-meter) :where(ul) { list-style: none; margin-block: 6px 0; margin-inline: 0; padding: 0; }
:where(passgate-meter) :where(.passgate-rules li) { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; margin-block: 3px; }
/* The text shrinks beside its icon (the row wraps only for the explanations below it). */
:where(passgate-meter) :where(.passgate-rule-text) { flex: 1 1 0; min-inline-size: 0; }
:where(passgate-meter) :where(.passgate-why) { flex-basis: 100%; margin-block: 0; margin-inline: 1.6em 0; color: var(--_muted); }
:where(passgate-meter) :where(.passgate-icon) { flex: none; inline-size: 1em; block-size: 1em; margin-block-start: 0.2em; }
:where(passgate-meter) :where([data-passed="true"] .passgate-icon) { color: var(--_met); }
:where(passgate-meter) :where([data-passed="false"] .passgate-icon) { color: var(--_unmet); }
:where(passgate-meter) :where(.passgate-advice li) { margin-block: 2px 0; margin-inline: 1em 0; list-style: disc; }
:where(passgate-meter) :where(.passgate-breach) { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-block-start: 6px; }
:where(passgate-meter) :where(.passgate-breach[data-status="breached"]) { color: var(--_unmet); font-weight: 600; }
:where(passgate-meter) :where(.passgate-retry) {
  font: inherit; color: var(--_focus); background: none; border: 1px solid currentColor; border-radius: 2px;
  padding-block: 1px; padding-inline: 10px; cursor: pointer;
}
:where(passgate-meter) :where([hidden]) { display: none; }
@media (prefers-reduced-motion: reduce) {
  :where(passgate-meter) :where(.passgate-fill) { transition: none; }
}
@media (forced-colors: active) {
  :where(passgate-meter) :where(.passgate-bar) { border: 1px solid CanvasText; background: Canvas; }
  :where(passgate-meter) :where(.passgate-fill) { forced-color-adjust: none; background: Highlight; }
  :where(passgate-meter) :where(.passgate-icon) { color: CanvasText; }
  :where(passgate-meter) :where(.passgate-toggle, .passgate-retry) { color: ButtonText; border-color: ButtonText; }
}
`;

let adopted = false;
/** Adopts the default stylesheet once per document (CSSOM: allowed by a strict style-src). */
export function adoptStyles(doc: Document): void {
  if (adopted || typeof CSSStyleSheet === "undefined" || !("adoptedStyleSheets" in doc)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
  adopted = true;
}
