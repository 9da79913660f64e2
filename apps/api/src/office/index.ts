/** The office's everyday tools (Excel in and out, periodic reports), wired into the AppModule by these two lists. */
import type { Provider, Type } from '@nestjs/common';
import { LedgerExportController } from './ledger-export.controller';
import { PeriodReporter } from './period-reporter';
import { PeriodReportsController } from './period-reports.controller';
import { TaskImportController } from './task-import.controller';
import { TaskImporter } from './task-importer';

export const OFFICE_CONTROLLERS: Type[] = [TaskImportController, LedgerExportController, PeriodReportsController];

export const OFFICE_PROVIDERS: Provider[] = [TaskImporter, PeriodReporter];
