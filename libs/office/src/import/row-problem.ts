/** What is wrong with one cell of the workbook: where (row, column), what it held and why it cannot be issued. */
export type RowProblemCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'NOT_TEXT'
  | 'BAD_DATE'
  | 'DEADLINE_IN_PAST'
  | 'DUPLICATE_CODE'
  | 'UNKNOWN_UNIT'
  | 'AMBIGUOUS_UNIT'
  | 'UNKNOWN_LEADER'
  | 'AMBIGUOUS_LEADER'
  | 'NOT_A_LEADER'
  | 'LEAD_UNIT_AS_CO_UNIT'
  | 'DUPLICATE_CO_UNIT'
  | 'TOO_MANY_CO_UNITS'
  | 'BAD_MILESTONE';

export interface RowProblem {
  readonly row: number;
  /** The column's Chinese header, as the user sees it. */
  readonly column: string;
  /** The cell as text ('' when empty). */
  readonly value: string;
  readonly code: RowProblemCode;
  /** In Chinese, for the office. */
  readonly reason: string;
}
