import type { ZoneKind } from '../schema.ts';

export interface ZoneFields {
  code: string;
  name: string;
  kind: ZoneKind;
  minTemperature?: string | null | undefined;
  maxTemperature?: string | null | undefined;
  capacity?: string | null | undefined;
  capacityUnit?: string | null | undefined;
}
