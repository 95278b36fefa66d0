import type { Metadata } from "next";
import { ErrorBanner, buttonClass, errorOf, inputClass, labelClass } from "@/components/editor/form-parts";
import { PageHeading } from "@/components/page-heading";
import { PASSWORD_MIN } from "@/lib/auth/password";

export const metadata: Metadata = { title: "Set your password" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SetupPage({ searchParams }: Props) {
  const token = (await searchParams).token;
  return (
    <div className="mx-auto max-w-sm">
      <PageHeading title="Set your password">This link works once. Choose a password of at least {PASSWORD_MIN} characters.</PageHeading>
      <ErrorBanner message={await errorOf(searchParams)} />
      <form method="post" action="/editor/actions/setup" className="space-y-4">
        <input type="hidden" name="token" value={typeof token === "string" ? token : ""} />
        <div>
          <label htmlFor="password" className={labelClass}>
            New password
          </label>
          <input id="password" name="password" type="password" autoComplete="new-password" minLength={PASSWORD_MIN} required className={inputClass} />
        </div>
        <div>
          <label htmlFor="confirm" className={labelClass}>
            The same password again
          </label>
          <input id="confirm" name="confirm" type="password" autoComplete="new-password" minLength={PASSWORD_MIN} required className={inputClass} />
        </div>
        <button type="submit" className={buttonClass}>
          Set password and sign in
        </button>
      </form>
    </div>
  );
}
