import type { MenuItemValue, MenuNameValue } from "./schema";

// What the site shows before an admin saves a menu: the header as it always
// was (Home, then every section in order) and no footer links. The default
// header follows the sections as they are added, renamed or removed.

export function defaultMenuItems(
  name: MenuNameValue,
  sections: readonly { id: string; name: string }[],
  homeLabel: string,
): MenuItemValue[] {
  if (name === "FOOTER") return [];
  return [
    { kind: "HOME", label: homeLabel, targetId: null, url: null },
    ...sections.map((s) => ({ kind: "SECTION" as const, label: s.name, targetId: s.id, url: null })),
  ];
}
