CREATE TABLE "roster_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"import_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"id_type" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_idx" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"gender" text,
	"birth_date" text,
	"mobile" text,
	"row_no" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "problem_counts" jsonb DEFAULT '{"error":0,"warning":0,"note":0}'::jsonb NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "roster_entries_row_uq" ON "roster_entries" USING btree ("import_id","row_no");--> statement-breakpoint
CREATE INDEX "roster_entries_org_idx" ON "roster_entries" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "roster_entries_id_number_idx" ON "roster_entries" USING btree ("id_number_idx");