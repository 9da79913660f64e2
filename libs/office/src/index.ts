/** What a supervision office works with every day: the year's list from Excel, the ledger back to Excel, periodic reports. */
export * from './import/task-sheet';
export * from './import/row-problem';
export * from './import/cell-values';
export * from './import/directory-names';
export * from './import/milestones';
export * from './import/validate-import';
export * from './import/imported-ids';
export * from './import/task-workbook';
export * from './export/ledger-row';
export * from './export/ledger-workbook';
export * from './export/ledger-as-of';
export * from './reports/period';
export * from './reports/period-figures';
export * from './reports/period-replay';
export * from './reports/period-report';
export * from './reports/report-workbook';
export * from './reports/report-page';
