CREATE TABLE "roster_people" (
	"roster_id" uuid NOT NULL,
	"row_no" integer NOT NULL,
	"import_id" uuid NOT NULL,
	"name" text NOT NULL,
	"id_type" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_idx" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"gender" text,
	"birth_date" text,
	"mobile" text,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"user_id" uuid,
	CONSTRAINT "roster_people_pk" PRIMARY KEY("roster_id","row_no")
);
--> statement-breakpoint
CREATE TABLE "rosters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"template" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"import_id" uuid,
	"people_count" integer DEFAULT 0 NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "roster_people_id_number_idx" ON "roster_people" USING btree ("id_number_idx");--> statement-breakpoint
CREATE UNIQUE INDEX "rosters_subject_uq" ON "rosters" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "rosters_org_idx" ON "rosters" USING btree ("org_id");
--> statement-breakpoint
-- Each exchange order's employees become the order's roster (modules/rosters). A submitted order's
-- roster is confirmed (it could no longer change); a draft order's stays a draft.
-- Refuse, rather than drop, roster rows whose order is missing (orders are never deleted).
SELECT CAST('exchange_roster rows without an order: ' || count(*) AS integer) FROM "exchange_roster" r
WHERE NOT EXISTS (SELECT 1 FROM "exchange_orders" o WHERE o."id" = r."order_id") HAVING count(*) > 0;--> statement-breakpoint
INSERT INTO "rosters" ("subject_type", "subject_id", "org_id", "template", "status", "import_id", "people_count", "confirmed_at", "created_at")
SELECT 'exchange_order', o."id", o."enterprise_org_id", 'exchange_roster',
  CASE WHEN o."status" = 'draft' THEN 'draft' ELSE 'confirmed' END,
  coalesce(o."roster_import_id", (SELECT r."import_id" FROM "exchange_roster" r WHERE r."order_id" = o."id" ORDER BY r."row_no" LIMIT 1)),
  (SELECT count(*)::int FROM "exchange_roster" r WHERE r."order_id" = o."id"),
  CASE WHEN o."status" = 'draft' THEN NULL ELSE coalesce(o."submitted_at", o."created_at") END,
  o."created_at"
FROM "exchange_orders" o
WHERE EXISTS (SELECT 1 FROM "exchange_roster" r WHERE r."order_id" = o."id");--> statement-breakpoint
INSERT INTO "roster_people" ("roster_id", "row_no", "import_id", "name", "id_type", "id_number_enc", "id_number_idx",
  "id_number_masked", "gender", "birth_date", "mobile", "extra", "user_id")
SELECT ro."id", r."row_no", r."import_id", r."name", r."id_type", r."id_number_enc", r."id_number_idx",
  r."id_number_masked", r."gender", r."birth_date", r."mobile", r."extra", r."user_id"
FROM "exchange_roster" r
JOIN "rosters" ro ON ro."subject_type" = 'exchange_order' AND ro."subject_id" = r."order_id";--> statement-breakpoint
-- roster_entries was written by the imports 'roster' template and read by nothing; that template
-- is now modules/rosters' organization roster.
DROP TABLE "roster_entries" CASCADE;--> statement-breakpoint
DROP TABLE "exchange_roster" CASCADE;
