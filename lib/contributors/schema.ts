import { z } from "zod";
import { MARKDOWN_MAX_LENGTH } from "../markdown/limits";
import { nameSchema, recordIdSchema, slugInputSchema } from "../schemas";

// Inputs for contributor profiles: the full form on /admin/contributors and
// the three-field inline form the post editor uses for a new guest writer.

/** Optional text: blank means "not given" and is stored as null. */
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${what} under ${max} characters`)
    .optional()
    .transform((value) => value || null);

/** A checkbox: "on" from a form, a boolean from code; absent means unticked. */
const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "false"])])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

const LOCAL_PATH = /^\/[\w\-./]+$/;
const isWebAddress = (value: string) => {
  try {
    return ["https:", "http:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** "@name" as X and most networks spell it; "name" is taken to mean "@name". Blank: none. */
const socialHandle = (what: string) =>
  z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((value) => (value ? (value.startsWith("@") ? value : `@${value}`) : null))
    .refine(
      (value) => value === null || /^@\w{1,30}$/.test(value),
      `Enter ${what} as @ followed by up to 30 letters, digits or underscores, e.g. @BrooksideRA`,
    );

export const contributorInlineCreateSchema = z.object({
  name: nameSchema("name"),
  jobTitle: optionalText(120, "job title"),
  organisation: optionalText(120, "organisation"),
});

export const contributorProfileSchema = contributorInlineCreateSchema.extend({
  slug: slugInputSchema,
  firstName: optionalText(40, "first name"),
  bio: z
    .string()
    .max(
      MARKDOWN_MAX_LENGTH.bio,
      `Keep the biography under ${MARKDOWN_MAX_LENGTH.bio.toLocaleString("en-GB")} characters`,
    )
    .default(""),
  email: z
    .union([z.literal(""), z.email("Enter an email address such as name@example.org")])
    .optional()
    .transform((value) => value || null),
  phone: optionalText(40, "phone number").refine(
    (value) => value === null || /^[+\d][\d ()-]{3,}$/.test(value),
    "Enter digits, spaces and an optional leading +, e.g. +44 20 7946 0000",
  ),
  contactOptIn: checkbox,
  socialHandle: socialHandle("their handle"),
  organisationHandle: socialHandle("the organisation's handle"),
  photoUrl: z
    .string()
    .trim()
    .max(500, "Keep the photo address under 500 characters")
    .optional()
    .transform((value) => value || null)
    .refine(
      (value) => value === null || LOCAL_PATH.test(value) || isWebAddress(value),
      "Enter a web address starting with https:// or a site path such as /images/portrait.jpg",
    ),
});

export const contributorUpdateSchema = contributorProfileSchema.extend({ id: recordIdSchema });

export const contributorListSchema = z.object({
  q: z.string().trim().max(80).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type ContributorInlineCreateInput = z.output<typeof contributorInlineCreateSchema>;
export type ContributorProfileInput = z.output<typeof contributorProfileSchema>;
export type ContributorUpdateInput = z.output<typeof contributorUpdateSchema>;
export type ContributorListInput = z.output<typeof contributorListSchema>;
