import { NotFoundMessage } from "@/components/site/not-found-message";

// A missing article, listing or page past the end: the public layout already
// frames it, so every public page's payload carries only this message rather
// than a second copy of the header and footer. It speaks the layout's interface.
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
