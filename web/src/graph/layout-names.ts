/** The layouts the network view offers: fcose (default) and clustered by Louvain community. */
export const layoutNames = ['fcose', 'community'] as const;
export type LayoutName = (typeof layoutNames)[number];
