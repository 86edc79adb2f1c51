import { z } from "zod";

// A menu as an admin saves it: the header navigation or the footer links, in
// order. Each item names a section, page, series or tag by id (resolved to its
// current address when the menu is shown), the home page, or an https link.

export const MENU_NAMES = ["HEADER", "FOOTER"] as const;
export const MENU_ITEM_KINDS = ["HOME", "SECTION", "PAGE", "SERIES", "TAG", "LINK"] as const;
export const MENU_ITEMS_MAX = 20;
export const MENU_LABEL_MAX = 60;

export type MenuNameValue = (typeof MENU_NAMES)[number];
export type MenuItemKindValue = (typeof MENU_ITEM_KINDS)[number];

/** The kinds that point at a record of the site by id. */
export const TARGET_KINDS: readonly MenuItemKindValue[] = ["SECTION", "PAGE", "SERIES", "TAG"];

export const menuItemSchema = z
  .object({
    kind: z.enum(MENU_ITEM_KINDS, "Choose what the link points to."),
    label: z
      .string()
      .trim()
      .min(1, "Give the link a label.")
      .max(MENU_LABEL_MAX, `Keep the label under ${MENU_LABEL_MAX} characters.`),
    targetId: z.string().trim().max(64).default(""),
    url: z.string().trim().max(2000, "Keep the address under 2,000 characters.").default(""),
  })
  .superRefine((item, ctx) => {
    if (TARGET_KINDS.includes(item.kind) && item.targetId === "") {
      ctx.addIssue({ code: "custom", path: ["targetId"], message: "Choose where the link goes." });
    }
    if (item.kind === "LINK" && !isHttpsUrl(item.url)) {
      ctx.addIssue({ code: "custom", path: ["url"], message: "Enter a full https:// address." });
    }
  })
  // Only what the kind uses is kept, so a stale field never travels with an item.
  .transform((item) => ({
    kind: item.kind,
    label: item.label,
    targetId: TARGET_KINDS.includes(item.kind) ? item.targetId : null,
    url: item.kind === "LINK" ? item.url : null,
  }));

export const menuSaveSchema = z.object({
  menu: z.enum(MENU_NAMES),
  items: z.array(menuItemSchema).max(MENU_ITEMS_MAX, `A menu holds at most ${MENU_ITEMS_MAX} links.`),
});

export type MenuItemInput = z.input<typeof menuItemSchema>;
export type MenuItemValue = z.output<typeof menuItemSchema>;
export type MenuSaveInput = z.output<typeof menuSaveSchema>;

function isHttpsUrl(value: string): boolean {
  if (!/^https:\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname !== "";
  } catch {
    return false;
  }
}
