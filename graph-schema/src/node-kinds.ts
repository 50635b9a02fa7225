import type { Label } from './labels';

export interface NodeKindSpec {
  label: Label;
  plural: Label;
  /** Areas (care zone > municipality > neighbourhood) can be the scope of a network view. */
  area: boolean;
  /** Default of the `formal` property: informal care is what citizens' initiatives bring. */
  formalByDefault: boolean;
  /** Properties that identify a person (GDPR): returned only to roles allowed to see people. */
  personalProperties: readonly ('name' | 'contact')[];
  /** Legend style, shared by the web canvas and its legend. */
  style: { color: string; shape: 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'triangle' | 'star' | 'round-tag' };
}

export const nodeKinds = {
  Municipality: {
    label: { nl: 'Gemeente', en: 'Municipality' },
    plural: { nl: 'Gemeenten', en: 'Municipalities' },
    area: true,
    formalByDefault: true,
    personalProperties: [],
    style: { color: '#1f5fa8', shape: 'round-rectangle' },
  },
  CareZone: {
    label: { nl: 'Eerstelijnszone', en: 'Primary-care zone' },
    plural: { nl: 'Eerstelijnszones', en: 'Primary-care zones' },
    area: true,
    formalByDefault: true,
    personalProperties: [],
    style: { color: '#6b3fa0', shape: 'hexagon' },
  },
  Neighbourhood: {
    label: { nl: 'Buurt', en: 'Neighbourhood' },
    plural: { nl: 'Buurten', en: 'Neighbourhoods' },
    area: true,
    formalByDefault: false,
    personalProperties: [],
    style: { color: '#8a8a8a', shape: 'round-tag' },
  },
  Organisation: {
    label: { nl: 'Organisatie', en: 'Organisation' },
    plural: { nl: 'Organisaties', en: 'Organisations' },
    area: false,
    formalByDefault: true,
    personalProperties: [],
    style: { color: '#0f8a6c', shape: 'ellipse' },
  },
  CitizenInitiative: {
    label: { nl: 'Burgerinitiatief', en: "Citizens' initiative" },
    plural: { nl: 'Burgerinitiatieven', en: "Citizens' initiatives" },
    area: false,
    formalByDefault: false,
    personalProperties: [],
    style: { color: '#e08a00', shape: 'ellipse' },
  },
  Project: {
    label: { nl: 'Project', en: 'Project' },
    plural: { nl: 'Projecten', en: 'Projects' },
    area: false,
    formalByDefault: true,
    personalProperties: [],
    style: { color: '#c2185b', shape: 'diamond' },
  },
  TransitionManager: {
    label: { nl: 'Transitiemanager', en: 'Transition manager' },
    plural: { nl: 'Transitiemanagers', en: 'Transition managers' },
    area: false,
    formalByDefault: true,
    personalProperties: ['name', 'contact'],
    style: { color: '#5d4037', shape: 'triangle' },
  },
} as const satisfies Record<string, NodeKindSpec>;

export type NodeKind = keyof typeof nodeKinds;
export const nodeKindNames = Object.keys(nodeKinds) as [NodeKind, ...NodeKind[]];
export const areaKinds = nodeKindNames.filter((k) => nodeKinds[k].area);

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && Object.hasOwn(nodeKinds, value);
}

/** Kinds whose name identifies a person (GDPR): roles that do not see personal data get the kind's label instead. */
export const personNameKinds: NodeKind[] = nodeKindNames.filter((kind) => (nodeKinds[kind].personalProperties as readonly string[]).includes('name'));

export function isAreaKind(kind: NodeKind): boolean {
  return nodeKinds[kind].area;
}
