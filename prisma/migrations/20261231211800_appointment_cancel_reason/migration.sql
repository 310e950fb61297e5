-- Staff can cancel a parent's appointment (console Appointments): why, shown to the parent, and
-- which staff member did it. A parent's own cancellation leaves both empty. Dated after the latest
-- migration so it applies last everywhere (folder names sort).

-- AlterTable
ALTER TABLE "appointments" ADD COLUMN "cancel_reason" TEXT,
ADD COLUMN "cancelled_by" UUID;
