/**
 * The area a user last looked at, kept in this browser per user name, so that opening Weefsel
 * without an address lands there instead of on the whole region. An empty text: the whole region.
 */
const keyOf = (userName: string) => `weefsel.lastArea.${userName}`;

export function readLastArea(userName: string): string | null {
  const stored = globalThis.localStorage?.getItem(keyOf(userName));
  return stored ? stored : null;
}

export function keepLastArea(userName: string, area: string | null): void {
  globalThis.localStorage?.setItem(keyOf(userName), area ?? '');
}
