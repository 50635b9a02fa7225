import type { XmlHandler } from './xml-part';
import { unescapeXmlText } from './xml-text';

/**
 * Collects the shared strings (`<si>`): plain (`<t>`) or rich text (runs of `<r><t>`); phonetic
 * guides (`<rPh>`) are not part of the text. `onString` sees each string's length so far, for the
 * cell length limit.
 */
export class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private current: string[] | null = null;
  private length = 0;
  private inText = false;
  private phonetic = 0;

  constructor(private readonly checkLength: (length: number, index: number) => void) {}

  open(name: string): void {
    if (name === 'si') {
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
    this.checkLength(this.length, this.strings.length);
    this.current.push(text);
  }
}
