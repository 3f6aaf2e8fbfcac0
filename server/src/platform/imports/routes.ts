import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Forbidden, invalidField, NotFound } from '../errors.ts';
import { access } from '../http/access.ts';
import { ErrorBody } from '../http/schemas.ts';
import { companyIdentity } from '../tenancy/company-calendar.ts';
import { FileTooLarge, formatOf, readImportFile } from './import-file.ts';
import { type ImportKind, importKind, importKindNames } from './import-kind.ts';
import { type ColumnMapping, commitImport, evaluateImport, shownErrors } from './run-import.ts';
import { importTemplate } from './template.ts';

const RowErrorOut = z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() });
const SummaryOut = z.object({
  rows: z.number().int(),
  new: z.number().int(),
  updated: z.number().int(),
  errors: z.number().int().describe('Rows with at least one error'),
});
const MappingOut = z.record(z.string(), z.string()).describe('Column name → the file’s header');
const UploadBody = z.object({
  file: z.string().meta({ format: 'binary' }).describe('The .csv (UTF-8) or .xlsx file'),
  mapping: z
    .string()
    .optional()
    .describe('JSON object: column name → header of the file; unmapped columns are matched by name'),
  upsert: z.enum(['true', 'false']).optional().describe('Update records whose natural key (SKU, code) exists'),
});
const mimeTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function registerImportRoutes(app: FastifyInstance, options: { maxBytes: number }): void {
  const tags = ['Imports'];
  const kindParams = z.strictObject({ kind: z.enum(importKindNames() as [string, ...string[]]) });
  // The body is a file read from the stream in the handler, not a document zod could check.
  const fileValidator = (route: { httpPart?: string }) =>
    route.httpPart === 'body'
      ? () => ({ value: undefined })
      : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]);

  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: options.maxBytes, files: 1, fields: 2, parts: 3 } });
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.get('/api/imports/:kind/template', {
      config: { access: access.member },
      schema: {
        tags,
        summary: 'A file to fill in for an import: the columns as headers and an example row',
        params: kindParams,
        querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }),
        produces: [mimeTypes.csv, mimeTypes.xlsx],
        response: { 200: z.string().describe('The file') },
      },
      handler: async (request, reply) => {
        const kind = mayImport(request, request.params.kind, false);
        const { format } = request.query;
        const { locale } = await request.withTenant((ctx) => companyIdentity(ctx));
        const file = await importTemplate(kind, format, locale);
        // A file, not the JSON the typed reply expects.
        const raw = reply as FastifyReply;
        raw.header('content-disposition', `attachment; filename="${kind.name}-import.${format}"`);
        return raw.type(mimeTypes[format]).send(file);
      },
    });

    r.post('/api/imports/:kind/preview', {
      config: { access: access.member },
      validatorCompiler: fileValidator,
      schema: {
        tags,
        summary: 'Check an import file without writing: the mapping used, row errors and what a commit would do',
        description: `multipart/form-data with \`file\` (.csv UTF-8 with \`,\` or \`;\`, or .xlsx) and optionally \`mapping\` and \`upsert\`, up to ${options.maxBytes} bytes. Numbers in text cells are read in the company's locale (id-ID \`1.250.000,50\`).`,
        consumes: ['multipart/form-data'],
        params: kindParams,
        body: UploadBody,
        response: {
          200: z.object({
            headers: z.array(z.string()),
            mapping: MappingOut,
            errors: z.array(RowErrorOut).describe('At most 1000; the summary counts them all'),
            summary: SummaryOut,
            sample: z.array(
              z.object({ row: z.number().int(), values: z.record(z.string(), z.union([z.string(), z.number()])) }),
            ),
          }),
          413: ErrorBody,
        },
      },
      handler: async (request) => {
        mayImport(request, request.params.kind, false);
        const upload = await readUpload(request);
        const kind = mayImport(request, request.params.kind, upload.upsert);
        const table = await readImportFile(upload.format, upload.bytes);
        const evaluation = await request.withTenant((ctx) => evaluateImport(ctx, kind, table, upload));
        const { headers, mapping, errors, summary, sample } = evaluation;
        return { headers, mapping, errors: shownErrors(errors), summary, sample };
      },
    });

    r.post('/api/imports/:kind/commit', {
      config: { access: access.member },
      validatorCompiler: fileValidator,
      schema: {
        tags,
        summary: 'Import a file: every row in one transaction, or none when any row has an error (422 with the errors)',
        description: 'The same file, mapping and upsert flag as the preview; the file is checked again.',
        consumes: ['multipart/form-data'],
        params: kindParams,
        body: UploadBody,
        response: {
          200: z.object({
            mapping: MappingOut,
            created: z.number().int(),
            updated: z.number().int(),
            createdIds: z.array(z.uuid()),
          }),
          413: ErrorBody,
        },
      },
      handler: async (request) => {
        mayImport(request, request.params.kind, false);
        const upload = await readUpload(request);
        const kind = mayImport(request, request.params.kind, upload.upsert);
        const table = await readImportFile(upload.format, upload.bytes);
        return request.withTenant((ctx) => commitImport(ctx, kind, table, upload));
      },
    });
  });

  async function readUpload(request: FastifyRequest) {
    if (!request.isMultipart()) invalidField('file', 'Send the file as multipart/form-data');
    let file: { name: string; bytes: Buffer } | undefined;
    const fields: Record<string, string> = {};
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file') file = { name: part.filename, bytes: await part.toBuffer() };
        else fields[part.fieldname] = String(part.value);
      }
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') {
        throw new FileTooLarge(options.maxBytes);
      }
      throw error;
    }
    if (!file) invalidField('file', 'Attach the file to import');
    return {
      format: formatOf(file.name),
      bytes: file.bytes,
      mapping: mappingOf(fields.mapping),
      upsert: fields.upsert === 'true',
    };
  }
}

function mappingOf(text: string | undefined): ColumnMapping | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    invalidField('mapping', 'Send the mapping as a JSON object of column → header');
  }
  const parsed = z.record(z.string(), z.string()).safeParse(value);
  if (!parsed.success) invalidField('mapping', 'Send the mapping as a JSON object of column → header');
  return parsed.data;
}

function mayImport(request: FastifyRequest, name: string, upsert: boolean): ImportKind<unknown> {
  const kind = importKind(name);
  if (!kind) throw new NotFound('Import kind', name);
  for (const permission of upsert ? [kind.permission, kind.updatePermission] : [kind.permission]) {
    if (!request.tenant!.permissions.has(permission)) {
      throw new Forbidden('permission_denied', `You need the permission ${permission} to import ${kind.name}`, {
        permission,
      });
    }
  }
  return kind;
}
