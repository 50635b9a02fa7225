import { limitError, type TableLimits } from '../table-limits';
import type { XmlHandler } from './xml-part';
import { unescapeXmlText } from './xml-text';

/**
 * Collects the shared strings (`<si>`): plain (`<t>`) or rich text (runs of `<r><t>`); phonetic
 * guides (`<rPh>`) are not part of the text. Each string is held to the cell length limit, and
 * their number to the cell limit (a string no cell uses is of no use).
 */
export class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private current: string[] | null = null;
  private length = 0;
  private inText = false;
  private phonetic = 0;

  constructor(
    private readonly file: string,
    private readonly limits: TableLimits,
  ) {}

  open(name: string): void {
    if (name === 'si') {
      if (this.strings.length >= this.limits.cells) throw limitError(this.file, 'tooManyCells', { max: this.limits.cells });
      this.current = [];
      this.length = 0;
    } else if (name === 'rPh') this.phonetic += 1;
    else if (name === 't') this.inText = true;
  }

  close(name: string): void {
    if (name === 'si' && this.current) {
      this.strings.push(unescapeXmlText(this.current.join('')));
      this.current = null;
    } else if (name === 'rPh') this.phonetic -= 1;
    else if (name === 't') this.inText = false;
  }

  text(text: string): void {
    if (!this.current || !this.inText || this.phonetic > 0) return;
    this.length += text.length;
    if (this.length > this.limits.cellCharacters) {
      throw limitError(this.file, 'sharedStringTooLong', { index: this.strings.length + 1, max: this.limits.cellCharacters });
    }
    this.current.push(text);
  }
}
