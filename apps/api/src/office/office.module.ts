/** The office's everyday tools: the year-list import, the 台账 export and the periodic reports. */
import { Module } from '@nestjs/common';
import { OFFICE_CONTROLLERS, OFFICE_PROVIDERS } from './index';

@Module({ controllers: OFFICE_CONTROLLERS, providers: OFFICE_PROVIDERS })
export class OfficeModule {}
