-- AlterTable
ALTER TABLE "Contributor" ADD COLUMN     "firstName" TEXT;
