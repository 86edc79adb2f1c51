"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useId, useMemo, useState } from "react";
import type { OAuthChoice } from "@/lib/auth/dto";
import { translator } from "@/lib/i18n";
import { isMessageKey } from "@/lib/comments/wording";
import "./comments.css";

const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Email field for a sign-in link, OAuth buttons when configured, and the "check your email" state. */
export function SignInForm({
  language,
  callbackUrl,
  error,
  providers,
  linkMinutes,
}: {
  language: string;
  callbackUrl: string;
  /** next-auth's or our refusal code from the query string. */
  error: string | null;
  providers: OAuthChoice[];
  linkMinutes: number;
}) {
  const t = useMemo(() => translator(language), [language]);
  const id = useId();
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(error ? errorText(error) : null);
  const [busy, setBusy] = useState(false);

  function errorText(code: string): string {
    const key = `signin.error.${code}`;
    return t(isMessageKey(key) ? key : "signin.error.default");
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    if (!LOOKS_LIKE_EMAIL.test(address)) {
      setFieldError(t("signin.error.invalidEmail"));
      return;
    }
    setFieldError(null);
    setFormError(null);
    setBusy(true);
    const result = await signIn("email", { email: address, callbackUrl, redirect: false }).catch(() => undefined);
    setBusy(false);
    if (result?.ok && !result.error) setSentTo(address);
    else setFormError(errorText(result?.error ?? "default"));
  }

  if (sentTo) {
    return (
      <div className="signin-sent" role="status">
        <h2>{t("signin.checkTitle")}</h2>
        <p>{t("signin.checkBody", { email: sentTo, minutes: linkMinutes })}</p>
        <p>
          <button type="button" className="button-link" onClick={() => setSentTo(null)}>
            {t("signin.otherAddress")}
          </button>
        </p>
      </div>
    );
  }

  const staffRefused = error === "StaffAccount";
  return (
    <>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
          {staffRefused && (
            <>
              {" "}
              <Link href="/login">{t("signin.staffLink")}</Link>
            </>
          )}
        </p>
      )}
      <p>{t("signin.lead")}</p>
      <form className="signin-form" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-email`}>{t("signin.email")}</label>
        <input
          id={`${id}-email`}
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${id}-email-error` : undefined}
          required
        />
        {fieldError && (
          <p id={`${id}-email-error`} className="field-error">
            {fieldError}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t("signin.sending") : t("signin.submit")}
        </button>
      </form>

      {providers.length > 0 && (
        <section className="signin-oauth" aria-labelledby={`${id}-oauth`}>
          <h2 id={`${id}-oauth`}>{t("signin.oauth")}</h2>
          <ul>
            {providers.map((provider) => (
              <li key={provider.id}>
                <button type="button" onClick={() => signIn(provider.id, { callbackUrl })}>
                  {t("signin.withProvider", { provider: provider.name })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className="signin-staff">
        {t("signin.staff")} <Link href="/login">{t("signin.staffLink")}</Link>
      </p>
    </>
  );
}
