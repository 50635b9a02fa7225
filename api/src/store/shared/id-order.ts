/** Records in the order of their ids, by code unit, as both stores' `ORDER BY id` gives them. */
export const compareIds = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
