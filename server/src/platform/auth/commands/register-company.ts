import type { Company, CompanyProfile } from '../../tenancy/create-company.ts';
import { createCompany } from '../../tenancy/create-company.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { hashPassword } from '../credentials.ts';
import { issueOneTimeCode } from '../one-time-codes.ts';
import { createUser, publicUser } from '../users.ts';

export interface RegisterCompanyInput {
  company: CompanyProfile;
  owner: { name: string; email: string; password: string };
}

/** A new company with its owner, whose email must be verified by code before the first login. */
export async function registerCompany(
  deps: AuthDeps,
  input: RegisterCompanyInput,
  options: { ownerVerified?: boolean; companyCode?: string } = {},
) {
  const passwordHash = await hashPassword(input.owner.password);
  return deps.db.withPlatform(async (ctx) => {
    const owner = await createUser(ctx.tx, { ...input.owner, passwordHash, verified: options.ownerVerified ?? false });
    if (!options.ownerVerified) await issueOneTimeCode(ctx.tx, deps.codeSecret, owner, 'verify_email');
    const company: Company = await createCompany(
      ctx,
      input.company,
      owner.id,
      deps.companyInitializers,
      options.companyCode,
    );
    return { company, owner: publicUser(owner) };
  });
}
