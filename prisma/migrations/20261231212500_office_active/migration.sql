-- An administrator can close an office (console Offices): a closed office leaves the Office Finder
-- and the offices parents book at, keeps its record and the appointments already booked there, and
-- can be opened again. One office name per county: a duplicate would be two entries for one place.
-- Named after the latest migration so it applies last everywhere (folder names sort).

-- AlterTable
ALTER TABLE "offices" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE UNIQUE INDEX "offices_county_name_key" ON "offices"("county", "name");
