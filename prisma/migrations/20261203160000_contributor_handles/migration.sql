-- AlterTable
ALTER TABLE "Contributor" ADD COLUMN     "organisationHandle" TEXT,
ADD COLUMN     "socialHandle" TEXT;
