-- AlterTable
ALTER TABLE "Series" ADD COLUMN     "plannedParts" INTEGER;

-- A plan of no parts or fewer means nothing; the form refuses it too.
ALTER TABLE "Series" ADD CONSTRAINT "Series_plannedParts_positive" CHECK ("plannedParts" IS NULL OR "plannedParts" > 0);
