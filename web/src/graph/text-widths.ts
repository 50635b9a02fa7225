/** The font the stylesheet leaves to Cytoscape (its default), so measured widths match drawn ones. */
const labelFontFamily = 'Helvetica Neue, Helvetica, sans-serif';
/** Font size the widths are measured at; other sizes scale them. */
export const measuredPx = 12;

/** The width of a label of one or more lines: its widest line. */
export function widestLine(label: string, labelWidth: (line: string) => number): number {
  return Math.max(0, ...label.split('\n').map(labelWidth));
}

/** Text widths at 12 px per weight and name; names repeat across scopes and zooms, so they are measured once. */
export class TextWidths {
  private readonly context = document.createElement('canvas').getContext('2d');
  private readonly cache = new Map<string, number>();

  at12(text: string, bold: boolean): number {
    const key = `${bold ? 'b' : 'n'}${text}`;
    let width = this.cache.get(key);
    if (width === undefined) {
      if (this.context) {
        this.context.font = `normal ${bold ? 'bold' : 'normal'} ${measuredPx}px ${labelFontFamily}`;
        width = Math.ceil(this.context.measureText(text).width);
      } else {
        width = text.length * measuredPx * 0.6;
      }
      this.cache.set(key, width);
    }
    return width;
  }
}
