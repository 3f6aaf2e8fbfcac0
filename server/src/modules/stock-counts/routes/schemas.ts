import { z } from 'zod';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { optionalText, timestampOut } from '../../../platform/http/schemas.ts';
import { decimalInput, decimalOut } from '../../../platform/money.ts';
import { stockCountSorts } from '../queries/stock-count-queries.ts';
import { countFrequencies, stockCountStates, varianceReasons } from '../schema.ts';
import { stockCountFlow } from '../stock-count.workflow.ts';

const ids = (what: string) => z.array(z.uuid()).max(500).optional().describe(what);

export const ScheduleInput = z.strictObject({
  warehouseId: z.uuid(),
  zoneIds: ids('Count only these zones of the warehouse (with `locationIds`: either)'),
  locationIds: ids('Count only these locations of the warehouse'),
  categoryIds: ids('Count only products of these categories and their sub-categories'),
  frequency: z
    .enum(countFrequencies)
    .default('ad_hoc')
    .describe('A recurring count schedules the next one when it posts'),
  plannedDate: z.iso.date(),
  blind: z.boolean().default(false).describe('Counters see no system quantities or variances while counting'),
  teamUserIds: ids('The counting team: user ids of members of the company'),
  note: optionalText(1000),
});

export const CountEntryInput = z
  .strictObject({
    lineId: z.uuid().optional(),
    productId: z.uuid().optional(),
    code: z.string().trim().min(1).max(100).optional().describe('A barcode or SKU, as a scanner reads it'),
    locationId: z.uuid().optional().describe('Where the product was found, when it is on several lines or new'),
    lotId: z.uuid().optional(),
    lotNumber: z.string().trim().min(1).max(100).optional(),
    countedQuantity: decimalInput().nullable().optional().describe('null clears the count'),
    recount: z.boolean().optional(),
    reason: z.enum(varianceReasons).nullable().optional(),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .describe(
    'A line named by `lineId`, or by `productId` or `code` (plus `locationId` and lot when needed). A product, location or lot the snapshot did not have becomes a new line with a system quantity of 0.',
  );

export const StockCountLineOut = z.object({
  id: z.uuid(),
  lineNo: z.number().int(),
  productId: z.uuid(),
  sku: z.string(),
  productName: z.string(),
  barcode: z.string().nullable(),
  unitOfMeasure: z.string(),
  locationId: z.uuid(),
  locationCode: z.string(),
  lotId: z.uuid().nullable(),
  lotNumber: z.string().nullable(),
  addedWhileCounting: z.boolean().describe('Found while counting: not in the snapshot (system quantity 0)'),
  systemQuantity: decimalOut.nullable().describe('At the snapshot; null while hidden by a blind count'),
  unitCost: decimalOut.nullable().describe('At the snapshot; null while hidden by a blind count'),
  countedQuantity: decimalOut.nullable(),
  variance: decimalOut.nullable().describe('Counted − system'),
  variancePercent: decimalOut.nullable().describe('Of the system quantity; null when it was 0'),
  varianceValue: decimalOut.nullable().describe('At the snapshot’s unit cost, in the company currency'),
  recount: z.boolean(),
  reason: z.enum(varianceReasons).nullable(),
  note: z.string().nullable(),
  countedAt: timestampOut.nullable(),
});

const transitions = Object.keys(stockCountFlow.transitions).filter((a) => a !== 'record') as [
  'start' | 'finish' | 'review' | 'approve' | 'reject' | 'post' | 'cancel',
];

export const StockCountOut = z
  .object({
    id: z.uuid(),
    number: z.string(),
    warehouseId: z.uuid(),
    warehouseName: z.string(),
    zoneIds: z.array(z.uuid()),
    locationIds: z.array(z.uuid()),
    categoryIds: z.array(z.uuid()),
    frequency: z.enum(countFrequencies),
    plannedDate: z.iso.date(),
    blind: z.boolean(),
    team: z.array(z.object({ userId: z.uuid(), name: z.string().nullable() })),
    note: z.string().nullable(),
    state: z.enum(stockCountStates),
    allowedActions: z.array(z.enum(transitions)).describe('What the count’s state allows now'),
    createdAt: timestampOut,
    createdBy: z.uuid().nullable(),
    createdByName: z.string().nullable(),
    history: z
      .array(
        z.object({
          action: z.enum(transitions),
          at: timestampOut,
          by: z.uuid().nullable(),
          byName: z.string().nullable(),
        }),
      )
      .describe('The transitions of the current pass, oldest first (a rejection clears the later ones)'),
    rejectReason: z.string().nullable(),
    cancelReason: z.string().nullable(),
    adjustmentId: z.uuid().nullable().describe('The stock adjustment the posting made'),
    currency: z.string(),
    approvalThreshold: decimalOut,
    systemQuantitiesHidden: z.boolean().describe('A blind count while counting, for a user who may not review'),
    totals: z.object({
      lines: z.number().int(),
      countedLines: z.number().int(),
      linesWithVariance: z.number().int().nullable(),
      linesMissingReason: z.number().int().nullable(),
      systemValue: decimalOut.nullable(),
      netVarianceValue: decimalOut.nullable().describe('Gains minus losses'),
      absoluteVarianceValue: decimalOut
        .nullable()
        .describe('Gains and losses without their sign: compared with the approval threshold'),
      needsManagerApproval: z.boolean().nullable(),
    }),
    lines: z.array(StockCountLineOut),
  })
  .meta({ id: 'StockCount' });

export const StockCountSummary = z
  .object({
    id: z.uuid(),
    number: z.string(),
    warehouseId: z.uuid(),
    warehouseName: z.string(),
    plannedDate: z.iso.date(),
    frequency: z.enum(countFrequencies),
    blind: z.boolean(),
    state: z.enum(stockCountStates),
    lineCount: z.number().int(),
    countedLines: z.number().int(),
    createdAt: timestampOut,
  })
  .meta({ id: 'StockCountSummary' });

export const CountListQuery = z.object({
  state: z.enum(stockCountStates).optional(),
  warehouseId: z.uuid().optional(),
  dateFrom: z.iso.date().optional().describe('Planned on or after'),
  dateTo: z.iso.date().optional().describe('Planned on or before'),
  q: z.string().trim().max(40).optional().describe('Count number, or its beginning (e.g. `SC-2026-0`)'),
  sort: z.enum(stockCountSorts).default('-plannedDate'),
  ...pageQuery,
});

export const SettingsOut = z
  .object({
    approvalThreshold: decimalOut.describe(
      'Counts whose variance value (gains and losses without their sign) exceeds this need inventory.count.approve',
    ),
  })
  .meta({ id: 'StockCountSettings' });

export const SettingsInput = z.strictObject({ approvalThreshold: decimalInput({ scale: 4 }) });

const valueFields = { netVarianceValue: decimalOut, absoluteVarianceValue: decimalOut };

export const EvaluationOut = z
  .object({
    currency: z.string(),
    dateFrom: z.iso.date(),
    dateTo: z.iso.date(),
    months: z.array(
      z.object({
        month: z.string().describe('YYYY-MM of the planned date'),
        counts: z.number().int(),
        posted: z.number().int(),
        cancelled: z.number().int(),
        open: z.number().int(),
        ...valueFields,
      }),
    ),
    reasons: z.array(z.object({ reason: z.enum(varianceReasons), lines: z.number().int(), ...valueFields })),
    accuracy: z.object({
      postedCounts: z.number().int(),
      lines: z.number().int(),
      accurateLines: z.number().int().describe('Counted as the system had them'),
      lineAccuracyPercent: decimalOut.nullable(),
      systemValue: decimalOut,
      absoluteVarianceValue: decimalOut,
      valueAccuracyPercent: decimalOut.nullable().describe('100 × (1 − variance value ÷ system value), at least 0'),
    }),
  })
  .meta({ id: 'StockCountEvaluation' });
