import "server-only";
import { runOperation } from "../action";
import { NotFound } from "../errors";
import { uploadFromRequest } from "../media/upload-request";
import { NOT_FOUND_MESSAGE } from "../posts/data/access";
import { listAdminPosts, parsePostsListParams } from "../posts/data/admin-list";
import { getEditablePost } from "../posts/data/editable";
import type { EditablePost } from "../posts/dto";
import { type PostFieldsInput, postFieldsOf } from "../posts/editor-schema";
import {
  createPostOperation,
  deletePostOperation,
  publishPostOperation,
  savePostOperation,
  schedulePostOperation,
  unpublishPostOperation,
} from "../posts/operations";
import {
  createPostRequestSchema,
  postListQuerySchema,
  publishRequestSchema,
  scheduleRequestSchema,
  unpublishRequestSchema,
  updatePostRequestSchema,
} from "./requests";
import type { ApiAnswer, TokenViewer } from "./serve";

// The Admin API's endpoints. Each one runs the operation the admin's own form
// runs (lib/posts/operations.ts, lib/media/upload-request.ts) as the token's
// viewer, so the permissions, the workflow, the version check and the audit
// trail are the editor's; then it answers with the post as it is now.

async function currentPost(viewer: TokenViewer, postId: string): Promise<EditablePost> {
  const post = await getEditablePost(viewer, postId);
  if (!post) throw new NotFound(NOT_FOUND_MESSAGE);
  return post;
}

const answerWith = async (viewer: TokenViewer, postId: string, status = 200): Promise<ApiAnswer> => ({
  status,
  body: { data: await currentPost(viewer, postId) },
});

/** The stored fields in the editor's input shape, for a change that names only some of them. */
function fieldsInputOf(post: EditablePost): PostFieldsInput {
  return postFieldsOf({
    ...post,
    tagNames: post.tags.map((t) => t.name),
    bylines: post.bylines.map((b) => ({ contributorId: b.contributorId })),
    related: post.related.map((r) => ({ postId: r.postId })),
  });
}

/** A deliberate save (not an autosave) of the stored fields with the client's changes over them. */
async function saveChanges(viewer: TokenViewer, postId: string, version: number, changes: object): Promise<void> {
  const stored = fieldsInputOf(await currentPost(viewer, postId));
  await runOperation(savePostOperation, viewer, {
    postId,
    version,
    autosave: false,
    fields: { ...stored, ...changes },
  });
}

export async function listPosts(viewer: TokenViewer, url: URL): Promise<ApiAnswer> {
  const params = Object.fromEntries(url.searchParams);
  // A client is told about a bad filter (422) that the admin's list page would quietly drop.
  postListQuerySchema.parse(params);
  const page = await listAdminPosts(viewer, parsePostsListParams(params));
  return { body: { data: page.items, page: page.page, hasNext: page.hasNext } };
}

export const getPost = (viewer: TokenViewer, postId: string) => answerWith(viewer, postId);

/**
 * A new draft, as the editor makes one (empty, credited to the token's
 * account), then saved with the fields sent. If that save is refused the
 * empty draft is deleted again, so a retried request leaves one post.
 */
export async function createPost(viewer: TokenViewer, body: unknown): Promise<ApiAnswer> {
  const { fields } = createPostRequestSchema.parse(body);
  const { id } = await runOperation(createPostOperation, viewer, fields?.type ? { type: fields.type } : {});
  if (fields) {
    try {
      await saveChanges(viewer, id, 1, (body as { fields: object }).fields);
    } catch (error) {
      await runOperation(deletePostOperation, viewer, { postId: id });
      throw error;
    }
  }
  return answerWith(viewer, id, 201);
}

export async function updatePost(viewer: TokenViewer, postId: string, body: unknown): Promise<ApiAnswer> {
  const { version } = updatePostRequestSchema.parse(body);
  // The fields as sent, not as parsed: the save's own schema parses the whole once they are merged.
  await saveChanges(viewer, postId, version, (body as { fields: object }).fields);
  return answerWith(viewer, postId);
}

export async function publish(viewer: TokenViewer, postId: string, body: unknown): Promise<ApiAnswer> {
  const input = publishRequestSchema.parse(body);
  await runOperation(publishPostOperation, viewer, { postId, ...input });
  return answerWith(viewer, postId);
}

export async function schedule(viewer: TokenViewer, postId: string, body: unknown): Promise<ApiAnswer> {
  const input = scheduleRequestSchema.parse(body);
  await runOperation(schedulePostOperation, viewer, { postId, ...input });
  return answerWith(viewer, postId);
}

export async function unpublish(viewer: TokenViewer, postId: string, body: unknown): Promise<ApiAnswer> {
  const input = unpublishRequestSchema.parse(body);
  await runOperation(unpublishPostOperation, viewer, { postId, ...input });
  return answerWith(viewer, postId);
}

export async function uploadMedia(viewer: TokenViewer, request: Request): Promise<ApiAnswer> {
  return { status: 201, body: { data: await uploadFromRequest(viewer, request) } };
}
