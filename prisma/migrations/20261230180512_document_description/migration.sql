-- A parent says in a few words what an uploaded document is (docs/product.md §3.6), so the contact center
-- can review it without guessing from the file name.

-- AlterTable
ALTER TABLE "documents" ADD COLUMN "description" TEXT NOT NULL DEFAULT '';
