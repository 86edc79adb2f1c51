-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "headings" JSONB NOT NULL DEFAULT '[]';
