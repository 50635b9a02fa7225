/** A user-facing label in both UI languages; Dutch is the default. */
export interface Label {
  nl: string;
  en: string;
}

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
