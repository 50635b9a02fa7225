import { nodeKinds, type Language } from '@weefsel/graph-schema';
import type { Network } from '../../api/network.types';
import { kindLabel } from '../../i18n/schema-labels';

/**
 * A person whose name the API withheld (a viewer looking at a transition manager) is shown by the
 * label of their kind in the UI language ("Transition manager"), not the API's Dutch label.
 */
export function withDisplayNames(network: Network, language: Language): Network {
  if (!network.nodes.some((node) => node.personalDataHidden)) return network;
  return {
    ...network,
    nodes: network.nodes.map((node) =>
      node.personalDataHidden && (nodeKinds[node.kind].personalProperties as readonly string[]).includes('name')
        ? { ...node, name: kindLabel(node.kind, language) }
        : node,
    ),
  };
}
