-- State that every API instance must agree on moves out of the process (docs/decisions/0004-stateless-instances.md):
-- uploaded documents kept in PostgreSQL in chunks, and the per-IP throttle's counters.
-- Hand-written in the form `prisma migrate diff` produces (PLATFORM.md).

-- A stored file: its chunks are written first, then `complete` is set in one statement, so a
-- reader never sees half a file. An incomplete row older than an hour is an upload that died
-- mid-way (process killed) and is swept, its chunks with it (ON DELETE CASCADE).
-- CreateTable
CREATE TABLE "document_files" (
    "storage_key" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL DEFAULT 0,
    "chunk_count" INTEGER NOT NULL DEFAULT 0,
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "document_files_pkey" PRIMARY KEY ("storage_key")
);

-- 256 KiB rows: a 10 MB file is read and written a chunk at a time, never whole in memory.
-- CreateTable
CREATE TABLE "document_file_chunks" (
    "storage_key" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "document_file_chunks_pkey" PRIMARY KEY ("storage_key","seq")
);

-- One row per throttled key (route + client address): an atomic upsert counts a hit and starts
-- a new window once the old one has ended; rows whose window ended long ago are deleted.
-- CreateTable
CREATE TABLE "ip_throttle_counters" (
    "key" TEXT NOT NULL,
    "hits" INTEGER NOT NULL,
    "window_ends_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ip_throttle_counters_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "document_files_complete_created_at_idx" ON "document_files"("complete", "created_at");

-- CreateIndex
CREATE INDEX "ip_throttle_counters_window_ends_at_idx" ON "ip_throttle_counters"("window_ends_at");

-- AddForeignKey
ALTER TABLE "document_file_chunks" ADD CONSTRAINT "document_file_chunks_storage_key_fkey" FOREIGN KEY ("storage_key") REFERENCES "document_files"("storage_key") ON DELETE CASCADE ON UPDATE CASCADE;
