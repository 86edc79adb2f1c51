-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "viaApiTokenId" TEXT;

-- CreateTable
CREATE TABLE "AdminApiToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AdminApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditLog_viaApiTokenId_idx" ON "AuditLog"("viaApiTokenId");

-- CreateIndex
CREATE UNIQUE INDEX "AdminApiToken_secretHash_key" ON "AdminApiToken"("secretHash");

-- CreateIndex
CREATE INDEX "AdminApiToken_createdById_idx" ON "AdminApiToken"("createdById");

-- CreateIndex
CREATE INDEX "AdminApiToken_createdAt_idx" ON "AdminApiToken"("createdAt" DESC);

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_viaApiTokenId_fkey" FOREIGN KEY ("viaApiTokenId") REFERENCES "AdminApiToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdminApiToken" ADD CONSTRAINT "AdminApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
