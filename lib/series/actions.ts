"use server";

import { defineAction } from "../action";
import { afterInvalidating } from "../cache-invalidation";
import { deleteByIdSchema } from "../schemas";
import { createSeries, deleteSeries, updateSeries } from "./data/mutations";
import { seriesCreateSchema, seriesUpdateSchema } from "./schema";

export const createSeriesAction = defineAction({
  schema: seriesCreateSchema,
  permission: "taxonomy:manage",
  handler: async (input, viewer) => afterInvalidating(await createSeries(viewer, input)),
});

export const updateSeriesAction = defineAction({
  schema: seriesUpdateSchema,
  permission: "taxonomy:manage",
  handler: async (input, viewer) => afterInvalidating(await updateSeries(viewer, input)),
});

export const deleteSeriesAction = defineAction({
  schema: deleteByIdSchema,
  permission: "taxonomy:manage",
  handler: async ({ id }, viewer) => afterInvalidating(await deleteSeries(viewer, id)),
});
