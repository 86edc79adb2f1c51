"use server";

import { defineAction } from "../action";
import { createSection, createTag, deleteSection, deleteTag, mergeTags, moveSection, updateSection, updateTag } from "./data/mutations";
import {
  deleteByIdSchema, sectionCreateSchema, sectionMoveSchema, sectionUpdateSchema, seriesCreateSchema, seriesUpdateSchema,
  tagCreateSchema, tagMergeSchema, tagUpdateSchema,
} from "./schema";
import { createSeries, deleteSeries, updateSeries } from "../series/data/mutations";

export const createSectionAction = defineAction({ schema: sectionCreateSchema, permission: "taxonomy:manage", handler: (input, viewer) => createSection(viewer, input) });
export const updateSectionAction = defineAction({ schema: sectionUpdateSchema, permission: "taxonomy:manage", handler: (input, viewer) => updateSection(viewer, input) });
export const moveSectionAction = defineAction({ schema: sectionMoveSchema, permission: "taxonomy:manage", handler: (input, viewer) => moveSection(viewer, input) });
export const deleteSectionAction = defineAction({ schema: deleteByIdSchema, permission: "taxonomy:manage", handler: ({ id }, viewer) => deleteSection(viewer, id) });

export const createTagAction = defineAction({ schema: tagCreateSchema, permission: "taxonomy:manage", handler: (input, viewer) => createTag(viewer, input) });
export const updateTagAction = defineAction({ schema: tagUpdateSchema, permission: "taxonomy:manage", handler: (input, viewer) => updateTag(viewer, input) });
export const mergeTagsAction = defineAction({ schema: tagMergeSchema, permission: "taxonomy:manage", handler: (input, viewer) => mergeTags(viewer, input) });
export const deleteTagAction = defineAction({ schema: deleteByIdSchema, permission: "taxonomy:manage", handler: ({ id }, viewer) => deleteTag(viewer, id) });

export const createSeriesAction = defineAction({ schema: seriesCreateSchema, permission: "taxonomy:manage", handler: (input, viewer) => createSeries(viewer, input) });
export const updateSeriesAction = defineAction({ schema: seriesUpdateSchema, permission: "taxonomy:manage", handler: (input, viewer) => updateSeries(viewer, input) });
export const deleteSeriesAction = defineAction({ schema: deleteByIdSchema, permission: "taxonomy:manage", handler: ({ id }, viewer) => deleteSeries(viewer, id) });
