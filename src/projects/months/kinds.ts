/** The kinds of change since the previous month a link can filter by (`?change=`); computed in ./changes.ts. */
export const CHANGE_KINDS = ['invested', 'started', 'worsened', 'recovered', 'decreased', 'added', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
