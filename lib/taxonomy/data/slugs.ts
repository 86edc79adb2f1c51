import "server-only";
import { Prisma } from "../../db";
import { ValidationError } from "../../errors";
import { slugify } from "../../text/slug";

// Slug rules shared by the section, tag, series and contributor forms: the
// typed slug wins, an empty one is derived from the name, and a clash is a
// field error on whichever field the slug came from, never a 500.

export interface ChosenSlug {
  slug: string;
  /** The form field to blame if the slug is taken. */
  field: "slug" | "name" | "title";
}

export function chooseSlug(typed: string, name: string, nameField: "name" | "title" = "name"): ChosenSlug {
  if (typed) return { slug: typed, field: "slug" };
  const derived = slugify(name);
  if (!derived)
    throw new ValidationError("Some fields need attention.", {
      slug: ["Enter a slug: the name has no letters or digits to make one from"],
    });
  return { slug: derived, field: nameField };
}

export function slugTaken(chosen: ChosenSlug, what: string): ValidationError {
  const message =
    chosen.field === "slug"
      ? `Another ${what} already uses the slug “${chosen.slug}”`
      : `Another ${what} already uses the slug “${chosen.slug}” made from this name: choose a slug yourself`;
  return new ValidationError("Some fields need attention.", { [chosen.field]: [message] });
}

/** Throws slugTaken when a row other than `ownId` holds the slug. */
export async function assertSlugFree(
  chosen: ChosenSlug,
  what: string,
  ownId: string | null,
  holderOf: (slug: string) => Promise<{ id: string } | null>,
): Promise<void> {
  const holder = await holderOf(chosen.slug);
  if (holder && holder.id !== ownId) throw slugTaken(chosen, what);
}

/** Runs a write, turning a unique-slug race (two saves at once) into the same field error. */
export async function withSlugGuard<T>(chosen: ChosenSlug, what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw slugTaken(chosen, what);
    throw error;
  }
}
