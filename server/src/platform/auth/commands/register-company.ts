import { AppError } from '../../errors.ts';
import { enqueue } from '../../outbox/outbox.ts';
import type { Company, CompanyProfile } from '../../tenancy/create-company.ts';
import { createCompany } from '../../tenancy/create-company.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { hashPassword } from '../credentials.ts';
import { issueOneTimeCode } from '../one-time-codes.ts';
import { createUser, findUserByEmail, publicUser } from '../users.ts';

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

/**
 * Registration from the sign-up form. An email that already has an account is answered as a new
 * one would be (so the form cannot tell a stranger who has an account); nothing is created and
 * the account's owner is emailed instead.
 */
export async function requestCompanyRegistration(deps: AuthDeps, input: RegisterCompanyInput): Promise<void> {
  try {
    await registerCompany(deps, input);
  } catch (error) {
    const existing =
      error instanceof AppError && error.code === 'email_taken'
        ? await findUserByEmail(deps.db.orm, input.owner.email)
        : undefined;
    if (!existing) throw error;
    if (!(await deps.limits.mayEmailAbout('registration', existing.email))) return;
    await deps.db.withPlatform(({ tx }) =>
      enqueue(tx, null, {
        topic: 'mail.send',
        payload: {
          to: existing.email,
          subject: 'Someone tried to register with your email',
          text: `Hello ${existing.name}, someone tried to register the company “${input.company.name}” on Mini ERP with your email address. You already have an account, so nothing was created.\n\nIf it was you, log in (or reset your password if you forgot it); you can join another company with its code. If it was not you, you need do nothing.`,
        },
      }),
    );
  }
}
