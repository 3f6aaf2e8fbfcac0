export * from './schema/documents.ts';
export * from './schema/stock.ts';
export * from './schema/structure.ts';
