/**
 * The two time arguments of every query that reads the network (docs/time.md): `asOf` absent is
 * today, and the whole history is an explicit choice. Resolved by services/time/read-day.ts.
 */
export const asOfArg = {
  nullable: true,
  description: 'The network as it stood on this day (YYYY-MM-DD); absent: today, the calendar day in Brussels',
} as const;

export const historyArg = {
  defaultValue: false,
  description: 'Every relation ever recorded, whatever its dates (ended ones with status ENDED); not together with asOf',
} as const;
