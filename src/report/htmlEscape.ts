/**
 * Escapes text for HTML element content and quoted attribute values: the
 * five characters `& < > " '` become entities, so any string taken from a
 * JSON input is inert in a report (no markup, no attribute break-out).
 * Everything else, including non-ASCII text such as `δ` or `σ`, is kept.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
