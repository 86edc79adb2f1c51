-- CreateEnum
CREATE TYPE "PostKind" AS ENUM ('ARTICLE', 'PAGE');

-- CreateEnum
CREATE TYPE "PageTemplate" AS ENUM ('PLAIN', 'CONTACT');

-- CreateEnum
CREATE TYPE "MenuName" AS ENUM ('HEADER', 'FOOTER');

-- CreateEnum
CREATE TYPE "MenuItemKind" AS ENUM ('HOME', 'SECTION', 'PAGE', 'SERIES', 'TAG', 'LINK');

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "kind" "PostKind" NOT NULL DEFAULT 'ARTICLE',
ADD COLUMN     "pageTemplate" "PageTemplate" NOT NULL DEFAULT 'PLAIN',
ADD COLUMN     "pageContactId" TEXT;

-- CreateTable
CREATE TABLE "Menu" (
    "name" "MenuName" NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Menu_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "MenuItem" (
    "id" TEXT NOT NULL,
    "menu" "MenuName" NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "kind" "MenuItemKind" NOT NULL,
    "targetId" TEXT,
    "url" TEXT,

    CONSTRAINT "MenuItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Post_kind_status_idx" ON "Post"("kind", "status");

-- CreateIndex
CREATE INDEX "Post_pageContactId_idx" ON "Post"("pageContactId");

-- CreateIndex
CREATE UNIQUE INDEX "MenuItem_menu_position_key" ON "MenuItem"("menu", "position");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_pageContactId_fkey" FOREIGN KEY ("pageContactId") REFERENCES "Contributor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenuItem" ADD CONSTRAINT "MenuItem_menu_fkey" FOREIGN KEY ("menu") REFERENCES "Menu"("name") ON DELETE CASCADE ON UPDATE CASCADE;
