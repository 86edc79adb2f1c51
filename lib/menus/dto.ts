// What the site's frame and the menu editor receive.

import type { ShownEntities } from "../cache-tags";
import type { MenuItemKindValue, MenuNameValue } from "./schema";

export interface PublicMenuLink {
  label: string;
  href: string;
  /** Another site: opened like any link, but said so for screen readers and shown with a mark. */
  external: boolean;
}

export interface PublicMenus {
  header: PublicMenuLink[];
  footer: PublicMenuLink[];
  shows: Partial<ShownEntities>;
}

export interface EditableMenuItem {
  kind: MenuItemKindValue;
  label: string;
  targetId: string;
  url: string;
}

export interface EditableMenu {
  name: MenuNameValue;
  items: EditableMenuItem[];
  /** False while the site shows the default (nothing saved yet). */
  saved: boolean;
}

export interface MenuTargetOption {
  id: string;
  name: string;
  /** The address it has now, for the preview. */
  href: string;
}

export interface MenuTargets {
  SECTION: MenuTargetOption[];
  PAGE: MenuTargetOption[];
  SERIES: MenuTargetOption[];
  TAG: MenuTargetOption[];
}
