-- CreateTable
CREATE TABLE "PathRedirect" (
    "fromPath" TEXT NOT NULL,
    "toPath" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PathRedirect_pkey" PRIMARY KEY ("fromPath")
);

-- CreateIndex
CREATE INDEX "PathRedirect_toPath_idx" ON "PathRedirect"("toPath");
