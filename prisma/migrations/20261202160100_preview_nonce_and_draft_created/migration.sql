-- AlterTable
ALTER TABLE "Contributor" ADD COLUMN     "createdInDraft" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "previewNonce" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "createdInDraft" BOOLEAN NOT NULL DEFAULT false;
