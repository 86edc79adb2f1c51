import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { getArticlePage } from "../../lib/posts/data/article-page";
import { createSeriesAction, updateSeriesAction } from "../../lib/series/actions";
import { listSeriesForAdmin } from "../../lib/series/data/admin-queries";
import { getSeries } from "../../lib/series/data/queries";
import { makePost, makeSeries } from "../helpers/factories";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

let editor: TestAccount;
beforeAll(async () => {
  editor = await makeAccount("EDITOR");
});
const asEditor = <T>(fn: () => Promise<T>) => asViewer(editor, fn);

const plannedOf = async (id: string) =>
  (await db.series.findUniqueOrThrow({ where: { id }, select: { plannedParts: true } })).plannedParts;

describe("a series' planned length", () => {
  it("is stored from the form's number field and shown to the admin, the article and the series page", async () => {
    const created = await asEditor(() => createSeriesAction({ title: "Winter ready", plannedParts: "17" }));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await plannedOf(created.data.id)).toBe(17);
    expect((await listSeriesForAdmin(editor.viewer)).find((s) => s.id === created.data.id)).toMatchObject({
      plannedParts: 17,
    });

    const part = await makePost({ seriesId: created.data.id, seriesPosition: 1 });
    expect((await getArticlePage(part.slug))!.series).toMatchObject({ position: 1, plannedParts: 17 });
    expect((await getSeries(created.data.slug))!.plannedParts).toBe(17);
  });

  it("is left open when the field is empty, and can be cleared again", async () => {
    const created = await asEditor(() => createSeriesAction({ title: "Open ended", plannedParts: "" }));
    if (!created.ok) throw new Error("not created");
    expect(await plannedOf(created.data.id)).toBeNull();

    await asEditor(() => updateSeriesAction({ id: created.data.id, title: "Open ended", plannedParts: "4" }));
    expect(await plannedOf(created.data.id)).toBe(4);
    await asEditor(() => updateSeriesAction({ id: created.data.id, title: "Open ended", plannedParts: "" }));
    expect(await plannedOf(created.data.id)).toBeNull();
  });

  it.each(["0", "-2", "2.5", "many", "501"])(
    "refuses %j with a field error and keeps the stored plan",
    async (typed) => {
      const series = await makeSeries();
      await db.series.update({ where: { id: series.id }, data: { plannedParts: 6 } });
      const result = await asEditor(() =>
        updateSeriesAction({ id: series.id, title: series.title, plannedParts: typed }),
      );
      expect(result).toMatchObject({
        ok: false,
        error: { fieldErrors: { plannedParts: [expect.stringContaining("whole number of parts from 1 to 500")] } },
      });
      expect(await plannedOf(series.id)).toBe(6);
    },
  );

  it("is audited when it changes", async () => {
    const series = await makeSeries("Audited");
    await asEditor(() => updateSeriesAction({ id: series.id, title: "Audited", slug: series.slug, plannedParts: 3 }));
    const entry = await db.auditLog.findFirstOrThrow({ where: { subjectId: series.id } });
    expect(entry.data).toMatchObject({ plannedParts: [null, 3] });
  });

  it("cannot be stored as zero even by code that skips the form", async () => {
    const series = await makeSeries();
    await expect(db.series.update({ where: { id: series.id }, data: { plannedParts: 0 } })).rejects.toThrow();
  });
});
