import 'i18next';
import type { catalogs } from './resources.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: (typeof catalogs)['en'];
    returnNull: false;
  }
}
