import { foldText } from '@weefsel/graph-schema';
import type { GraphBuilder } from './graph-builder';

/** `Knokke-Heist` → `knokke-heist`, `Sint-Pieters` → `sint-pieters`: readable, stable id parts. */
export function slug(name: string): string {
  return foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export const municipalityId = (name: string) => `mun-${slug(name)}`;
export const neighbourhoodId = (municipality: string, name: string) => `nbh-${slug(municipality)}-${slug(name)}`;

interface CareZoneRow {
  id: string;
  name: string;
  description: string;
  municipalities: readonly string[];
}

/**
 * Eerstelijnszones as best known; the West Flemish split follows the 2020 zones where we are sure
 * and is plausible elsewhere. Antwerp's city zones are folded into one zone: the schema puts whole
 * municipalities, not districts, in a care zone.
 */
const careZones: readonly CareZoneRow[] = [
  { id: 'cz-brugge', name: 'ELZ Brugge', description: 'Eerstelijnszone van de stad Brugge met haar zorgraad.', municipalities: ['Brugge'] },
  { id: 'cz-oostkust', name: 'ELZ Oostkust', description: 'Kustgemeenten ten oosten van Oostende.', municipalities: ['Knokke-Heist', 'Blankenberge', 'De Haan', 'Zuienkerke', 'Damme'] },
  { id: 'cz-houtland-polder', name: 'ELZ Houtland en Polder', description: 'Landelijke gemeenten rond Brugge.', municipalities: ['Jabbeke', 'Oostkamp', 'Zedelgem', 'Beernem', 'Torhout'] },
  { id: 'cz-middenkust', name: 'ELZ Middenkust', description: 'Oostende, Bredene en de gemeenten in het achterland.', municipalities: ['Oostende', 'Bredene', 'Middelkerke', 'Gistel', 'Oudenburg'] },
  { id: 'cz-westkust-polder', name: 'ELZ Westkust en Polder', description: 'Westkust en IJzerpolders rond Diksmuide en Veurne.', municipalities: ['Diksmuide', 'Nieuwpoort', 'Koksijde', 'De Panne', 'Veurne', 'Alveringem', 'Lo-Reninge', 'Koekelare', 'Kortemark', 'Houthulst'] },
  { id: 'cz-regio-roeselare', name: 'ELZ Regio Roeselare', description: 'Zone rond Roeselare, hier alleen met Moorslede (Dadizele).', municipalities: ['Moorslede'] },
  { id: 'cz-voorkempen', name: 'ELZ Voorkempen', description: 'Gemeenten ten oosten van Antwerpen.', municipalities: ['Zoersel', 'Malle'] },
  { id: 'cz-antwerpen', name: 'ELZ Antwerpen', description: 'De stad Antwerpen (vereenvoudigd tot één zone).', municipalities: ['Antwerpen'] },
  { id: 'cz-genk', name: 'ELZ Genk', description: 'Limburgse zone met buurtgerichte zorg.', municipalities: ['Genk'] },
];

/** Real neighbourhoods, parishes and deelgemeenten, keyed by municipality. */
const neighbourhoods: Readonly<Record<string, readonly string[]>> = {
  Brugge: ['Binnenstad', 'Sint-Pieters', 'Sint-Andries', 'Sint-Michiels', 'Assebroek', 'Sint-Kruis', 'Kristus-Koning', 'Sint-Jozef', 'Koolkerke', 'Dudzele', 'Lissewege', 'Zeebrugge'],
  Oostende: ['Centrum', 'Mariakerke', 'Stene', 'Konterdam', 'Zandvoorde', 'Raversijde', 'Vuurtorenwijk', 'Opex', 'Hazegras'],
  Diksmuide: ['Centrum', 'Woumen', 'Esen', 'Kaaskerke', 'Beerst', 'Vladslo', 'Keiem'],
  Bredene: ['Dorp', 'Sas-Slijkens'],
  'Knokke-Heist': ['Heist', 'Duinbergen'],
  Blankenberge: ['Centrum', 'Uitkerke'],
  Middelkerke: ['Westende'],
  Nieuwpoort: ['Nieuwpoort-Bad'],
  Koksijde: ['Oostduinkerke'],
  Veurne: ['Centrum'],
  Torhout: ['Centrum'],
  Moorslede: ['Dadizele'],
  Zoersel: ['Zoersel-Dorp', 'Halle', 'Sint-Antonius'],
  Antwerpen: ['Antwerpen-Noord', 'Borgerhout', 'Kiel', 'Deurne-Noord', 'Linkeroever', 'Hoboken'],
  Genk: ['Winterslag', 'Waterschei'],
};

const municipalityDomains = ['WELFARE', 'CARE', 'HOUSING', 'LEISURE', 'MOBILITY', 'SPATIAL_PLANNING', 'SAFETY'] as const;

/** Care zones, their municipalities (MEMBER_OF) and neighbourhoods (PART_OF); undated structure. */
export function addAreas(b: GraphBuilder): void {
  for (const zone of careZones) {
    b.actor('CareZone', zone.id, zone.name, { description: zone.description, domains: ['CARE', 'WELFARE'] });
    for (const name of zone.municipalities) {
      const id = b.actor('Municipality', municipalityId(name), name, {
        description: `Lokaal bestuur ${name} (gemeente en OCMW), regisseur van het lokaal sociaal beleid.`,
        domains: [...municipalityDomains],
      });
      b.tie(id, 'MEMBER_OF', zone.id, null);
      for (const part of neighbourhoods[name] ?? []) {
        const label = part === 'Centrum' || part === 'Dorp' ? `${name}-${part}` : part;
        b.actor('Neighbourhood', neighbourhoodId(name, part), label, { description: `Buurt in ${name}.` });
        b.tie(neighbourhoodId(name, part), 'PART_OF', id, null);
      }
    }
  }
}
