import type { GraphBuilder, TieRow } from './graph-builder';

interface PersonRow {
  id: string;
  name: string;
  role: string;
  activeIn: readonly string[];
  since: string;
}

/**
 * Transition managers and coaches. They are FICTIONAL people: the surnames say so (Voorbeeld,
 * Verzonnen, Fictief, Proef, Demo, Denkbeeld, Verzinsel) and their e-mail addresses use the
 * reserved example.org domain. Nobody in the seed documents is named here.
 */
const people: readonly PersonRow[] = [
  { id: 'tm-01', name: 'Lotte Voorbeeld', role: 'Transitiemanager zorgzame buurten, ELZ Brugge', activeIn: ['cz-brugge'], since: '2020-01-01' },
  { id: 'tm-02', name: 'Jeroen Verzonnen', role: 'Procesbegeleider zorgzame buurten (coachingpool)', activeIn: ['cz-brugge', 'cz-middenkust', 'cz-oostkust', 'cz-regio-roeselare'], since: '2022-01-01' },
  { id: 'tm-03', name: 'Sara Fictief', role: 'Coördinator eerstelijnszone Middenkust', activeIn: ['cz-middenkust'], since: '2020-01-01' },
  { id: 'tm-04', name: 'Bram Proef', role: 'Netwerkcoördinator ELZ Westkust en Polder', activeIn: ['cz-westkust-polder'], since: '2020-06-01' },
  { id: 'tm-05', name: 'Ine Demo', role: 'Regisseur gezinsondersteuning, stad Antwerpen', activeIn: ['cz-antwerpen', 'mun-antwerpen'], since: '2019-01-01' },
  { id: 'tm-06', name: 'Wout Denkbeeld', role: 'Coach lokaal sociaal beleid Voorkempen', activeIn: ['cz-voorkempen'], since: '2019-01-01' },
  { id: 'tm-07', name: 'Noor Verzinsel', role: 'Trajectbegeleider regionale thematrajecten Noord-West-Vlaanderen', activeIn: ['cz-brugge', 'cz-oostkust', 'cz-houtland-polder', 'cz-middenkust', 'cz-westkust-polder'], since: '2019-01-01' },
];

const ties: readonly TieRow[] = [
  ['tm-01', 'COORDINATES', 'prj-zb-assebroek', '2022-01-01'],
  ['tm-01', 'COORDINATES', 'prj-zb-kristus-koning', '2022-01-01'],
  ['tm-01', 'COORDINATES', 'prj-woonzorgbuurt-sint-andries', '2020-06-01', '2023-12-31'],
  ['tm-01', 'COACHES', 'mun-brugge', '2020-01-01'],
  ['tm-01', 'COACHES', 'org-buurtwerk-brugge', '2022-01-01'],
  ['tm-02', 'COACHES', 'prj-zb-assebroek', '2022-01-01', '2023-12-31'],
  ['tm-02', 'COACHES', 'prj-zb-kristus-koning', '2022-01-01', '2023-12-31'],
  ['tm-02', 'COACHES', 'prj-zb-vuurtorenwijk', '2022-01-01', '2023-12-31'],
  ['tm-02', 'COACHES', 'prj-zb-mariakerke', '2022-01-01', '2023-12-31'],
  ['tm-02', 'COACHES', 'prj-zb-heist', '2022-01-01', '2023-12-31'],
  ['tm-02', 'COACHES', 'prj-chateau-superette', '2022-01-01', '2023-12-31'],
  ['tm-03', 'COORDINATES', 'prj-zb-vuurtorenwijk', '2022-01-01'],
  ['tm-03', 'COORDINATES', 'prj-zb-westende', '2022-01-01'],
  ['tm-03', 'COACHES', 'mun-oostende', '2020-01-01'],
  ['tm-03', 'COACHES', 'mun-bredene', '2020-01-01'],
  ['tm-03', 'COACHES', 'org-sociaal-huis-middelkerke', '2021-01-01'],
  ['tm-04', 'COACHES', 'mun-diksmuide', '2020-06-01'],
  ['tm-04', 'COACHES', 'mun-veurne', '2020-06-01'],
  ['tm-04', 'COACHES', 'org-ocmw-nieuwpoort', '2021-01-01'],
  ['tm-04', 'COORDINATES', 'ini-zorgzame-straat-oostduinkerke', '2022-10-01'],
  ['tm-05', 'COORDINATES', 'prj-gezinscoaches-antwerpen', '2019-01-01'],
  ['tm-05', 'COACHES', 'org-caw-antwerpen', '2019-01-01'],
  ['tm-05', 'COACHES', 'org-huis-van-het-kind-antwerpen', '2019-01-01'],
  ['tm-06', 'COACHES', 'prj-gbo-zoersel', '2019-01-01'],
  ['tm-06', 'COACHES', 'mun-zoersel', '2019-01-01'],
  ['tm-06', 'COACHES', 'mun-malle', '2019-01-01', '2022-12-31'],
  ['tm-07', 'COORDINATES', 'prj-financiele-weerbaarheid', '2019-03-01', '2022-12-31'],
  ['tm-07', 'COORDINATES', 'prj-woonnoden-nwvl', '2021-01-01'],
  ['tm-07', 'COACHES', 'org-rwp-nwvl', '2019-01-01'],
  ['tm-07', 'COACHES', 'mun-torhout', '2024-01-01'],
  ['tm-07', 'COACHES', 'mun-jabbeke', '2024-01-01'],
];

function email(name: string): string {
  return `${name.toLowerCase().replace(/\s+/g, '.')}@example.org`;
}

export function addPeople(b: GraphBuilder): void {
  for (const person of people) {
    b.placed('TransitionManager', person.id, person.name, {
      description: `${person.role}. Fictief persoon voor de demo.`,
      domains: ['WELFARE', 'CARE'],
      contact: { email: email(person.name) },
      activeIn: [...person.activeIn],
      since: person.since,
    });
  }
  b.ties(ties);
}
