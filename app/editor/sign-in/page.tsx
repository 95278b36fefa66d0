import type { Metadata } from "next";
import { ErrorBanner, buttonClass, errorOf, inputClass, labelClass } from "@/components/editor/form-parts";
import { PageHeading } from "@/components/page-heading";
import { localPath } from "@/lib/editor/responses";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = localPath(typeof params.next === "string" ? params.next : null, "/editor");
  const signedOut = params["signed-out"];
  return (
    <div className="mx-auto max-w-sm">
      <PageHeading title="Sign in as an editor">Editors correct the record and add articles. Accounts are created by an administrator.</PageHeading>
      {signedOut ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {signedOut === "everywhere" ? "Signed out on every device." : "Signed out."}
        </p>
      ) : null}
      <ErrorBanner message={await errorOf(searchParams)} />
      <form method="post" action="/editor/actions/sign-in" className="space-y-4">
        <input type="hidden" name="next" value={next} />
        <div>
          <label htmlFor="email" className={labelClass}>
            Email
          </label>
          <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
        </div>
        <div>
          <label htmlFor="password" className={labelClass}>
            Password
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
        </div>
        <button type="submit" className={buttonClass}>
          Sign in
        </button>
      </form>
    </div>
  );
}
