import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

// Registering an extension twice makes Cytoscape warn; module evaluation runs once per page.
cytoscape.use(fcose);

/** Layout options for fcose; no animation so the picture is settled when the layout returns. */
export function fcoseLayout(randomize: boolean): cytoscape.LayoutOptions {
  return {
    name: 'fcose',
    randomize,
    animate: false,
    quality: 'default',
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: 90,
    nodeRepulsion: 6000,
    padding: 30,
  } as cytoscape.LayoutOptions;
}

export { cytoscape };
