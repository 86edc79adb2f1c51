import { describe, expect, it } from "vitest";
import type { Role } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { updateSettingsAction } from "../../lib/settings/actions";
import { getSiteSettings } from "../../lib/settings/data/queries";
import { siteSettingsSchema } from "../../lib/settings/schema";
import { asViewer, makeAccount } from "../helpers/sign-in-as";

/** The settings form as the browser sends it: every key, as text, the checkbox as hidden "false" then "on". */
function settingsForm(values: Record<string, string>, { notify = true } = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.append(key, value);
  form.append("notifyEditorsOnReview", "false");
  if (notify) form.append("notifyEditorsOnReview", "on");
  return form;
}

const defaultsAsText = () => {
  const defaults = siteSettingsSchema.parse({});
  return Object.fromEntries(
    Object.entries(defaults)
      .filter(([key]) => key !== "notifyEditorsOnReview")
      .map(([key, value]) => [key, value === null ? "" : String(value)]),
  );
};

describe("updating the site settings", () => {
  it("an admin saves the form: changed keys are written in one go, audited by name, and read back typed", async () => {
    const admin = await makeAccount("ADMIN");
    const form = settingsForm(
      {
        ...defaultsAsText(),
        siteName: "Riverside Stories",
        maxUploadMegabytes: "25",
        socialHandle: "",
        commentsCloseAfterDays: "30",
      },
      { notify: false },
    );
    const result = await asViewer(admin, () => updateSettingsAction(form));
    expect(result).toEqual({
      ok: true,
      data: {
        changed: ["siteName", "socialHandle", "maxUploadMegabytes", "notifyEditorsOnReview", "commentsCloseAfterDays"],
      },
    });
    const settings = await getSiteSettings();
    expect(settings).toMatchObject({
      siteName: "Riverside Stories",
      maxUploadMegabytes: 25,
      socialHandle: null,
      notifyEditorsOnReview: false,
      commentsCloseAfterDays: 30,
    });
    expect(await db.siteSetting.count()).toBe(5);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "settings.update", actorId: admin.viewer.id },
    });
    expect(audit.data).toEqual({
      changed: ["siteName", "socialHandle", "maxUploadMegabytes", "notifyEditorsOnReview", "commentsCloseAfterDays"],
    });
  });

  it("saving unchanged settings writes nothing and logs nothing", async () => {
    const admin = await makeAccount("ADMIN");
    const before = await db.auditLog.count();
    const current = await getSiteSettings();
    const result = await asViewer(admin, () => updateSettingsAction({ siteName: current.siteName }));
    expect(result).toEqual({ ok: true, data: { changed: [] } });
    expect(await db.auditLog.count()).toBe(before);
  });

  it("bad values are field errors in words, and nothing is saved", async () => {
    const admin = await makeAccount("ADMIN");
    const before = await db.siteSetting.findMany({ orderBy: { key: "asc" } });
    const form = settingsForm({
      ...defaultsAsText(),
      siteName: "",
      socialHandle: "RiversideHomes",
      timeZone: "Mars/Olympus",
      maxUploadMegabytes: "lots",
      hashtag: "#UKhousing",
    });
    const result = await asViewer(admin, () => updateSettingsAction(form));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("validation");
    expect(Object.keys(result.error.fieldErrors).sort()).toEqual([
      "hashtag",
      "maxUploadMegabytes",
      "siteName",
      "socialHandle",
      "timeZone",
    ]);
    expect(result.error.fieldErrors.socialHandle?.[0]).toMatch(/^Enter @ followed by/);
    expect(result.error.fieldErrors.maxUploadMegabytes?.[0]).toMatch(/from 1 to 100/);
    expect(await db.siteSetting.findMany({ orderBy: { key: "asc" } })).toEqual(before);
  });

  const refused: (Role | null)[] = ["EDITOR", "AUTHOR", "MODERATOR", "READER", null];
  for (const role of refused) {
    it(`${role ?? "an anonymous visitor"} may not change settings, and nothing changes`, async () => {
      const account = role ? await makeAccount(role) : null;
      const before = await Promise.all([db.siteSetting.findMany({ orderBy: { key: "asc" } }), db.auditLog.count()]);
      const result = await asViewer(account, () => updateSettingsAction({ siteName: "Taken over" }));
      expect(result).toMatchObject({ ok: false, error: { code: role ? "forbidden" : "unauthenticated" } });
      expect(await Promise.all([db.siteSetting.findMany({ orderBy: { key: "asc" } }), db.auditLog.count()])).toEqual(
        before,
      );
    });
  }
});
