/**
 * Folded words never replaced on their own, though they are also parts of names: surname
 * particles and everyday Dutch words that are common surnames or first names. Replacing them
 * alone would garble ordinary text ("de", "van", "bos", "berg"); written with the rest of the
 * name ("Emma Bos", "E. Bos") they are replaced.
 */
export const commonWords: ReadonlySet<string> = new Set([
  // particles
  'van', 'von', 'vande', 'vanden', 'vander', 'den', 'der', 'des', 'het', 'ter', 'ten', 'dos', 'das', 'del', 'della', 'les',
  // everyday words that are also names
  'aan', 'als', 'bij', 'dat', 'die', 'dit', 'een', 'heer', 'maar', 'met', 'naar', 'niet', 'ook', 'over', 'tot', 'uit', 'voor',
  'baas', 'bakker', 'beek', 'berg', 'bloem', 'bos', 'brug', 'dam', 'dekker', 'goed', 'groot', 'hof', 'hoek', 'jong', 'kerk',
  'klein', 'kok', 'koning', 'kuiper', 'lange', 'maas', 'meer', 'mol', 'molen', 'nieuw', 'oud', 'post', 'roos', 'schepper',
  'smid', 'smit', 'vink', 'visser', 'vos', 'wit', 'zwart', 'winter', 'zomer', 'mei', 'juni', 'april', 'hoop', 'vrede', 'proef', 'demo',
]);
