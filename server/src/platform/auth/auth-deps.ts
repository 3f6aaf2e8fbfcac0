import type { Database } from '../../db/database.ts';
import type { CompanyInitializer } from '../tenancy/create-company.ts';
import type { AccessTokens } from './credentials.ts';
import type { PasswordCheckDeps } from './password-check.ts';

/** What the auth use cases need from the running app. */
export interface AuthDeps extends PasswordCheckDeps {
  db: Database;
  tokens: AccessTokens;
  /** Key of the HMAC over one-time codes. */
  codeSecret: string;
  refreshTokenTtlDays: number;
  /** Each module's set-up of a new company, run in the registration transaction. */
  companyInitializers: readonly CompanyInitializer[];
}
