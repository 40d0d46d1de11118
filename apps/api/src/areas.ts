// The domain areas beyond the organisation, each one Nest module (meetings, decisions, records).
import type { Type } from '@nestjs/common';

export const AREA_MODULES: Type<unknown>[] = [];
