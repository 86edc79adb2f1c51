-- CreateTable
CREATE TABLE "EditorialNote" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "parentId" TEXT,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "postVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedById" TEXT,

    CONSTRAINT "EditorialNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EditorialNote_postId_createdAt_idx" ON "EditorialNote"("postId", "createdAt");

-- CreateIndex
CREATE INDEX "EditorialNote_parentId_idx" ON "EditorialNote"("parentId");

-- CreateIndex
CREATE INDEX "EditorialNote_authorId_idx" ON "EditorialNote"("authorId");

-- CreateIndex
CREATE INDEX "EditorialNote_resolvedById_idx" ON "EditorialNote"("resolvedById");

-- AddForeignKey
ALTER TABLE "EditorialNote" ADD CONSTRAINT "EditorialNote_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorialNote" ADD CONSTRAINT "EditorialNote_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "EditorialNote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorialNote" ADD CONSTRAINT "EditorialNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorialNote" ADD CONSTRAINT "EditorialNote_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
