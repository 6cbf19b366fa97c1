CREATE TABLE "insurer_document_settings" (
	"insurer_org_id" uuid PRIMARY KEY NOT NULL,
	"hotline" text,
	"logo" text,
	"logo_mime" text,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "signing_keys" ADD COLUMN "seal_png" text;