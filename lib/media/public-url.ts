import "server-only";
import { env } from "../env";
import { publicAddressOf, readerHtmlOf, readerSrcsetOf, readerUrl } from "./public-address";
import { s3Settings } from "./s3-config";

// The public-address rules of ./public-address.ts with this site's S3_* settings.

// Read once: the environment does not change while the process runs, and readers call these per image.
let cached: ReturnType<typeof s3Settings> | undefined;
const settings = () => (cached ??= s3Settings(env()));

export const publicAddressOfKey = (key: string) => publicAddressOf(settings(), key);
export const readerMediaUrl = (url: string) => readerUrl(settings(), url);
export const readerSrcset = (srcset: string) => readerSrcsetOf(settings(), srcset);
export const readerMediaHtml = (html: string) => readerHtmlOf(settings(), html);
