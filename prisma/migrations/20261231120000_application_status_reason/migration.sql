-- A staff member moves an application along (received → in review → accepted, or closed). Closing
-- takes a reason, which the parent reads in the status lookup and in their list of applications.
-- Named after the latest migration so it applies last everywhere (folder names sort).

-- AlterTable
ALTER TABLE "applications" ADD COLUMN "status_reason" TEXT;
