-- Documents in the media library (PDF, DOCX, XLSX, CSV) beside images. Every
-- existing row is an image; the hero picker lists images only, by kind.

-- CreateEnum
CREATE TYPE "MediaKind" AS ENUM ('IMAGE', 'DOCUMENT');

-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "kind" "MediaKind" NOT NULL DEFAULT 'IMAGE';

-- CreateIndex
CREATE INDEX "Media_kind_createdAt_idx" ON "Media"("kind", "createdAt" DESC);
