import type { EditableMenuItem, MenuTargets } from "@/lib/menus/dto";
import type { MenuNameValue } from "@/lib/menus/schema";

/** The menu as readers will see it: incomplete links and unpublished pages are left out, as on the site. */
export function MenuPreview({
  menu,
  items,
  targets,
}: {
  menu: MenuNameValue;
  items: EditableMenuItem[];
  targets: MenuTargets;
}) {
  const shown = items.flatMap((item) => {
    const label = item.label.trim();
    if (!label) return [];
    if (item.kind === "HOME") return [{ label, href: "/" }];
    if (item.kind === "LINK") return /^https:\/\/\S+/.test(item.url) ? [{ label: `${label} ↗`, href: item.url }] : [];
    const target = targets[item.kind].find((t) => t.id === item.targetId);
    if (!target || target.name.endsWith("(not published)")) return [];
    return [{ label, href: target.href }];
  });
  return (
    <section
      className={`menu-preview menu-preview-${menu.toLowerCase()}`}
      aria-label={`Preview of the ${menu === "HEADER" ? "header" : "footer"}`}
    >
      <h3>Preview</h3>
      {shown.length === 0 ? (
        <p className="field-hint">{menu === "HEADER" ? "The header shows no links." : "The footer shows no links."}</p>
      ) : (
        <ul>
          {shown.map((link, i) => (
            <li key={i}>
              {/* Not a link: following it would leave the editor with unsaved changes. */}
              <span title={link.href}>{link.label}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
