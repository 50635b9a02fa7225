/** Lower case without diacritics, so "Mariënstede" and "marienstede" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
