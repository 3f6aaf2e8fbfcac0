import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

const description = `The complete Mini ERP API. Conventions:

- Authenticate with \`Authorization: Bearer <accessToken>\` from \`POST /api/auth/login\`.
- Choose the company with the \`X-Tenant-ID\` header when the user belongs to several.
- Amounts and quantities are decimal strings (\`"1999.99"\`), never JSON numbers.
- Errors are \`{ "error": { "code", "message", "details" } }\`; validation errors list field paths in \`details.fields\`.
- POSTs that create documents accept an \`Idempotency-Key\` header; a retry returns the first answer.
- Lists use keyset pagination: pass the \`nextCursor\` of one page as \`cursor\` to get the next.`;

type OpenApiDocument = ReturnType<typeof jsonSchemaTransformObject>;

/**
 * @fastify/swagger marks every request body required. A body schema that accepts null (`.nullish()`
 * in zod) is one the client may leave out, so say so: generated clients then need not send one.
 */
function markOptionalBodies(document: OpenApiDocument): OpenApiDocument {
  for (const operations of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(operations ?? {})) {
      const body = (
        operation as {
          requestBody?: { required?: boolean; content?: Record<string, { schema?: { nullable?: boolean } }> };
        }
      ).requestBody;
      if (body && Object.values(body.content ?? {}).every((media) => media.schema?.nullable)) body.required = false;
    }
  }
  return document;
}

export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Mini ERP API', version: '1.0.0', description },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (document) => markOptionalBodies(jsonSchemaTransformObject(document)),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: { kind: 'public' } } }, () => app.swagger());
}
