-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "scheduledById" TEXT;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_scheduledById_fkey" FOREIGN KEY ("scheduledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Scheduling used to write the scheduler's account straight into
-- "publishedById", so a post not yet published could name a publisher.
-- Move it to where it belongs; a post never published names nobody.
UPDATE "Post" SET "scheduledById" = "publishedById" WHERE status = 'SCHEDULED';
UPDATE "Post" SET "publishedById" = NULL WHERE "publishedAt" IS NULL;
