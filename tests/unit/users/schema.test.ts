import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  acceptInvitationSchema,
  inviteUserSchema,
  resetPasswordSchema,
  signInFormSchema,
} from "../../../lib/users/schema";

const fieldErrors = (result: { success: boolean; error?: z.ZodError }) =>
  result.error ? z.flattenError(result.error).fieldErrors : {};

describe("account form rules", () => {
  it("ask for a password of at least ten characters, with a clear message", () => {
    const result = resetPasswordSchema.safeParse({ token: "t", password: "short", confirmPassword: "short" });
    expect(fieldErrors(result)).toEqual({ password: ["Use at least 10 characters."] });
  });

  it("report a mistyped repeat on the repeat field", () => {
    const result = acceptInvitationSchema.safeParse({
      token: "t",
      name: "Sam",
      password: "long enough pw",
      confirmPassword: "long enough pX",
    });
    expect(fieldErrors(result)).toEqual({ confirmPassword: ["The two passwords are not the same."] });
  });

  it("normalize email addresses and refuse malformed ones", () => {
    expect(
      inviteUserSchema.parse({ email: "  New.Person@Example.ORG ", name: " New Person ", role: "AUTHOR" }),
    ).toEqual({ email: "new.person@example.org", name: "New Person", role: "AUTHOR" });
    expect(fieldErrors(signInFormSchema.safeParse({ email: "not-an-address", password: "" }))).toEqual({
      email: ["Enter an email address such as name@example.org."],
      password: ["Enter your password."],
    });
  });

  it("invite only to staff roles", () => {
    expect(fieldErrors(inviteUserSchema.safeParse({ email: "a@b.org", name: "A", role: "READER" }))).toEqual({
      role: ["Choose a role."],
    });
  });
});
