-- CreateTable
CREATE TABLE "RelatedPost" (
    "postId" TEXT NOT NULL,
    "relatedId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RelatedPost_pkey" PRIMARY KEY ("postId","relatedId")
);

-- CreateIndex
CREATE INDEX "RelatedPost_relatedId_idx" ON "RelatedPost"("relatedId");

-- AddForeignKey
ALTER TABLE "RelatedPost" ADD CONSTRAINT "RelatedPost_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelatedPost" ADD CONSTRAINT "RelatedPost_relatedId_fkey" FOREIGN KEY ("relatedId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
