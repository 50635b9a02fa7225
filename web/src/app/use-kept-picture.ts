import { useState } from 'react';
import { resetLayout, saveLayout } from '../api/network.api';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n-context';

export interface KeptPictureInput {
  /** The area of the scope (null: the whole region) and the key of the scope and date drawn. */
  area: string | null;
  pictureKey: string;
  /** The scope already has a picture kept for everyone. */
  keptPicture: boolean;
  /** The name said when an actor is pinned. */
  nameOf: (id: string) => string;
  /** Said to screen readers when done. */
  announce: (text: string) => void;
  /** Reads the scope again (after a reset). */
  reload: () => void;
}

/**
 * An editor's hand on the scope's kept picture: a drag pins the actor for everyone (the first drag
 * in a scope without a kept picture keeps the whole picture, later ones only the dragged actor), and
 * laying out afresh forgets it. `layoutSeq` changes when the drawing must be laid out again; `error`
 * says, in the UI's language, why the picture could not be kept.
 */
export function useKeptPicture({ area, pictureKey, keptPicture, nameOf, announce, reload }: KeptPictureInput) {
  const { t, language } = useI18n();
  const [layoutSeq, setLayoutSeq] = useState(0);
  // The picture this session began keeping by a drag (the scope had none).
  const [keptHere, setKeptHere] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (cause: unknown) => setError(t('network.layout.saveFailed', { message: describeError(cause, language) }));

  const pin = async (id: string, positions: Map<string, { x: number; y: number }>) => {
    const dragged = positions.get(id);
    if (!dragged) return;
    const whole = !keptPicture && keptHere !== pictureKey;
    const others = whole ? [...positions].filter(([other]) => other !== id).map(([actorId, p]) => ({ actorId, ...p, pinned: false })) : [];
    try {
      await saveLayout(area, [{ actorId: id, ...dragged, pinned: true }, ...others], false);
      setKeptHere(pictureKey);
      setError(null);
      announce(t('network.layout.pinned', { name: nameOf(id) }));
    } catch (cause) {
      fail(cause);
    }
  };

  const layOutAfresh = async () => {
    try {
      await resetLayout(area);
      setKeptHere(null);
      setError(null);
      setLayoutSeq((seq) => seq + 1);
      reload();
      announce(t('network.layout.resetDone'));
    } catch (cause) {
      fail(cause);
    }
  };

  return { layoutSeq, error, pin, layOutAfresh };
}
