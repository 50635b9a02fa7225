import { shuffle, type Random } from './prng';

const stems = [
  'Ooster', 'Wester', 'Noorder', 'Zuider', 'Hoog', 'Laag', 'Groot', 'Klein', 'Berg', 'Beek', 'Heide', 'Kerk',
  'Molen', 'Linde', 'Eike', 'Wilde', 'Brug', 'Dijk', 'Veld', 'Hulst', 'Wal', 'Meer', 'Bos', 'Zand', 'Vijver',
  'Ter', 'Rode', 'Wit', 'Haze', 'Vos', 'Elst', 'Esse',
];
const endings = ['kerke', 'dorp', 'hout', 'beke', 'gem', 'zele', 'hove', 'lo', 'meer', 'brugge', 'veld', 'rode', 'dam', 'hem', 'wijk', 'ingen'];
const quarters = [
  'Centrum', 'Kerkdorp', 'Molenhoek', 'Stationswijk', 'Heidebuurt', 'Ter Beke', 'Hoogveld', 'Kouter', 'Meersen',
  'Bosrand', 'Nieuwe Wijk', 'Sint-Jan', 'Sint-Anna', 'Hof ter Linde', 'Dries', 'Ter Heide', 'Kapelleveld',
  'Zandberg', 'Vijverwijk', 'Ooststraat', 'Westkant', 'Spoorwijk', 'Kasteelwijk', 'Ter Walle',
];

/**
 * `count` distinct, Flemish-sounding municipality names ("Oosterbeke", "Heidezele"). Invented on
 * purpose: generated networks must never be mistaken for real places.
 */
export function municipalityNames(random: Random, count: number): string[] {
  const combos = shuffle(random, stems.flatMap((stem) => endings.map((end) => stem + end)));
  return Array.from({ length: count }, (_, i) => {
    const round = Math.floor(i / combos.length);
    const base = combos[i % combos.length] as string;
    return round === 0 ? base : `${base} ${round + 1}`;
  });
}

/** The name of the `index`-th neighbourhood of a municipality: "Oosterbeke-Molenhoek". */
export function neighbourhoodName(municipality: string, index: number): string {
  const round = Math.floor(index / quarters.length);
  const quarter = quarters[index % quarters.length] as string;
  return `${municipality}-${quarter}${round === 0 ? '' : ` ${round + 1}`}`;
}
