// cytoscape-fcose, -cise and -svg ship no types; they are Cytoscape extensions registered with cytoscape.use().
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

declare module 'cytoscape-cise' {
  import type { Ext } from 'cytoscape';
  const cise: Ext;
  export default cise;
}

declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const svg: Ext;
  export default svg;
}
