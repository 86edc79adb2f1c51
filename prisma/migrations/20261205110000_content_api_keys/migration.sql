-- CreateTable
CREATE TABLE "ContentApiKey" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "requestsPerMinute" INTEGER NOT NULL DEFAULT 600,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ContentApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Post_kind_status_publishedAt_id_idx" ON "Post"("kind", "status", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ContentApiKey_secretHash_key" ON "ContentApiKey"("secretHash");

-- CreateIndex
CREATE INDEX "ContentApiKey_createdById_idx" ON "ContentApiKey"("createdById");

-- CreateIndex
CREATE INDEX "ContentApiKey_createdAt_idx" ON "ContentApiKey"("createdAt" DESC);

-- AddForeignKey
ALTER TABLE "ContentApiKey" ADD CONSTRAINT "ContentApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
