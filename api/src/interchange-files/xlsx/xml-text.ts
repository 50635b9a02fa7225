/**
 * Cell text in OOXML. Excel writes characters XML 1.0 cannot carry as `_xHHHH_` (a carriage return
 * as `_x000D_`) and escapes an underscore that would start such a sequence as `_x005F_`; the reader
 * undoes both, the writer escapes such underscores so every text reads back as it was. Characters
 * XML cannot hold, which older data may still contain, are written as U+FFFD (as GraphML and GEXF
 * exports do): dropping them silently would turn "a<NUL>b" into "ab", another name that looks right.
 */
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot hold
const notInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** Markup characters as entities, for text and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function escapeXmlText(text: string): string {
  return escapeXml(text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_').replace(notInXml, '\uFFFD'));
}

/** Undoes the `_xHHHH_` escapes (entities are already undone by the XML parser). */
export function unescapeXmlText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16))) : text;
}
