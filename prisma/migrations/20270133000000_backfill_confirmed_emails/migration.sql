-- Back-fill of confirmed addresses (docs/decisions/0013-parent-language-and-new-browsers.md):
-- an existing parent whose address on file has already been delivered mail (a sent outbox row to
-- it) counts as confirmed from that first delivery; every other address stays unconfirmed until
-- the parent enters a code on the Notifications page. Data only: the schema does not change.
UPDATE "customer_accounts" AS a
   SET "email_confirmed_at" = d.first_sent_at
  FROM (
    SELECT lower(o."to_address") AS address, min(o."sent_at") AS first_sent_at
      FROM "email_outbox" AS o
     WHERE o."sent_at" IS NOT NULL
     GROUP BY lower(o."to_address")
  ) AS d
 WHERE a."email" IS NOT NULL
   AND a."email_confirmed_at" IS NULL
   AND lower(a."email") = d.address;
