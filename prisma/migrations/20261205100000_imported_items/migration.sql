-- Comments brought in by an import have no reader account: a name and a private address instead.
-- AlterTable
ALTER TABLE "Comment" ALTER COLUMN "authorId" DROP NOT NULL,
ADD COLUMN     "guestEmail" TEXT,
ADD COLUMN     "guestName" TEXT;

-- CreateEnum
CREATE TYPE "ImportedKind" AS ENUM ('POST', 'PAGE', 'CONTRIBUTOR', 'SECTION', 'TAG', 'COMMENT', 'MEDIA');

-- CreateTable
CREATE TABLE "ImportedItem" (
    "source" TEXT NOT NULL,
    "kind" "ImportedKind" NOT NULL,
    "sourceId" TEXT NOT NULL,
    "sourceSlug" TEXT,
    "targetId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedItem_pkey" PRIMARY KEY ("source","kind","sourceId")
);

-- CreateIndex
CREATE INDEX "ImportedItem_kind_sourceSlug_idx" ON "ImportedItem"("kind", "sourceSlug");
